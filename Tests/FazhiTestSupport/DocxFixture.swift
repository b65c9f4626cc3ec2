import Foundation
import ZIPFoundation

/// Builds small .docx files in memory from hand-written XML parts, so tests need neither Word nor python.
struct DocxFixture {
  static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:v="urn:schemas-microsoft-com:vml" \
    xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
    mc:Ignorable="wps"
    """

  var parts: [String: String] = [:]

  /// A document whose `w:body` holds `body`.
  init(body: String) {
    parts["[Content_Types].xml"] = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Override PartName="/word/document.xml" \
      ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
      """
    parts["_rels/.rels"] = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" \
      Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
      Target="word/document.xml"/></Relationships>
      """
    parts["word/document.xml"] = Self.document(body: body)
  }

  static func document(body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
    """
  }

  /// A paragraph with plain runs of text and optional paragraph properties.
  static func paragraph(_ text: String, properties: String = "") -> String {
    let runs = text.isEmpty ? "" : "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    return "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")\(runs)</w:p>"
  }

  /// A numbered paragraph.
  static func numbered(_ text: String, numId: Int, level: Int) -> String {
    paragraph(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numId)\"/></w:numPr>")
  }

  mutating func setStyles(_ styles: String) {
    parts["word/styles.xml"] = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:styles \(Self.namespaces)>\(styles)</w:styles>
      """
  }

  mutating func setNumbering(_ numbering: String) {
    parts["word/numbering.xml"] = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:numbering \(Self.namespaces)>\(numbering)</w:numbering>
      """
  }

  func data() throws -> Data {
    try Self.zip(parts.mapValues { Data($0.utf8) })
  }

  /// Zips the given entries (deflated) in memory.
  static func zip(_ entries: [String: Data]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, content) in entries.sorted(by: { $0.key < $1.key }) {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate,
        provider: { position, size in content.subdata(in: Int(position)..<Int(position) + size) })
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return data
  }

  /// One member of a .docx (or any zip) on disk, e.g. `word/document.xml` of a draft.
  static func member(_ path: String, of file: URL) throws -> Data {
    let archive = try Archive(url: file, accessMode: .read)
    guard let entry = archive[path] else { throw CocoaError(.fileReadNoSuchFile) }
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    return data
  }
}
