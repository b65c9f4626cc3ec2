import Foundation
import FazhiCore
import FazhiInput

/// 待审材料：one file of a submissions folder, read as a report or set aside with the reason.
///
/// The content decides, not the file name: fazhi YAML data by its extension, everything else through
/// `DocumentSniffer` and the extractor. Spreadsheets, slides, scans and reports of another kind are not reports and
/// are listed as skipped; a Word, PDF or text file that should be a report but cannot be read is a read error
/// (exit 2), so that a damaged submission is never silently dropped.
enum ReviewSource {
  /// A report read from a file, with what the validator needs.
  struct Read {
    var report: Report
    var loaded: LoadedReport
    var format: String
    /// The extractor's own findings (damaged heading numbers, missing parts); none for YAML.
    var extractionFindings: [Diagnostic]
  }

  enum Outcome {
    case report(Read)
    case skipped(reason: String, isReadError: Bool)
  }

  /// Extensions of text files that are meant to hold a report: an unreadable one is a read error.
  static let textExtensions: Set<String> = Set(["txt", "text", "html", "htm", "shtml", "xhtml"]).union(
    MarkdownText.extensions)

  static func read(_ path: String, catalog: Catalog, extractor: ReportExtractor) -> Outcome {
    let fileExtension = (path as NSString).pathExtension.lowercased()
    if ReportFile.isYAML(path) { return readYAML(path, catalog: catalog) }
    let format: DocumentFormat
    switch DocumentSniffer.sniff(fileURL: URL(fileURLWithPath: path)) {
    case .success(let found): format = found
    case .failure(let error):
      return .skipped(reason: error.description, isReadError: isReadError(error.kind))
    }
    let result = extractor.extract(file: path)
    guard let report = result.report else {
      let finding = result.diagnostics.first
      let reason = finding?.message ?? "未能提取"
      switch finding?.ruleID {
      case "extract_wrong_kind", "extract_no_text": return .skipped(reason: reason, isReadError: false)
      default:
        // A scan needs OCR first: not a report fazhi can read, but not a damaged one either.
        let scanned = reason.contains("扫描")
        let meantAsReport = format != .text || textExtensions.contains(fileExtension)
        return .skipped(reason: reason, isReadError: meantAsReport && !scanned)
      }
    }
    // Text with no title, no subject and none of the parts is not a report, whatever its name.
    if result.parts.isEmpty && report.metadata.jurisdiction.isEmpty && report.metadata.title == nil {
      return .skipped(reason: "没有找到报告的标题、报告主体或任何法定部分，不像一份法治政府建设情况报告", isReadError: false)
    }
    let name: String
    switch format {
    case .docx: name = "docx"
    case .pdf: name = "pdf"
    case .text where MarkdownText.isMarkdown(path: path): name = "markdown"
    case .text: name = HTMLText.looksLikeHTML(result.cleanedText) || fileExtension.hasPrefix("htm") ? "html" : "text"
    }
    let loaded = LoadedReport(extracted: report, file: path, text: "", catalog: catalog)
    return .report(Read(report: report, loaded: loaded, format: name, extractionFindings: result.diagnostics))
  }

  private static func readYAML(_ path: String, catalog: Catalog) -> Outcome {
    do {
      let loaded = try ReportLoader(catalog: catalog).load(path: path)
      guard let report = loaded.report else {
        let reason = loaded.diagnostics.first.map { "\($0.message) [\($0.ruleID)]" } ?? "不是可用的 YAML 数据文件"
        return .skipped(reason: reason, isReadError: true)
      }
      return .report(Read(report: report, loaded: loaded, format: "yaml", extractionFindings: []))
    } catch let error as FazhiError {
      return .skipped(reason: error.message, isReadError: true)
    } catch {
      return .skipped(reason: "无法读取文件：\(error)", isReadError: true)
    }
  }

  /// Office files that are not reports (tables, slides) are skipped; damaged or locked documents are errors.
  private static func isReadError(_ kind: DocumentReadError.Kind) -> Bool {
    switch kind {
    case .spreadsheet, .presentation, .legacySpreadsheet, .legacyPresentation, .pdfScanned: false
    default: true
    }
  }
}
