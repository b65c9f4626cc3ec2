import Foundation
import FazhiCore

/// Reads last year's report for `init --from` and `diff`: fazhi YAML, or a published report (text or web page)
/// through the extractor.
public enum PreviousReport {
  /// True for file names fazhi reads as its own YAML data.
  public static func isYAML(_ path: String) -> Bool {
    ["yaml", "yml"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
  }

  public static func load(_ path: String, catalog: Catalog) throws -> Report {
    if isYAML(path) {
      let loaded = try ReportLoader(catalog: catalog).load(path: path)
      guard let report = loaded.report else {
        let first = loaded.diagnostics.first.map { "（\($0.location?.description ?? path): \($0.message)）" } ?? ""
        throw FazhiError(.unreadableInput, path: path, "无法解析这个数据文件\(first)；请先用 fazhi validate 检查")
      }
      return report
    }
    return try PublishedReportReader.read(path, catalog: catalog)
  }
}

/// Reads a published report (text or saved web page) through the extractor.
public enum PublishedReportReader {
  public static func read(_ path: String, catalog: Catalog) throws -> Report {
    guard FileManager.default.fileExists(atPath: path) else {
      throw FazhiError(.unreadableInput, path: path, "文件不存在，请检查路径是否正确")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FazhiError(.unreadableInput, path: path, "无法读取文件，请检查文件权限")
    }
    let result = ReportExtractor(catalog: catalog).extract(data: data, path: path)
    guard let report = result.report else {
      let why = result.diagnostics.first.map { "：\($0.message)" } ?? ""
      throw FazhiError(.unreadableInput, path: path, "无法从这个文件中提取报告内容\(why)")
    }
    return report
  }
}
