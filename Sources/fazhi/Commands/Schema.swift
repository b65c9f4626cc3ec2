import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiOutput

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "根据目录生成 JSON Schema（供编辑器自动补全，Schemas/report.schema.json）")

  @Option(name: .shortAndLong, help: "输出文件（默认输出到屏幕）")
  var output: String?

  @Flag(name: .long, help: "覆盖已存在的文件")
  var force = false

  func run() throws {
    try runReportingErrors {
      let text = ReportSchemaGenerator.generate(catalog: Catalog.bundled())
      try emit(Data(text.utf8), to: output, force: force, inputs: [])
    }
  }
}
