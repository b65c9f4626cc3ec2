import Foundation
import FazhiCore

extension ReportExtractor {
  /// Reads the file at `path` by its content (Word, PDF, text or web page; see `ReportSource`) and extracts a
  /// report from it. Never throws: a file that cannot be used — too large to be a report (refused before it is
  /// read), unreadable, another office format, encrypted, scanned — comes back with `report == nil` and one
  /// `extract_unreadable` error, located at the file only.
  public func extract(file path: String) -> ExtractionResult {
    do {
      switch try ReportSource.read(path) {
      case .text(let data): return extract(data: data, path: path)
      case .document(let document): return extract(document: document, path: path)
      }
    } catch let error as FazhiError {
      return Self.unreadable(path, error.message)
    } catch {
      return Self.unreadable(path, "无法读取文件：\(error)")
    }
  }

  private static func unreadable(_ path: String, _ message: String) -> ExtractionResult {
    ExtractionResult(
      report: nil,
      diagnostics: [Diagnostic(ruleID: "extract_unreadable", severity: .error, location: nil, message: message)],
      isPartial: true, missing: ["正文"])
  }
}
