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

  /// The bytes to write for `result`, extracted from `file`; nil when no report was extracted.
  ///
  /// Takes `result` over (pass it with `consume`): the YAML is the report alone, so the heading tree and the cleaned
  /// text are released before it is written. Beside the report and its YAML they held about twice the input's size
  /// in a report of many 一是…十是… items, each a heading (issue 10).
  public static func data(
    for result: consuming ExtractionResult, file: String, format: Format, catalog: Catalog
  ) -> Data? {
    guard result.report != nil else { return nil }
    switch format {
    case .json:
      return (try? JSONOutput.data(result)) ?? Data()
    case .yaml:
      let name = URL(fileURLWithPath: file).lastPathComponent
      let header = "由 fazhi extract 从 \(name) 提取；" + result.summary + "\n请核对后再用 fazhi validate 校验"
      result.headings = []
      result.cleanedText = ""
      return result.report.map { ReportYAMLWriter.yamlData(for: $0, catalog: catalog, header: header) }
    }
  }
}
