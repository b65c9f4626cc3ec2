import Foundation
import ZIPFoundation
import FazhiCore

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

  init(url: URL) throws {
    let path = url.path
    guard FileManager.default.fileExists(atPath: path) else {
      throw FazhiError(.unreadableInput, path: path, "找不到参考文档，请检查 --reference-doc 的路径")
    }
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw FazhiError(
        .unreadableInput, path: path,
        "不是有效的 Word（.docx）文件：无法作为 zip 压缩包打开；请用 Word 或 WPS 另存为 .docx 后再作参考文档")
    }
    guard let styles = try Self.text(of: "word/styles.xml", in: archive, path: path) else {
      throw FazhiError(
        .unreadableInput, path: path,
        "不是有效的 Word（.docx）文件：缺少 word/styles.xml；请用 Word 或 WPS 另存为 .docx 后再作参考文档")
    }
    guard styles.contains("</w:styles>") else {
      throw FazhiError(
        .unreadableInput, path: path,
        "不是有效的 Word（.docx）文件：word/styles.xml 不完整或不是 UTF-8 编码；请用 Word 或 WPS 重新保存")
    }
    self.styles = styles
    fontTable = try Self.data(of: "word/fontTable.xml", in: archive, path: path)
    theme = try Self.data(of: "word/theme/theme1.xml", in: archive, path: path)
    if let document = try Self.text(of: "word/document.xml", in: archive, path: path) {
      section = Self.lastSection(of: document)
    }
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

  private static func data(of entryPath: String, in archive: Archive, path: String) throws -> Data? {
    guard let entry = archive[entryPath] else { return nil }
    var data = Data()
    do {
      _ = try archive.extract(entry) { data.append($0) }
    } catch {
      throw FazhiError(
        .unreadableInput, path: path, "不是有效的 Word（.docx）文件：无法解压 \(entryPath)；请用 Word 或 WPS 重新保存")
    }
    return data
  }

  private static func text(of entryPath: String, in archive: Archive, path: String) throws -> String? {
    guard let data = try data(of: entryPath, in: archive, path: path) else { return nil }
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard let text = String(data: bytes, encoding: .utf8) else {
      throw FazhiError(
        .unreadableInput, path: path, "不是有效的 Word（.docx）文件：\(entryPath) 不是 UTF-8 编码；请用 Word 或 WPS 重新保存")
    }
    return text
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
