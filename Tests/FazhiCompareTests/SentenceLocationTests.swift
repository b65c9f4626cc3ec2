import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiCompare
@testable import FazhiTestSupport

/// `diff` points each finding at the sentence's own line and column in the YAML file, not at its item's first
/// key: a sentence in the middle of a multi-line block is found where it is written, in every output format.
@Suite struct SentenceLocationTests {
  /// The sentence both years share, and last year's file: it stands on the third line of a literal block.
  static let reused = "深入推进行政执法三项制度，全县执法部门全部建立执法全过程记录台账。"
  static let last = """
    年度: 2024
    报告主体: 示例县
    主要举措和成效:
      - 领域: 行政执法
        事项:
          - 标题: 规范执法
            内容: |
              全年评查执法案卷一百份，督促整改问题案卷五份。
              组织执法人员培训三期，共计二百人次。
              \(reused)
    """

  /// This year's file writes the same sentence as the third line of a block of each kind.
  static func this(_ block: String) -> String {
    """
    年度: 2025
    报告主体: 示例县
    主要举措和成效:
      - 领域: 行政执法
        事项:
          - 标题: 规范执法
            内容: \(block)
    """
  }

  /// Blocks under `内容:` (itself indented 8): content lines at 10 spaces, or 12 under `|2` (the value's lines then
  /// start with two spaces).
  static let blocks: [(name: String, text: String, line: Int, column: Int)] = [
    ("literal", block("|", indent: 10), 10, 11),
    ("folded", block(">-", indent: 10), 10, 11),
    ("indentation indicator", block("|2", indent: 12), 10, 13),
    ("double-quoted", "\"" + block("", indent: 10).dropFirst() + "\"", 9, 11),
    ("plain over lines", String(block("", indent: 10).dropFirst()), 9, 11),
  ]

  static func block(_ header: String, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return header + ["今年评查执法案卷一百二十份。", "新建县级执法监督平台一个。", reused].map { "\n" + pad + $0 }.joined()
  }

  func comparison(_ thisText: String) throws -> ReportComparison {
    let catalog = try Fixtures.catalog()
    let this = ReportLoader(catalog: catalog).load(text: thisText, file: "this.yaml")
    let last = ReportLoader(catalog: catalog).load(text: Self.last, file: "last.yaml")
    return try ReportComparator(catalog: catalog).compare(
      this: try #require(this.report), last: try #require(last.report), thisFile: "this.yaml", lastFile: "last.yaml",
      thisPositions: this.positions, lastPositions: last.positions)
  }

  @Test(arguments: blocks.map(\.name))
  func reusedSentenceIsAtItsOwnLine(_ name: String) throws {
    let block = try #require(Self.blocks.first { $0.name == name })
    let thisText = Self.this(block.text)
    // The fixture is what it says: the sentence starts at the stated line and column of this year's file.
    let lines = thisText.components(separatedBy: "\n")
    let line = lines[block.line - 1]
    #expect(String(line.dropFirst(block.column - 1)).hasPrefix(String(Self.reused.prefix(4))), "\(line)")

    let c = try comparison(thisText)
    let match = try #require(c.reuse.matches.first { $0.this.text.replacingOccurrences(of: " ", with: "") == Self.reused })
    #expect(match.this.location == TextLocation(file: "this.yaml", line: block.line, column: block.column))
    #expect(match.last.location == TextLocation(file: "last.yaml", line: 10, column: 11))

    let place = "this.yaml:\(block.line):\(block.column)"
    let text = ComparisonTextReporter(color: false).render(c)
    #expect(text.contains("\(place) 第3句 ← last.yaml:10:11 第3句"), "\(text)")
    let markdown = ComparisonMarkdownReporter().render(c)
    #expect(markdown.contains("| \(place) 第3句 | last.yaml:10:11 第3句 |"), "\(markdown)")
    let html = ComparisonHTMLReporter().render(c)
    #expect(html.contains("</mark><small class=\"place\">\(place)</small>"), "\(html)")
    #expect(html.contains("</mark><small class=\"place\">last.yaml:10:11</small>"))

    let json = try #require(
      JSONSerialization.jsonObject(with: Data(ComparisonJSONReporter().render(c).utf8)) as? [String: Any])
    let reuse = try #require(json["reuse"] as? [String: Any])
    let matches = try #require(reuse["matches"] as? [[String: Any]])
    let thisSide = try #require(matches.first?["this"] as? [String: Any])
    let location = try #require(thisSide["location"] as? [String: Any])
    #expect(location["line"] as? Int == block.line)
    #expect(location["column"] as? Int == block.column)
  }

  /// A stale reference (last year's year as this year's) is placed at its sentence, the second line of the block.
  @Test func staleReferenceIsAtItsSentence() throws {
    let thisText = Self.this("|\n          今年评查执法案卷一百二十份。\n          2024年新建县级执法监督平台一个。")
    let c = try comparison(thisText)
    let stale = try #require(c.staleReferences.first { $0.kind == .lastYearNumber })
    #expect(stale.location == TextLocation(file: "this.yaml", line: 9, column: 11))
    #expect(ComparisonTextReporter(color: false).render(c).contains("this.yaml:9:11 第2句"))
  }

  /// Without positions (a published report) a sentence keeps its paragraph's location.
  @Test func withoutPositionsTheParagraphLocationStays() throws {
    let catalog = try Fixtures.catalog()
    let this = try #require(ReportLoader(catalog: catalog).load(text: Self.this(Self.blocks[0].text), file: "this.yaml").report)
    let last = try #require(ReportLoader(catalog: catalog).load(text: Self.last, file: "last.yaml").report)
    let c = try ReportComparator(catalog: catalog).compare(this: this, last: last)
    let match = try #require(c.reuse.matches.first)
    #expect(match.this.location == this.achievements.first?.items.first?.location)
  }
}
