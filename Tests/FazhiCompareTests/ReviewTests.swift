import Foundation
import Testing

@testable import FazhiCatalog
@testable import FazhiCompare
@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// `fazhi review`: a folder of submissions read, checked, paired with last year and summarised.
@Suite("审核一批报告")
struct ReviewTests {
  static func report(_ place: String, year: Int = 2025, reconsideration: String = "15.5%", extra: String = "") -> String {
    """
    \(place)\(year)年度法治政府建设情况报告
    \(year)年，\(place)坚持依法行政，全面推进法治政府建设。
    一、主要举措和成效
    （一）深化行政复议体制改革
    全年办结行政复议案件120件，行政复议纠错率\(reconsideration)，行政机关负责人出庭应诉率100%。\(extra)
    二、存在的不足和原因
    执法人员能力不足，原因是培训不够。
    三、党政主要负责人履行推进法治建设第一责任人职责情况
    主要负责人带头学法，专题研究法治工作3次。
    四、下一年度主要安排
    加强执法监督，提升复议质量。
    \(place)人民政府
    \(year + 1)年2月20日
    """
  }

  /// A fresh folder with `files` (relative path → text).
  static func folder(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, text) in files {
      let url = root.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return root.path
  }

  static func review(_ folder: String, last: String? = nil, year: Int? = nil) throws -> ReviewSummary {
    try FolderReviewer(catalog: Catalog.bundled()).review(folder: folder, last: last, year: year)
  }

  @Test func readsReportsAndSkipsOthersWithTheReason() throws {
    let folder = try Self.folder([
      "甲县.txt": Self.report("甲县"),
      "乙/乙县.txt": Self.report("乙县", reconsideration: "30%"),
      "工作报告.txt": "甲县人民政府2025年政府工作报告\n各位代表：现在，我代表县人民政府作政府工作报告，请予审议。\n",
      ".隐藏.txt": "不看",
      "说明.png": "PNG\u{0}\u{0}\u{0}\u{1A}",
      "随笔.txt": "今天天气很好，我们去公园散步。\n",
    ])
    let summary = try Self.review(folder)
    #expect(Set(summary.units.map(\.jurisdiction)) == ["甲县", "乙县"])
    #expect(summary.units.first { $0.jurisdiction == "乙县" }?.file == "乙/乙县.txt")
    let skipped = Dictionary(uniqueKeysWithValues: summary.skipped.map { ($0.file, $0) })
    #expect(skipped["工作报告.txt"]?.reason.contains("政府工作报告") == true)
    #expect(skipped["工作报告.txt"]?.isReadError == false)
    #expect(skipped["说明.png"] != nil, "a file that is not a report is listed, never dropped")
    #expect(skipped["随笔.txt"]?.isReadError == false, "text that is no report at all is set aside")
    #expect(skipped[".隐藏.txt"] == nil)
    let unit = try #require(summary.units.first { $0.jurisdiction == "甲县" })
    #expect(unit.year == 2025)
    #expect(unit.level == .county)
    #expect(unit.partsMissing.isEmpty)
    #expect(unit.shortcomingsWithCause == 1)
    #expect(unit.headline.first { $0.id == "reconsideration_correction_rate" }?.value == Decimal(string: "15.5"))
  }

  /// A report kept as Markdown is read as Markdown (its `#` headings are not text) and named so.
  @Test func aMarkdownReportIsReadAsMarkdown() throws {
    let markdown = Self.report("丙县").split(separator: "\n").map { line in
      line.hasPrefix("一、") || line.hasPrefix("二、") || line.hasPrefix("三、") || line.hasPrefix("四、") ? "## " + line : String(line)
    }
    let folder = try Self.folder(["丙县.md": "# " + markdown.joined(separator: "\n\n")])
    let unit = try #require(try Self.review(folder).units.first)
    #expect(unit.jurisdiction == "丙县")
    #expect(unit.format == "markdown")
    #expect(unit.partsMissing.isEmpty)
  }

  @Test func pairsWithLastYearByIssuerNotFileName() throws {
    let this = try Self.folder(["a.txt": Self.report("甲县"), "b.txt": Self.report("丙县")])
    let last = try Self.folder(["随便叫什么.txt": Self.report("甲县", year: 2024, reconsideration: "12%")])
    let summary = try Self.review(this, last: last)
    let paired = try #require(summary.units.first { $0.jurisdiction == "甲县" })
    #expect(paired.lastFile?.hasSuffix("随便叫什么.txt") == true)
    #expect(paired.reuseShare.map { $0 > 0.5 } == true, "the same text last year is reused")
    let rate = try #require(paired.headline.first { $0.id == "reconsideration_correction_rate" })
    #expect(rate.lastValue == 12)
    #expect(rate.direction == "上升")
    #expect(summary.unpaired == ["b.txt"])
  }

  @Test func twoReportsOfOneIssuerAndYearAreBothFlagged() throws {
    let summary = try Self.review(try Self.folder(["1.txt": Self.report("甲县"), "2.txt": Self.report("甲县")]))
    #expect(summary.units.count == 2)
    #expect(summary.units.allSatisfy { $0.isDuplicate })
  }

  @Test func yearFilterSetsOtherYearsAside() throws {
    let summary = try Self.review(
      try Self.folder(["1.txt": Self.report("甲县"), "2.txt": Self.report("乙县", year: 2024)]), year: 2025)
    #expect(summary.units.map(\.jurisdiction) == ["甲县"])
    #expect(summary.skipped.first?.reason.contains("2024") == true)
  }

  @Test func anEmptyOrMissingFolder() throws {
    #expect(try Self.review(try Self.folder([:])).units.isEmpty)
    #expect(throws: FazhiError.self) { try Self.review("/nonexistent/提交材料") }
  }

  @Test func aLinkLoopEnds() throws {
    let folder = try Self.folder(["甲县.txt": Self.report("甲县")])
    try FileManager.default.createSymbolicLink(atPath: folder + "/环", withDestinationPath: folder)
    #expect(try ReviewFolder.files(in: folder).map(\.name) == ["甲县.txt"])
  }

  @Test func scoreComponentsAddUp() {
    let full = ReviewScore(
      requiredPartsPresent: 4, requiredParts: 4, shortcomings: 2, withCause: 2, errors: 0, warnings: 0, density: 5,
      reuseShare: 0.1, meetsDeadline: true)
    #expect(full.total == 100)
    let weak = ReviewScore(
      requiredPartsPresent: 2, requiredParts: 4, shortcomings: 2, withCause: 1, errors: 3, warnings: 4, density: 1.5,
      reuseShare: 0.5, meetsDeadline: false)
    #expect(weak.parts == 15)
    #expect(weak.causes == 5)
    #expect(weak.findings == 6)
    #expect(weak.density == 7.5)
    #expect(abs(weak.originality - 7.5) < 1e-9)
    #expect(weak.deadline == 0)
  }

  @Test func csvIsForExcel() throws {
    var unit = try #require(try Self.review(try Self.folder(["1.txt": Self.report("甲县")])).units.first)
    unit.file = "=HYPERLINK(\"x\")"
    let summary = ReviewSummary(folder: "f", lastFolder: nil, year: nil, units: [unit], skipped: [], unpaired: [])
    let data = ReviewCSVReporter(catalog: try Catalog.bundled()).render(summary)
    #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("排名,文件,报告主体"))
    #expect(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "formula defused and quoted")
    #expect(ReviewCSVReporter.cell("-1") == "'-1")
    #expect(ReviewCSVReporter.cell("甲,乙") == "\"甲,乙\"")
  }

  @Test func htmlEscapesUserTextAndIsSelfContained() throws {
    var unit = try #require(try Self.review(try Self.folder(["1.txt": Self.report("甲县")])).units.first)
    unit.jurisdiction = "<script>alert(1)</script>"
    let summary = ReviewSummary(folder: "f", lastFolder: nil, year: nil, units: [unit], skipped: [], unpaired: [])
    let html = ReviewHTMLReporter(catalog: try Catalog.bundled()).render(summary)
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(html.contains("<svg"))
    #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(!html.contains("https://"), "no network")
  }

  @Test func jsonRoundTrips() throws {
    let summary = try Self.review(try Self.folder(["1.txt": Self.report("甲县")]))
    let data = try ReviewJSONReporter.render(summary)
    let decoded = try JSONDecoder().decode(ReviewSummary.self, from: data)
    #expect(decoded.units.map(\.jurisdiction) == ["甲县"])
  }

  @Test func failConditions() throws {
    let summary = try Self.review(try Self.folder(["1.txt": Self.report("甲县")]))
    #expect(try ReviewFailCondition.parse("score=101").check(summary) != nil)
    #expect(try ReviewFailCondition.parse("score=1").check(summary) == nil)
    #expect(try ReviewFailCondition.parse("reuse=30%").limit == 0.3)
    #expect(throws: FazhiError.self) { try ReviewFailCondition.parse("speed=1") }
    #expect(throws: FazhiError.self) { try ReviewFailCondition.parse("score=-1") }
  }

  @Test func terminalTextIsEscaped() {
    #expect(ReviewText.terminalSafe("甲\u{1B}[31m县") == "甲\\u{1B}[31m县")
  }
}
