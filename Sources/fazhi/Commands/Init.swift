import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiInput
import FazhiOutput

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "生成报告数据模板（YAML），可沿用上一年度的数据或已发布的报告",
    discussion: """
      生成的文件包含全部法定部分和纲要领域，「【待填】」处需要填写。未指定 -o 时写入「{地区}-{年度}.yaml」。
      已有同名文件时不会覆盖，除非加 --force。
      """)

  @Option(name: .long, help: "地区或部门名称，如 示例县")
  var jurisdiction: String?

  @Option(name: .long, help: "层级：province、city、county、township、department、zone（或 省级、市级、县级、乡级、部门、开发区）")
  var level: String = "county"

  @Option(name: .long, help: "报告年度，如 2025")
  var year: Int?

  @Option(name: .long, help: "纲要的起始年份，如 2021（默认按报告年度选用，见 Schemas/catalog/framework-*.yaml）")
  var framework: String?

  @Option(name: .long, help: "上一年度的数据文件（.yaml）或已发布的报告（Word、PDF、文本或网页），沿用其结构")
  var from: String?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if ReportLevel.parse(level) == nil {
      throw ValidationError("无法识别的层级「\(level)」；可用：province、city、county、township、department、zone")
    }
    // The frameworks are catalog data.
    if let framework, Catalog.bundled().framework(id: framework) == nil {
      let ids = Catalog.bundled().frameworksNewestFirst.map(\.id)
      let choices = ids.count > 1 ? "\(ids.dropLast().joined(separator: "、")) 或 \(ids.last ?? "")" : ids.joined()
      throw ValidationError("纲要只能是 \(choices)")
    }
    if let year, !(1990...2100).contains(year) {
      throw ValidationError("年度「\(year)」不在合理范围内")
    }
    if from == nil && (jurisdiction == nil || year == nil) {
      throw ValidationError("请用 --jurisdiction 和 --year 指定地区和年度（或用 --from 沿用上一年度）")
    }
  }

  func run() throws {
    try runReportingErrors {
      let catalog = Catalog.bundled()
      var previous: Report?
      if let from {
        previous = try ReportFile.read(from, catalog: catalog).report
      }
      let targetYear = year ?? (previous.map { $0.metadata.year + 1 } ?? 0)
      let name = jurisdiction ?? previous?.metadata.jurisdiction ?? ""
      guard !name.isEmpty else {
        throw FazhiError(.usage, "无法从 --from 文件中得知地区名称，请用 --jurisdiction 指定")
      }
      let path = output.path ?? "\(name)-\(targetYear).yaml"
      let options = ScaffoldWriter.Options(
        jurisdiction: name, level: ReportLevel.parse(level) ?? previous?.metadata.level ?? .county, year: targetYear,
        framework: framework, previous: previous,
        schemaPath: SchemaLocation.modelinePath(forOutput: path))
      let text = ScaffoldWriter(catalog: catalog).scaffold(options)
      try OutputFile.write(text, to: path, force: output.force, inputs: from.map { [$0] } ?? [])
      printError("已生成 \(path)；填写「【待填】」处后运行 fazhi validate \(path)")
    }
  }
}
