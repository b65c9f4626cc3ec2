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

extension OutputFormat {
  /// The format a file name asks for by its extension (`.txt` `.md` `.html` `.docx` and their variants), or nil.
  public init?(inferredFrom path: String) {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "txt", "text": self = .text
    case "md", "markdown": self = .markdown
    case "html", "htm": self = .html
    case "docx": self = .docx
    default: return nil
    }
  }
}
