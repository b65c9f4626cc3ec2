import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiCompare

/// `fazhi review 提交材料/`: every report of a folder checked at once, for the office that reviews them.
struct Review: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "审核一批报告：逐份校验、与上年对比、打分排名，输出总览页面或表格",
    discussion: """
      读取文件夹（含子文件夹）中的全部报告：Word（.docx）、PDF、网页、文本和 fazhi 的 YAML 数据文件，
      按内容识别报告主体、层级和年度（不看文件名）；指定 --last 时按报告主体与上年的报告配对。
      不是报告的文件（政府工作报告、表格、扫描件等）列为「未审核」并说明原因。

      示例：
        fazhi review 提交材料/ --last 上年材料/ -o 审核结果.html
        fazhi review 提交材料/ --format csv -o 审核结果.csv
        fazhi review 提交材料/ --fail-on score=60 --fail-on missing-parts=1

      未指定 -o 时在终端显示摘要（--format 可改为 json、csv、html）。
      退出码：0 没有错误级问题；1 有报告存在错误级问题，或达到 --fail-on 条件；2 有看似报告的文件无法读取，或文件夹无法读取；64 参数错误。
      """)

  @Argument(help: "本年度提交材料所在的文件夹")
  var folder: String

  @Option(help: "上年度材料所在的文件夹，用于同比和重复率")
  var last: String?

  @Option(help: "只审核这一年度的报告（其他年度列为未审核）")
  var year: Int?

  @Option(help: "输出格式：html、csv、json、text（默认：-o 的扩展名，否则 text）")
  var format: String?

  @OptionGroup var output: OutputOptions

  @Option(name: .customLong("fail-on"), help: "达到条件时退出码为 1，可重复：score=60、reuse=30%、missing-parts=1、duplicates=1、skipped=1")
  var failOn: [String] = []

  func validate() throws {
    do {
      _ = try parsedFormat()
      _ = try failOn.map(ReviewFailCondition.parse)
    } catch let error as FazhiError {
      throw ValidationError(error.message)
    }
  }

  func parsedFormat() throws -> ReviewFormat {
    if let format {
      guard let parsed = ReviewFormat(rawValue: format.lowercased()) else {
        throw FazhiError(.usage, "--format「\(format)」无法识别，可用：html、csv、json、text")
      }
      return parsed
    }
    return output.path.flatMap(ReviewFormat.init(fileName:)) ?? .text
  }

  func run() throws {
    try runReportingErrors {
      let catalog = Catalog.bundled()
      let format = try parsedFormat()
      let conditions = try failOn.map(ReviewFailCondition.parse)
      let progress = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
      let summary = try FolderReviewer(catalog: catalog).review(folder: folder, last: last, year: year) { done, total in
        progress.show(done, of: total)
      }
      progress.finish()
      if summary.units.isEmpty && summary.skipped.isEmpty {
        throw FazhiError(.unreadableInput, path: folder, "文件夹中没有任何文件")
      }
      try output.write(try format.render(summary, catalog: catalog), inputs: [])
      if output.path != nil || format != .text {
        printError("fazhi: 审核 \(summary.units.count) 份报告，跳过 \(summary.skipped.count) 个文件")
      }
      let met = conditions.compactMap { condition in condition.check(summary).map { (condition, $0) } }
      for (condition, message) in met { printError("fazhi: 未通过 --fail-on \(condition.metric.rawValue)：\(message)") }
      if summary.hasReadErrors { throw ExitCode(2) }
      if summary.hasErrors || !met.isEmpty { throw ExitCode(1) }
    }
  }
}

/// A progress bar on standard error for long runs, only on a terminal (never when piped).
final class ProgressLine: @unchecked Sendable {
  let enabled: Bool
  private var shown = -1

  init(enabled: Bool) { self.enabled = enabled }

  func show(_ done: Int, of total: Int) {
    guard enabled, total > 1 else { return }
    let percent = done * 100 / total
    guard percent != shown else { return }
    shown = percent
    let bar = String(repeating: "█", count: percent / 5) + String(repeating: "░", count: 20 - percent / 5)
    StandardStreams.writeError("\r审核中 \(bar) \(done)/\(total)")
  }

  func finish() {
    if enabled && shown >= 0 { StandardStreams.writeError("\r\u{1B}[K") }
  }
}
