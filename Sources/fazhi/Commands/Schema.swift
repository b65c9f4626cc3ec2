import ArgumentParser
import FazhiCatalog
import FazhiCore
import Foundation
import FazhiOutput

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "根据目录生成 JSON Schema（供编辑器自动补全，Schemas/report.schema.json）",
    discussion: "未指定 -o 时输出到屏幕。")

  @OptionGroup var output: OutputOptions

  func run() throws {
    try runReportingErrors {
      let text = ReportSchemaGenerator.generate(catalog: Catalog.bundled())
      try output.write(Data(text.utf8), inputs: [])
    }
  }
}
