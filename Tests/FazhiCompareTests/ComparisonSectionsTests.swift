import Foundation
import Testing

@testable import FazhiCompare
@testable import FazhiCore
@testable import FazhiTestSupport

/// The section model decides once what the text, Markdown and HTML reports show; the reporters only lay it out.
@Suite struct ComparisonSectionsTests {
  func comparison() throws -> ReportComparison {
    try ReportComparator(catalog: ComparisonFixtures.catalog)
      .compare(
        this: ComparisonFixtures.this, last: ComparisonFixtures.last, thisFile: "示例县-2025.yaml",
        lastFile: "示例县-2024.yaml")
  }

  @Test func entriesComeFromTheComparisonWithTheirPlacesAndFigures() throws {
    let c = try comparison()
    let sections = ComparisonSections(c)
    #expect(sections.coverage.droppedItems.map(\.title) == c.coverage.droppedItems.map(\.title))
    #expect(sections.coverage.droppedItems.allSatisfy { !$0.place.isEmpty })
    #expect(sections.coverage.droppedSectionCount == c.coverage.droppedParts.count + c.coverage.droppedAreas.count)
    #expect(sections.figures.missingIndicators == c.missingIndicators.map(\.label))
    #expect(sections.figures.indicators.map(\.label) == c.indicators.map(\.label))
    #expect(sections.stale.entries.map(\.message) == c.staleReferences.map(\.message))
    #expect(sections.plans.entries.count == c.planFollowUps.count)
    // The side-by-side view marks every reused sentence of this year and links it to last year's.
    for m in c.reuse.matches {
      #expect(sections.sideBySide.this.marks[m.this.id] == m.kind.rawValue)
      #expect(sections.sideBySide.this.links[m.this.id] == m.last.id)
    }
  }

  @Test func everyHumanReadableReportShowsTheSameEntries() throws {
    let c = try comparison()
    let sections = ComparisonSections(c)
    let text = ComparisonTextReporter().render(c)
    let markdown = ComparisonMarkdownReporter().render(c)
    let html = ComparisonHTMLReporter().render(c)
    #expect(!sections.figures.missingIndicators.isEmpty)
    for label in sections.figures.missingIndicators + sections.coverage.droppedItems.map(\.title) {
      #expect(text.contains(label))
      #expect(markdown.contains(label))
      #expect(html.contains(label))
    }
    for heading in [
      ComparisonSections.Coverage.heading, ComparisonSections.Figures.heading, ComparisonSections.Reuse.heading,
      ComparisonSections.Stale.heading, ComparisonSections.Plans.heading,
    ] {
      #expect(text.contains(heading.numbered))
      #expect(markdown.contains("## " + heading.numbered))
    }
  }
}
