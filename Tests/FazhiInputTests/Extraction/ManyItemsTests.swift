import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// A report whose paragraphs each enumerate ten items (一是…十是…): every item is a heading, an area of the
/// achievements and a figure. Extraction keeps compact positions instead of copies for them (issue 10; the memory
/// itself is measured by Tests/Benchmarks/hostile-inputs.sh); these tests hold that nothing is lost or reordered.
@Suite("一是…十是… 密集的报告")
struct ManyItemsTests {
  static let paragraphs = 60
  static let ordinals = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"]

  struct Expected {
    var title: String
    var summary: String
    var line: Int
    var column: Int
  }

  /// The fictional report and, item by item, what its area should hold. Item n (from 1) counts n 件, except that
  /// every paragraph's last item repeats the count of the report's first item: that fact is kept once, where it
  /// is first read.
  static func report() -> (text: String, items: [Expected]) {
    var lines = ["示例县人民政府关于2025年度法治政府建设情况的报告", "一、主要举措和成效"]
    var items: [Expected] = []
    for p in 0..<paragraphs {
      var line = ""
      for (k, ordinal) in ordinals.enumerated() {
        let count = k == 9 ? 1 : p * 10 + k + 1
        let title = "做好第\(p + 1)批第\(k + 1)项工作，办结\(count)件"
        let summary = title + (k == 9 ? "。" : "；")
        items.append(
          Expected(title: title, summary: summary, line: lines.count + 1, column: line.unicodeScalars.count + 1))
        line += ordinal + summary
      }
      lines.append(line)
    }
    return (lines.joined(separator: "\n") + "\n", items)
  }

  @Test func everyItemIsAnAreaInReadingOrder() throws {
    let (text, expected) = Self.report()
    let result = try ExtractionFixture.extract(text)
    let report = try #require(result.report)
    #expect(report.achievements.count == expected.count)
    for (area, item) in zip(report.achievements, expected) {
      #expect(area.title == item.title)
      #expect(area.summary == item.summary)
      #expect(area.location == TextLocation(file: "示例县.txt", line: item.line, column: item.column))
    }
    #expect(result.headingCount == 1 + expected.count)
    #expect(result.flatHeadings.count == 1 + expected.count)
    #expect(result.summary.contains("\(1 + expected.count) 个标题"))
  }

  @Test func figuresAreKeptOnceWhereFirstRead() throws {
    let (text, expected) = Self.report()
    let report = try #require(try ExtractionFixture.extract(text).report)
    let counted = report.facts.filter { $0.label == "办结" }
    // Nine distinct counts a paragraph (its tenth repeats 1件, the first item's), each once.
    #expect(counted.count == Self.paragraphs * 9)
    let ones = counted.filter { $0.quantity == Quantity(value: 1, unit: "件") }
    #expect(ones.count == 1)
    #expect(ones.first?.location?.line == expected[0].line)
    let places = counted.compactMap { $0.location.map { [$0.line, $0.column] } }
    #expect(places.count == counted.count)
    #expect(zip(places, places.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
  }

  @Test func theReportAloneIsTheSameReport() throws {
    let (text, _) = Self.report()
    let full = try ExtractionFixture.extract(text)
    let alone = try ReportExtractor(catalog: Fixtures.catalog(), detail: .report)
      .extract(data: Data(text.utf8), path: "示例县.txt")
    #expect(alone.report == full.report)
    #expect(alone.diagnostics == full.diagnostics)
    #expect(alone.summary == full.summary)
    #expect(alone.headingCount == full.flatHeadings.count)
    #expect(alone.headings.isEmpty && alone.cleanedText.isEmpty)
    #expect(!full.cleanedText.isEmpty)
  }
}
