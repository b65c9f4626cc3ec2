import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

/// `ReportYAMLWriter.yaml(for:)` must load back to the same report: catches quoting and block-scalar bugs.
@Suite struct ReportYAMLRoundTripTests {
  /// The report without positions and raw spellings; prose compared without trailing line breaks.
  struct Comparable: Equatable, CustomStringConvertible {
    var metadata: ReportMetadata
    var preamble: String?
    var areas: [String]
    var indicators: [String]
    var custom: [String]
    var items: [String]
    var shortcomings: [String]

    init(_ r: Report) {
      func t(_ s: String?) -> String { (s ?? "").replacingOccurrences(of: #"\n+$"#, with: "", options: .regularExpression) }
      func item(_ i: Item) -> String { "\(i.title ?? "∅")|\(t(i.text))" }
      metadata = r.metadata
      preamble = r.preamble.map(t)
      areas = r.achievements.map { "\($0.areaID ?? "∅")|\($0.title)|\(t($0.summary))|" + $0.items.map(item).joined(separator: "¶") }
      indicators = r.indicators.map { "\($0.id)=\($0.quantity.value)\($0.quantity.unit ?? "")\($0.quantity.approximation.map { "\($0)" } ?? "")" }
      custom = r.customIndicators.map { "\($0.label)=\($0.quantity.value)\($0.quantity.unit ?? "")" }
      items = (r.firstResponsible + [Item(text: "§")] + r.nextYearPlans + [Item(text: "§")] + r.otherMatters).map(item)
      shortcomings = r.shortcomings.map { "\(t($0.problem))|\(t($0.cause))" }
    }

    var description: String { "\(metadata)\n\(preamble ?? "")\n\(areas)\n\(indicators)\n\(custom)\n\(items)\n\(shortcomings)" }
  }

  static func roundTrip(_ report: Report) throws -> (Report, [Diagnostic], String) {
    let catalog = try Fixtures.catalog()
    let yaml = ReportYAMLWriter.yaml(for: report, catalog: catalog)
    let loaded = ReportLoader(catalog: catalog).load(text: yaml, file: "roundtrip.yaml")
    let syntax = loaded.diagnostics.filter { $0.severity == .error }
    return (try #require(loaded.report, "\(syntax)\n\(yaml)"), syntax, yaml)
  }

  @Test func exampleRoundTrips() throws {
    let loaded = try ReportLoader(catalog: try Fixtures.catalog()).load(path: Fixtures.examplePath)
    let report = try #require(loaded.report)
    let (back, errors, yaml) = try Self.roundTrip(report)
    #expect(errors.isEmpty, "\(yaml)")
    #expect(Comparable(back) == Comparable(report))
    #expect(back.metadata == report.metadata)
    #expect(back.indicators.count == report.indicators.count)
    #expect(back.achievements.flatMap(\.items).count == report.achievements.flatMap(\.items).count)
  }

  static let hostile: [String] = [
    "键: 值", "a #不是注释", "- 开头是横线", "\"双引号\"", "'单引号'", "true", "2025", "null", "~", "yes",
    "控制\u{1}字符", "制表\t符", "尾随空格 ", " 前导空格", "反斜杠\\n", "@提及", "`反引号`", "* 星号", "& 和",
    "! 感叹", "% 百分", "{花括号}", "[方括号]", "问号?", "? 问", "|竖线", ">大于", "1.5", "0x1F", "2026-02-20",
    "全角：冒号", "结尾冒号:", "行\u{2028}分隔", "=",
  ]

  @Test(arguments: hostile)
  func hostileStringsRoundTrip(_ s: String) throws {
    var report = Report(metadata: ReportMetadata(jurisdiction: "示例" + s + "县", level: .county, year: 2025, framework: "2021"))
    report.metadata.title = s
    report.metadata.issuer = s
    report.metadata.recipients = ["示例" + s + "县", "示例市人民政府"]
    report.preamble = s
    report.firstResponsible = [Item(title: s, text: s)]
    report.nextYearPlans = [Item(text: s), Item(title: "标题", text: "多行\n" + s + "\n第三行")]
    report.shortcomings = [Shortcoming(problem: s, cause: s)]
    report.achievements = [AreaSection(areaID: "enforcement", title: s, summary: s, items: [Item(title: s, text: s)])]
    let (back, errors, yaml) = try Self.roundTrip(report)
    #expect(errors.isEmpty, "\(yaml)")
    #expect(Comparable(back) == Comparable(report), "\(yaml)")
  }
}
