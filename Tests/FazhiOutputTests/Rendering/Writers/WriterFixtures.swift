import Foundation
import Testing
import ZIPFoundation

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Documents and helpers shared by the writer tests.
enum WriterFixtures {
  /// A fictional 示例县 report using every kind of block.
  static func sampleReport() -> RenderedDocument {
    RenderedDocument(
      title: "示例县人民政府关于2025年度\n法治政府建设情况的报告",
      recipients: "中共示例市委、示例市人民政府",
      blocks: [
        .paragraph(lead: nil, text: "2025年，示例县人民政府坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下。"),
        .heading(level: 1, number: "一、", text: "2025年度推进法治政府建设的主要举措和成效"),
        .heading(level: 2, number: "（一）", text: "深入学习贯彻习近平法治思想"),
        .paragraph(
          lead: RunInHeading(level: 3, number: "1.", text: "健全推进机制"),
          text: "县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点。"),
        .paragraph(
          lead: RunInHeading(level: 3, number: "2.", text: "强化学法用法。"),
          text: "组织县政府常务会议会前学法12次，领导干部旁听庭审326人次。"),
        .heading(level: 2, number: "（二）", text: "严格规范公正文明执法"),
        .heading(level: 3, number: "1.", text: "推行行政执法三项制度"),
        .heading(level: 4, number: "（1）", text: "执法公示"),
        .paragraph(lead: nil, text: "全县38个行政执法主体全部公示执法信息，公示率100%。"),
        .table(
          caption: "2025年度行政复议和应诉情况",
          rows: [["项目", "件数", "同比"], ["收到行政复议申请", "120", "增长8.1%"], ["行政应诉案件", "36", "下降5.3%"]]),
        .heading(level: 1, number: "二、", text: "存在的不足和原因"),
        .paragraph(lead: nil, text: "一是基层执法力量仍然薄弱；二是法治宣传的针对性有待增强。"),
        .heading(level: 1, number: "三、", text: "下一步工作安排"),
        .paragraph(lead: nil, text: "2026年，我县将持续深化法治政府建设，为高质量发展提供法治保障。"),
      ],
      signature: ["示例县人民政府"],
      date: "2026年2月20日")
  }

  /// The sample with hostile text: markup, control characters, emoji and a CJK Extension B character.
  static func hostileReport() -> RenderedDocument {
    var doc = sampleReport()
    doc.title = "示例县<script>alert(\"x\")</script>报告\u{0001}"
    doc.blocks.append(.paragraph(lead: nil, text: "含控制字符\u{000B}与\u{FFFE}、表情👍、扩展B区𠀀、符号 & < > \" '"))
    doc.blocks.append(.heading(level: 2, number: "（三）", text: "<b>加粗</b> & 其他"))
    return doc
  }

  /// The lines the printed report must show, in order (for `check-publication.sh`).
  static func expectedLines(of doc: RenderedDocument) -> [String] {
    var lines = doc.title.split(separator: "\n").map(String.init)
    for case .heading(_, let number, let text) in doc.blocks { lines.append(number + text) }
    lines += doc.signature
    if let date = doc.date { lines.append(date) }
    return lines
  }

  struct FixtureError: Error, CustomStringConvertible {
    var description: String
  }

  /// The entry at `path` of an unzipped package.
  static func part(_ parts: [String: Data], _ path: String) throws -> Data {
    guard let data = parts[path] else { throw FixtureError(description: "missing \(path)") }
    return data
  }

  /// The entry at `path` of an unzipped package as UTF-8 text.
  static func partText(_ parts: [String: Data], _ path: String) throws -> String {
    guard let text = String(data: try part(parts, path), encoding: .utf8) else {
      throw FixtureError(description: "\(path) is not UTF-8")
    }
    return text
  }

  static func string(_ output: WrittenOutput) throws -> String {
    try #require(String(data: output.data, encoding: .utf8))
  }

  /// Every entry of a zip, by path.
  static func unzip(_ data: Data) throws -> [String: Data] {
    let archive = try Archive(data: data, accessMode: .read)
    var entries: [String: Data] = [:]
    for entry in archive {
      var content = Data()
      _ = try archive.extract(entry) { content.append($0) }
      entries[entry.path] = content
    }
    return entries
  }

  /// A zip holding `entries`, entries in sorted path order.
  static func zip(_ entries: [String: Data]) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in entries.sorted(by: { $0.key < $1.key }) {
      try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
        position, size in data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return try #require(archive.data)
  }

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-writers-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// Parses XML with Foundation's parser and records what the docx tests look at.
final class XMLProbe: NSObject, XMLParserDelegate {
  struct Paragraph {
    var style: String?
    var firstLineChars: String?
    var text = ""
  }

  private(set) var paragraphs: [Paragraph] = []
  private(set) var elementCount = 0
  private(set) var errorDescription: String?
  private var current: Paragraph?
  private var inText = false

  /// Parses `data`; returns nil when it is not well-formed.
  static func parse(_ data: Data) -> XMLProbe? {
    let probe = XMLProbe()
    let parser = XMLParser(data: data)
    parser.delegate = probe
    return parser.parse() ? probe : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elementCount += 1
    switch elementName {
    case "w:p": current = Paragraph()
    case "w:pStyle": current?.style = attributes["w:val"]
    case "w:ind": if let chars = attributes["w:firstLineChars"] { current?.firstLineChars = chars }
    case "w:t": inText = true
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText { current?.text += string }
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    switch elementName {
    case "w:p":
      if let current { paragraphs.append(current) }
      current = nil
    case "w:t": inText = false
    default: break
    }
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    errorDescription = "\(parseError)"
  }
}
