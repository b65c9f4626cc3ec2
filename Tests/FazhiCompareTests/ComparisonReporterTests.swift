import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiCompare
@testable import FazhiTestSupport

@Suite struct ComparisonReporterTests {
  func comparison(_ this: Report = ComparisonFixtures.this) throws -> ReportComparison {
    try ReportComparator(catalog: ComparisonFixtures.catalog)
      .compare(this: this, last: ComparisonFixtures.last, thisFile: "示例县-2025.yaml", lastFile: "示例县-2024.yaml")
  }

  @Test func jsonGolden() throws {
    let json = try ComparisonJSONReporter().render(try comparison())
    try expectComparisonGolden(json, named: "comparison.json")
    // The shape decodes back and leaves out the sentence lists.
    let decoded = try JSONDecoder().decode(ReportComparison.self, from: Data(json.utf8))
    #expect(decoded.indicators == (try comparison()).indicators)
    #expect(!json.contains("thisSentences"))
  }

  @Test func jsonKeysAreEnglish() throws {
    let json = try ComparisonJSONReporter().render(try comparison())
    let keys = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]).keys
    #expect(
      Set(keys) == [
        "schemaVersion", "this", "last", "options", "warnings", "coverage", "indicators", "facts", "reuse",
        "staleReferences", "planFollowUps",
      ])
  }

  @Test func htmlEscapesUserText() throws {
    var this = ComparisonFixtures.this
    this.achievements[0].items[1].text = "<script>alert('x')</script>推行包容审慎监管 & 柔性执法。"
    this.achievements[0].title = "执法<b>改革</b>"
    let html = ComparisonHTMLReporter().render(try comparison(this))
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(!html.contains("<b>改革"))
    #expect(html.contains("&amp; 柔性执法"))
  }

  @Test func htmlIsStandaloneWithChartAndHighlights() throws {
    let html = ComparisonHTMLReporter().render(try comparison())
    #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)  // only the SVG namespace
    #expect(!html.contains("https://"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link"))
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("<mark class=\"identical\""))
    #expect(html.contains("<mark class=\"near\""))
    #expect(html.contains("<mark class=\"fulfilled\""))
    #expect(html.contains("法律援助案件"))
  }

  @Test func textTablesAlignCJKAndColourOnlyWhenAsked() throws {
    let c = try comparison()
    let plain = ComparisonTextReporter(color: false).render(c)
    #expect(!plain.contains("\u{1B}["))
    #expect(ComparisonTextReporter(color: true).render(c).contains("\u{1B}[31m"))
    // Every row of the figures table ends its right-aligned 增幅 column at the same display column.
    let lines = plain.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.contains("指标") && $0.contains("上年") && $0.contains("评价") })
    let rows = lines[(start + 2)...].prefix { !$0.isEmpty && !$0.hasPrefix("  上年填报") }
    #expect(rows.count == 7)
    func endOfFifthCell(_ line: String) -> Int {
      var pos = line.startIndex
      for cell in line.split(separator: "  ").map({ $0.trimmingCharacters(in: .whitespaces) }).filter({ !$0.isEmpty })
        .prefix(5)
      {
        pos = line.range(of: cell, range: pos..<line.endIndex)!.upperBound
      }
      return TerminalColumns.of(String(line[..<pos]))
    }
    let expected = endOfFifthCell(lines[start])
    for row in rows { #expect(endOfFifthCell(row) == expected, "\(row)") }
    #expect(plain.contains("重复占比"))
    #expect(plain.contains("实现了去年安排"))
  }

  @Test func displayWidthCountsCJKTwice() {
    #expect(TerminalColumns.of("abc") == 3)
    #expect(TerminalColumns.of("行政复议") == 8)
    #expect(TerminalColumns.of("纠错率12%") == 9)
    #expect(TerminalColumns.of("（一）") == 6)
  }

  @Test func markdownEscapesAndHasAllSections() throws {
    var this = ComparisonFixtures.this
    this.achievements[0].items[0].title = "A|B"
    let md = ComparisonMarkdownReporter().render(try comparison(this))
    for heading in ["## 一、", "## 二、", "## 三、", "## 四、", "## 五、"] { #expect(md.contains(heading)) }
    #expect(md.contains("A\\|B"))
    // Every line that opens a full-width bracket closes it with a full-width one (缺失：标题（位置）).
    let listed = md.split(separator: "\n").filter { $0.hasPrefix("- 缺失：") || $0.hasPrefix("- 新增：") }
    #expect(!listed.isEmpty)
    for line in listed { #expect(line.hasSuffix("）"), "\(line)") }
  }

  @Test func failConditions() throws {
    let c = try comparison()
    let reuse = try ComparisonFailCondition.parse("reuse=30%")
    #expect(reuse.limit == 0.3)
    #expect(reuse.isMet(by: c) == (c.reuse.share >= 0.3))
    #expect(try ComparisonFailCondition.parse("reuse=0.3") == reuse)
    #expect(try ComparisonFailCondition.parse("dropped-parts=1").isMet(by: c) == false)
    #expect(try ComparisonFailCondition.parse("dropped-areas=1").isMet(by: c))
    #expect(try ComparisonFailCondition.parse("missing-indicators=1").isMet(by: c))
    #expect(try !ComparisonFailCondition.parse("missing-indicators=5").isMet(by: c))
    #expect(throws: FazhiError.self) { try ComparisonFailCondition.parse("reuse") }
    #expect(throws: FazhiError.self) { try ComparisonFailCondition.parse("bogus=1") }
    #expect(throws: FazhiError.self) { try ComparisonFailCondition.parse("dropped-parts=1.5") }
  }
}
