import Foundation
import FazhiCore

extension ReportExtractor {
  /// Reads the file at `path` by its content (Word, PDF, text or web page; see `ReportSource`; Markdown by its name) and extracts a
  /// report from it. Never throws: a file that cannot be used — too large to be a report (refused before it is
  /// read), unreadable, another office format, encrypted, scanned — comes back with `report == nil` and one
  /// `extract_unreadable` error, located at the file only.
  public func extract(file path: String) -> ExtractionResult {
    let text: Result<TextLines, any Error>
    do {
      // A text file's bytes and its decoded text are released when this switch ends: only its lines go on.
      switch try ReportSource.read(path) {
      case .text(let data): text = Result { try Self.lines(decoding: data, path: path) }
      case .document(let document): return extract(document: document, path: path)
      }
    } catch let error as FazhiError {
      return Self.unreadable(path, error.message)
    } catch {
      return Self.unreadable(path, "无法读取文件：\(error)")
    }
    return extract(consume text, path: path)
  }

  /// Extracts a report from file bytes. Never throws.
  public func extract(data: Data, path: String) -> ExtractionResult {
    extract(Result { try Self.lines(decoding: data, path: path) }, path: path)
  }

  /// The lines of a decoded text file and the encoding it came in.
  struct TextLines {
    var lines: [SourceLine]
    var encoding: TextDecoder.Encoding
  }

  /// Decodes file bytes (see `decode`) and splits them into lines. The decoded text lives only here: a report is
  /// extracted from its lines, and holding the whole text beside them doubled the memory a large file takes.
  static func lines(decoding data: Data, path: String) throws -> TextLines {
    let decoded = try decode(data, path: path)
    return TextLines(lines: lines(of: decoded.text, path: path), encoding: decoded.encoding)
  }

  /// The source lines of decoded text: Markdown when the file is named so (.md, .markdown — Markdown is plain text
  /// to the sniffer), else HTML or plain text by content. Plain text and Markdown are split up to one line over
  /// `maximumLines`.
  static func lines(of text: String, path: String) -> [SourceLine] {
    if MarkdownText.isMarkdown(path: path) { return MarkdownText.lines(text, limit: maximumLines + 1) }
    return HTMLText.looksLikeHTML(text) ? HTMLText.lines(text) : PlainText.lines(text, limit: maximumLines + 1)
  }

  /// Extracts from the lines of decoded bytes, or reports why the bytes could not be decoded. Takes the lines over,
  /// so that extraction can release them (see `extract(lines:path:unit:)`).
  private func extract(_ text: consuming Result<TextLines, any Error>, path: String) -> ExtractionResult {
    let decoded: TextLines
    switch consume text {
    case .success(let text): decoded = text
    case .failure(let error as FazhiError):
      return failure(path: path, ruleID: "extract_unreadable", message: error.message, missing: ["正文"])
    case .failure(let error):
      return failure(path: path, ruleID: "extract_unreadable", message: "无法读取文件：\(error)", missing: ["正文"])
    }
    let lines = decoded.lines
    let encoding = decoded.encoding
    _ = consume decoded
    var result = extract(lines: consume lines, path: path)
    result.encoding = encoding
    return result
  }

  private static func unreadable(_ path: String, _ message: String) -> ExtractionResult {
    ExtractionResult(
      report: nil,
      diagnostics: [Diagnostic(ruleID: "extract_unreadable", severity: .error, location: nil, message: message)],
      isPartial: true, missing: ["正文"])
  }
}
