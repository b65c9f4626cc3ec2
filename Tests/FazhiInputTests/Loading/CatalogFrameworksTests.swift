import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// 纲要 eras as catalog data: which framework a report year follows, which later area continues an earlier one,
/// and a next 纲要 added as one file.
@Suite struct CatalogFrameworksTests {
  @Test func reportYearsChooseTheFramework() throws {
    let catalog = try Fixtures.catalog()
    let chosen = [2010, 2015, 2020, 2021, 2025, 2026].map { catalog.framework(forReportYear: $0)?.id }
    // 2026: no later 纲要 in the catalog yet, so the newest stays in force.
    #expect(chosen == ["2015", "2015", "2015", "2021", "2021", "2021"])
    #expect(catalog.framework(id: "2021")?.reportYears == 2021...2025)
    let stated = ReportMetadata(jurisdiction: "示例县", year: 2023, framework: "2015")
    #expect(catalog.framework(for: stated)?.id == "2015")
  }

  @Test func every2015AreaHasOneSuccessorOrNone() throws {
    let catalog = try Fixtures.catalog()
    let f2021 = try #require(catalog.framework(id: "2021"))
    let f2015 = try #require(catalog.framework(id: "2015"))
    #expect(f2021.follows == "2015")
    let successors = Dictionary(
      uniqueKeysWithValues: f2015.areas.map { ($0.id, catalog.successor(ofArea: $0.id, in: f2021)?.id) })
    #expect(successors["f2015_enforcement"] == "enforcement")
    #expect(successors["f2015_disputes"] == "disputes")
    #expect(successors["f2015_organization"] == "party_leadership")
    #expect(successors["f2015_capacity"] == "party_leadership")
    #expect(successors.values.allSatisfy { $0 != nil }, "every 2015 task area lives on in the 2021 纲要")
    #expect(catalog.successor(ofArea: "enforcement", in: f2021)?.id == "enforcement")
    #expect(catalog.successor(ofArea: "f2015_enforcement", in: f2015)?.id == "f2015_enforcement")
    #expect(catalog.successor(ofArea: "enforcement", in: f2015) == nil, "mapping runs forward only")
  }

  /// The next 纲要 is a data change: one more framework file, no code.
  @Test func aNextFrameworkIsOneMoreFile() throws {
    let folder = try Self.copyOfCatalog()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.next.write(to: folder.appendingPathComponent("framework-2026.yaml"), atomically: true, encoding: .utf8)
    let catalog = try Catalog.load(from: folder)
    #expect(catalog.framework(forReportYear: 2025)?.id == "2021")
    #expect(catalog.framework(forReportYear: 2027)?.id == "2026")
    let next = try #require(catalog.framework(id: "2026"))
    #expect(catalog.successor(ofArea: "enforcement", in: next)?.id == "next_enforcement")
    #expect(catalog.successor(ofArea: "f2015_enforcement", in: next)?.id == "next_enforcement", "through 2021")
    #expect(catalog.successor(ofArea: "f2015_disputes", in: next) == nil, "disputes not continued in the example")
    let loaded = ReportLoader(catalog: catalog).load(text: "年度: 2027\n报告主体: 示例县\n", file: "t.yaml")
    let report = try #require(loaded.report)
    #expect(catalog.framework(for: report.metadata)?.id == "2026")
  }

  @Test func loaderRefusesFrameworksThatDoNotFit() throws {
    let cases: [(String, String)] = [
      (Self.next.replacingOccurrences(of: "first: 2026", with: "first: 2025"), "适用年度重叠"),
      (Self.next.replacingOccurrences(of: "follows: \"2021\"", with: "follows: \"2020\""), "不是目录中的纲要"),
      (Self.next.replacingOccurrences(of: "[enforcement]", with: "[f2015_enforcement]"), "不是纲要 2021 的领域"),
      (Self.next.replacingOccurrences(of: "[party_leadership]", with: "[enforcement]"), "被纲要 2026 的多个领域接续"),
    ]
    for (text, expected) in cases {
      let folder = try Self.copyOfCatalog()
      defer { try? FileManager.default.removeItem(at: folder) }
      try text.write(to: folder.appendingPathComponent("framework-2026.yaml"), atomically: true, encoding: .utf8)
      let error = try #require(throws: FazhiError.self) { try Catalog.load(from: folder) }
      #expect(error.description.contains(expected), "\(error.description)")
    }
  }

  static func copyOfCatalog() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-eras-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Fixtures.url("Schemas/catalog"), to: folder)
    return folder
  }

  /// A fictional next 纲要 for the tests.
  static let next = """
    id: "2026"
    name: 示例纲要（2026—2030年）
    label: 2026—2030年纲要
    reportYears:
      first: 2026
      last: 2030
    signature:
      formula: 示例目标表述
      title: 纲要2026—2030
    follows: "2021"
    areas:
      - id: next_leadership
        title: 加强党的领导
        short: 党的领导
        aliases: []
        keywords: []
        continues: [party_leadership]
      - id: next_enforcement
        title: 健全行政执法工作体系
        short: 行政执法
        aliases: []
        keywords: []
        continues: [enforcement]

    """
}
