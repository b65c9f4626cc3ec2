import Foundation
import FazhiCore
import FazhiInput

/// 参考文档：what `DocxWriter` takes from a user's .docx — its styles, font table, theme and the page size,
/// margins and grid of its last section.
struct DocxReference {
  struct Section {
    var pageSize: String?
    var margins: String?
    var grid: String?
  }

  var styles: String
  var fontTable: Data?
  var theme: Data?
  var section: Section?

/// Reads what drafting takes from the reference document at `url`. The zip's directory is checked before
  /// anything is inflated (size after following links, end record in the tail, entry count), every part is capped
  /// while inflating (`ReadLimits`), and every part copied into the draft must be well-formed XML — a draft that
  /// Word cannot open is worse than a refusal.
  init(url: URL, limits: ReadLimits = .standard) throws {
    let path = url.path
    guard let head = FileHandle(forReadingAtPath: path).map({ handle in
      defer { try? handle.close() }
      return (try? handle.read(upToCount: 4)) ?? Data()
    }) else {
      throw FazhiError(.unreadableInput, path: path, "找不到参考文档，请检查 --reference-doc 的路径")
    }
    guard DocxPackage.looksLikeZip(head) else {
      throw FazhiError(
        .unreadableInput, path: path,
        "不是有效的 Word（.docx）文件：无法作为 zip 压缩包打开；请用 Word 或 WPS 另存为 .docx 后再作参考文档")
    }
    let package: DocxPackage
    do {
      package = try DocxPackage(fileURL: url, limits: limits)
    } catch {
      throw Self.refusal(path, error)
    }
    guard let styles = try Self.wellFormedPart("word/styles.xml", of: package, path: path) else {
      throw FazhiError(
        .unreadableInput, path: path,
        "不是有效的 Word（.docx）文件：缺少 word/styles.xml；请用 Word 或 WPS 另存为 .docx 后再作参考文档")
    }
    guard let text = Self.utf8Text(styles), text.contains("</w:styles>") else {
      throw FazhiError(
        .unreadableInput, path: path,
        "不是有效的 Word（.docx）文件：word/styles.xml 不完整或不是 UTF-8 编码；请用 Word 或 WPS 重新保存")
    }
    self.styles = text
    fontTable = try Self.wellFormedPart("word/fontTable.xml", of: package, path: path)
    theme = try Self.wellFormedPart("word/theme/theme1.xml", of: package, path: path)
    if let document = try Self.wellFormedPart("word/document.xml", of: package, path: path) {
      section = Self.utf8Text(document).flatMap(Self.lastSection(of:))
    }
  }

  /// A part's bytes once it has parsed as XML; nil when the package has no such part.
  private static func wellFormedPart(_ partName: String, of package: DocxPackage, path: String) throws -> Data? {
    do {
      return try package.readWellFormed(partName)
    } catch {
      throw refusal(path, error)
    }
  }

  private static func refusal(_ path: String, _ error: DocumentReadError) -> FazhiError {
    let what = error.message.hasSuffix("。") ? String(error.message.dropLast()) : error.message
    return FazhiError(
      .unreadableInput, path: path, "不是可用的 Word（.docx）参考文档：\(what)；请用 Word 或 WPS 打开后另存为 .docx 再作参考文档")
  }

  /// UTF-8 text without a byte-order mark, nil when the bytes are not UTF-8.
  private static func utf8Text(_ data: Data) -> String? {
    String(data: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, encoding: .utf8)
  }

  /// The reference styles plus fazhi's definitions of the styles it lacks, so every paragraph finds its style.
  func mergedStyles(adding definitions: [(id: String, xml: String)]) -> String {
    let present = Set(Self.attributeValues("w:styleId", in: styles))
    let missing = definitions.filter { !present.contains($0.id) }.map(\.xml).joined()
    guard !missing.isEmpty, let end = styles.range(of: "</w:styles>", options: .backwards) else { return styles }
    var merged = styles
    merged.insert(contentsOf: missing, at: end.lowerBound)
    return merged
  }

  /// The body's own `w:sectPr` is the last one in document.xml (earlier ones close earlier sections).
  static func lastSection(of document: String) -> Section? {
    guard let start = document.range(of: "<w:sectPr", options: .backwards) else { return nil }
    let rest = document[start.lowerBound...]
    let end = rest.range(of: "</w:sectPr>")?.upperBound ?? rest.endIndex
    let section = String(rest[..<end])
    let result = Section(
      pageSize: emptyElement("w:pgSz", in: section), margins: emptyElement("w:pgMar", in: section),
      grid: emptyElement("w:docGrid", in: section))
    return result.pageSize == nil && result.margins == nil && result.grid == nil ? nil : result
  }

  /// `<name …/>` copied verbatim, or nil when absent or not self-closing.
  private static func emptyElement(_ name: String, in xml: String) -> String? {
    var searchStart = xml.startIndex
    while let open = xml.range(of: "<" + name, range: searchStart..<xml.endIndex) {
      searchStart = open.upperBound
      // Skip longer names such as `<w:pgSzX`.
      guard let next = xml[open.upperBound...].first, next == " " || next == "/" || next == "\n" || next == "\t"
      else { continue }
      guard let close = xml.range(of: ">", range: open.upperBound..<xml.endIndex) else { return nil }
      let element = String(xml[open.lowerBound..<close.upperBound])
      return element.hasSuffix("/>") ? element : nil
    }
    return nil
  }

  private static func attributeValues(_ attribute: String, in xml: String) -> [String] {
    var values: [String] = []
    var searchStart = xml.startIndex
    let marker = attribute + "=\""
    while let found = xml.range(of: marker, range: searchStart..<xml.endIndex) {
      guard let quote = xml.range(of: "\"", range: found.upperBound..<xml.endIndex) else { break }
      values.append(String(xml[found.upperBound..<quote.lowerBound]))
      searchStart = quote.upperBound
    }
    return values
  }
}
