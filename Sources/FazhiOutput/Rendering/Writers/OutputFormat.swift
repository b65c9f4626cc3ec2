import Foundation

/// 输出格式：the file formats fazhi writes a report in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
  case text = "txt"
  case markdown = "md"
  case html
  case docx

  /// The file name extension, without the dot.
  public var fileExtension: String { rawValue }

  /// The writer for this format; `referenceDocument` is used by `.docx` only.
  public func makeWriter(referenceDocument: URL? = nil) -> any DocumentWriter {
    switch self {
    case .text: PlainTextWriter()
    case .markdown: MarkdownWriter()
    case .html: HTMLWriter()
    case .docx: DocxWriter(referenceDocument: referenceDocument)
    }
  }
}
