import Foundation
import FazhiCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ReportExtractor {
  /// Reads the file at `path` and extracts a report from it. Never throws: a file too large to be a report
  /// (refused before it is read) or one that cannot be read comes back with `report == nil` and one
  /// `extract_unreadable` error, located at the file only.
  public func extract(file path: String) -> ExtractionResult {
    if let size = Self.fileSize(path), size > TextDecoder.maximumSize {
      let megabytes = (size / 1_048_576, TextDecoder.maximumSize / 1_048_576)
      return Self.unreadable(path, "文件过大（\(megabytes.0) MB，上限 \(megabytes.1) MB），不像一份年度报告")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return Self.unreadable(path, "无法读取文件，请检查路径和权限")
    }
    return extract(data: data, path: path)
  }

  /// The size `lstat(2)` gives, as `FileManager.attributesOfItem` does, but without the owner and group lookups
  /// that made asking cost as much as reading the file. Nil when there is nothing to ask about.
  static func fileSize(_ path: String) -> Int? {
    var status = stat()
    return lstat(path, &status) == 0 ? Int(status.st_size) : nil
  }

  private static func unreadable(_ path: String, _ message: String) -> ExtractionResult {
    ExtractionResult(
      report: nil,
      diagnostics: [Diagnostic(ruleID: "extract_unreadable", severity: .error, location: nil, message: message)],
      isPartial: true, missing: ["正文"])
  }
}
