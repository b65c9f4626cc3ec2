import Foundation

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

/// Reads a published report through the extractor (set up by Extraction/).
public enum PublishedReportReader {
  public static func read(_ path: String, catalog: Catalog) throws -> Report {
    throw FazhiError(.unreadableInput, path: path, "暂不支持从已发布的报告读取，请使用 YAML 数据文件")
  }
}
