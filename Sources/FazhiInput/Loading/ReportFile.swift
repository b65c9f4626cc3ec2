import Foundation
import FazhiCore

/// 报告文件：a whole report read from a path, whatever form it comes in — fazhi's YAML data through the loader, or
/// a published report (copied text or a saved web page) through the extractor.
///
/// The one reader of "last year's report" (`init --from`, `validate --last`) and of both sides of `diff`: it alone
/// decides how such a file is read and when it is too broken to use.
public struct ReportFile: Sendable {
  public var report: Report
  /// Error findings of a YAML file that still decoded: the report holds what could be read. Always empty for a
  /// published report (extraction findings are not data errors).
  public var errors: [Diagnostic]
  /// Where each value of a YAML file sits (nil for a published report, whose text is not the file's).
  public var positions: PositionMap?

  public init(report: Report, errors: [Diagnostic] = [], positions: PositionMap? = nil) {
    self.report = report
    self.errors = errors
    self.positions = positions
  }

  /// True for file names fazhi reads as its own YAML data.
  public static func isYAML(_ path: String) -> Bool {
    ["yaml", "yml"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
  }

  /// Reads `path`, or throws `FazhiError(.unreadableInput)` when the file cannot be read or holds no usable report.
  public static func read(_ path: String, catalog: Catalog) throws -> ReportFile {
    guard isYAML(path) else { return ReportFile(report: try PublishedReportReader.read(path, catalog: catalog)) }
    let loaded = try ReportLoader(catalog: catalog).load(path: path)
    let errors = loaded.diagnostics.filter { $0.severity == .error }
    guard let report = loaded.report else {
      let first = errors.first.map { "（\($0.location?.description ?? path): \($0.message)）" } ?? ""
      throw FazhiError(.unreadableInput, path: path, "无法解析这个数据文件\(first)；请先用 fazhi validate 检查")
    }
    return ReportFile(report: report, errors: errors, positions: loaded.positions)
  }
}

/// Reads a published report (Word, PDF, text or saved web page, decided by content) through the extractor.
public enum PublishedReportReader {
  public static func read(_ path: String, catalog: Catalog) throws -> Report {
    guard FileManager.default.fileExists(atPath: path) else {
      throw FazhiError(.unreadableInput, path: path, "文件不存在，请检查路径是否正确")
    }
    let result = ReportExtractor(catalog: catalog, detail: .report).extract(file: path)
    guard let report = result.report else {
      let why = result.diagnostics.first.map { "：\($0.message)" } ?? ""
      throw FazhiError(.unreadableInput, path: path, "无法从这个文件中提取报告内容\(why)")
    }
    return report
  }
}
