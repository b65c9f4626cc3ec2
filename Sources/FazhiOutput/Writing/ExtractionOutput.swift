import Foundation
import FazhiCore
import FazhiInput

/// 提取输出：what `fazhi extract` writes for one extracted file.
public enum ExtractionOutput {
  public enum Format: String, Sendable, CaseIterable {
    /// The report as fazhi YAML, ready to edit and validate, with a header saying where it came from.
    case yaml
    /// The whole extraction result: the report, the heading tree, findings and positions.
    case json
  }

  /// What an extraction for `format` needs to keep: the JSON shows the whole result, the YAML the report alone.
  public static func detail(for format: Format) -> ReportExtractor.Detail {
    format == .json ? .full : .report
  }

  /// The bytes to write for `result`, extracted from `file`; nil when no report was extracted. The YAML is the
  /// report alone: extract it with `ReportExtractor.Detail.report` (`detail(for:)`).
  public static func data(for result: ExtractionResult, file: String, format: Format, catalog: Catalog) -> Data? {
    guard let report = result.report else { return nil }
    switch format {
    case .json:
      return (try? JSONOutput.data(result)) ?? Data()
    case .yaml:
      let name = URL(fileURLWithPath: file).lastPathComponent
      let header = "由 fazhi extract 从 \(name) 提取；" + result.summary + "\n请核对后再用 fazhi validate 校验"
      return ReportYAMLWriter.yamlData(for: report, catalog: catalog, header: header)
    }
  }
}
