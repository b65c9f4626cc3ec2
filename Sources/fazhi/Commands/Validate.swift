import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiInput
import FazhiChecks

struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "校验报告数据：语法、结构、法定部分、内容充实、算术关系、正文与数据、单位名称与自称、年份与时代提法、日期与期限、数字与标点写法、占位符",
    discussion: "发现的问题按「文件:行:列: error|warning: 说明 [规则]」输出。退出码：0 无问题；1 有错误（--strict 时警告也算）；2 文件无法读取。")

  @Argument(help: "要校验的 YAML 数据文件（可多个）")
  var files: [String]

  @Option(name: .long, help: "输出格式：text（默认）或 json")
  var format: ReportFormat = .text

  @Flag(name: .long, help: "把警告也当作错误（退出码 1）")
  var strict = false

  @Option(name: .long, help: "上一年度的数据文件（.yaml）或已发布的报告（Word、PDF、文本或网页），用于核对文中的同比增长率")
  var last: String?

  @Flag(name: .shortAndLong, help: "不输出提示（note）级别的信息")
  var quiet = false

  enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  func run() throws {
    let catalog = Catalog.bundled()
    let loader = ReportLoader(catalog: catalog)
    let validator = Validator(catalog: catalog, ruleThreads: Validator.ruleThreads(checking: files.count))
    var lastYear: Report?
    var unreadable = 0
    if let last {
      do {
        lastYear = try ReportFile.read(last, catalog: catalog).report
      } catch let error as FazhiError {
        printError("fazhi: 错误: \(error.description)")
        throw ExitCode(2)
      }
    }
    var all: [Diagnostic] = []
    let files = files
    let options = ValidationOptions(lastYear: lastYear)
    // Files are read and checked on every core; findings and messages still come out in the order given.
    Batch.run(count: files.count) { index -> Result<[Diagnostic], FazhiError> in
      do {
        return .success(validator.validate(try loader.load(path: files[index]), options: options))
      } catch {
        // `load(path:)` throws only `FazhiError`.
        return .failure(error as? FazhiError ?? FazhiError(.unreadableInput, path: files[index], "\(error)"))
      }
    } consume: { index, result in
      switch result {
      case .success(let findings):
        all += findings
      case .failure(let error):
        unreadable += 1
        printError("\(files[index]): error: \(error.message) [unreadable_input]")
      }
    }
    if quiet { all = all.filter { $0.severity != .note } }
    let summary = ValidationSummary(diagnostics: all, files: files.count)
    switch format {
    case .text:
      print(DiagnosticReporter.text(all), terminator: "")
      printError(Self.closingLine(all, files: files.count, unreadable: unreadable))
    case .json:
      print(DiagnosticReporter.json(all, summary: summary), terminator: "")
    }
    if unreadable > 0 { throw ExitCode(2) }
    let code = summary.exitCode(strict: strict)
    if code != 0 { throw ExitCode(code) }
  }

  /// The last line of the text output: the files read and what was found in them, then those that could not be
  /// read. A file that could not be read was not checked, so it is not counted as a file without problems.
  static func closingLine(_ findings: [Diagnostic], files: Int, unreadable: Int) -> String {
    guard unreadable > 0 else { return ValidationSummary(diagnostics: findings, files: files).chinese }
    guard files > unreadable else { return "\(unreadable) 个文件无法读取，没有检查任何文件" }
    let read = ValidationSummary(diagnostics: findings, files: files - unreadable)
    return "\(read.chinese)；另有 \(unreadable) 个文件无法读取"
  }
}
