import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiInput
import FazhiCompare

/// `fazhi diff THIS LAST`: this year's report against last year's.
struct Diff: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "对比本年度与上年度报告：部分、指标、重复文字",
    discussion: """
      两个文件可以是 fazhi 的 YAML 数据文件（.yaml/.yml），也可以是已发布的报告（由提取器现场提取）。
      报告内容：法定部分、纲要领域和事项的增减；指标同比（按目录判断好坏，超过波动阈值的标出）；
      与上年相同或高度相似的句子及其占比（套话不计）；上年年份、上年会议次数等过时内容；上年安排的落实。

      示例：
        fazhi diff 示例县-2025.yaml 示例县-2024.yaml
        fazhi diff 示例县-2025.yaml 示例县-2024.yaml --format html -o 对比.html
        fazhi diff 本年.yaml 上年.yaml --fail-on reuse=30% --fail-on dropped-parts=1

      未指定 -o 时输出到终端。
      退出码：0 正常；1 达到 --fail-on 条件；2 文件无法读取、内容为空或无法写出；64 参数错误。
      """)

  @Argument(help: "本年度报告（YAML 数据文件或已发布的报告：Word、PDF、文本或网页）")
  var this: String

  @Argument(help: "上年度报告（同上）")
  var last: String

  @Option(help: "输出格式：text、markdown、json、html")
  var format: String = "text"

  @OptionGroup var output: OutputOptions

  @Option(
    name: .customLong("fail-on"),
    help:
      "达到条件时退出码为 1，可重复：reuse=30%、dropped-parts=1、dropped-areas=1、dropped-items=3、missing-indicators=5、swings=3、stale-references=1、copied-plans=1"
  )
  var failOn: [String] = []

  @Option(help: "阈值，可重复：0.8（重复判定包含度）、reuse=80%、swing=50%、items=0.5、facts=0.6、plans=0.6、shingle=5")
  var threshold: [String] = []

  @Flag(name: .customLong("no-color"), help: "不使用颜色（也可设置环境变量 NO_COLOR）")
  var noColor = false

  func validate() throws {
    do {
      _ = try parsed()
    } catch let error as FazhiError {
      throw ValidationError(error.message)
    }
  }

  /// Format, options and fail conditions from the arguments.
  func parsed() throws -> (ComparisonFormat, ComparisonOptions, [ComparisonFailCondition]) {
    guard let format = ComparisonFormat(rawValue: format.lowercased()) else {
      throw FazhiError(.usage, "--format「\(self.format)」无法识别，可用：text、markdown、json、html")
    }
    var options = ComparisonOptions()
    for t in threshold { try options.apply(threshold: t) }
    return (format, options, try failOn.map(ComparisonFailCondition.parse))
  }

  func run() throws {
    try runReportingErrors {
      let (format, options, conditions) = try parsed()
      let catalog = Catalog.bundled()
      let thisFile = try Self.load(this, catalog: catalog)
      let lastFile = try Self.load(last, catalog: catalog)
      let comparison = try ReportComparator(catalog: catalog, options: options).compare(
        this: thisFile.report, last: lastFile.report, thisFile: this, lastFile: last,
        thisPositions: thisFile.positions, lastPositions: lastFile.positions)
      for warning in comparison.warnings { printError("fazhi: 警告: \(warning.message) [\(warning.code)]") }

      let env = ProcessInfo.processInfo.environment
      let color =
        format == .text && output.path == nil && !noColor && env["NO_COLOR"].map(\.isEmpty) != false
        && isatty(STDOUT_FILENO) == 1
      let text = try format.reporter(color: color).render(comparison)
      try output.write(Data(text.utf8), inputs: [this, last])

      let met = conditions.filter { $0.isMet(by: comparison) }
      for condition in met { printError("fazhi: 未通过 --fail-on \(condition): \(condition.message(for: comparison))") }
      if !met.isEmpty { throw ExitCode(1) }
    }
  }

  /// Either report, read as `init --from` and `validate --last` read last year's. A YAML file with errors is
  /// still compared, with a warning.
  static func load(_ path: String, catalog: Catalog) throws -> ReportFile {
    let file = try ReportFile.read(path, catalog: catalog)
    if !file.errors.isEmpty {
      printError("fazhi: 警告: \(path): 数据有 \(file.errors.count) 个错误（可用 fazhi validate 查看），仍按已读出的内容对比")
    }
    return file
  }
}
