import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiOutput
@testable import FazhiTestSupport

/// fazhi's own Markdown draft, read back by `extract`, gives what the same draft as plain text gives: the Markdown
/// syntax the writer adds (headings, bold run-in titles, escapes, hard breaks, tables) is all removed again.
@Suite struct MarkdownDraftRoundTripTests {
  @Test(arguments: ["standard", "flat"])
  func markdownDraftExtractsAsTheTextDraftDoes(template: String) throws {
    let catalog = try Fixtures.catalog()
    let example = try #require(try ReportLoader(catalog: catalog).load(path: Fixtures.examplePath).report)
    let context = TemplateContext(
      report: example, catalog: catalog, generatedOn: ReportDate(year: 2026, month: 2, day: 20), version: "0.0.0-test")
    let document = try ReportRenderer(catalog: catalog).render(context: context, template: template)
    let extractor = ReportExtractor(catalog: catalog)
    let text = extractor.extract(data: try PlainTextWriter().write(document).data, path: "草稿.txt")
    let markdown = extractor.extract(data: try MarkdownWriter().write(document).data, path: "草稿.md")
    let fromText = try #require(text.report)
    let fromMarkdown = try #require(markdown.report)

    #expect(fromMarkdown.metadata.issuer == "示例县人民政府")
    #expect(fromMarkdown.metadata.jurisdiction == fromText.metadata.jurisdiction)
    #expect(fromMarkdown.metadata.issuer == fromText.metadata.issuer)
    #expect(fromMarkdown.metadata.title == fromText.metadata.title)
    #expect(fromMarkdown.metadata.year == fromText.metadata.year)
    #expect(fromMarkdown.metadata.recipients == fromText.metadata.recipients)
    #expect(fromMarkdown.metadata.date == fromText.metadata.date)
    #expect(markdown.parts == text.parts)
    #expect(!markdown.parts.isEmpty)
    #expect(markdown.flatHeadings.map { "\($0.level) \($0.marker)\($0.text)" } == text.flatHeadings.map { "\($0.level) \($0.marker)\($0.text)" })
    #expect(fromMarkdown.achievements.flatMap(\.items).map(\.title) == fromText.achievements.flatMap(\.items).map(\.title))
    #expect(fromMarkdown.shortcomings.map { [$0.problem, $0.cause ?? ""] } == fromText.shortcomings.map { [$0.problem, $0.cause ?? ""] })
    #expect(fromMarkdown.nextYearPlans.map(\.title) == fromText.nextYearPlans.map(\.title))
    #expect(fromMarkdown.indicators.map { "\($0.id)=\($0.raw)" } == fromText.indicators.map { "\($0.id)=\($0.raw)" })
    #expect(!fromMarkdown.indicators.isEmpty)
    #expect(fromMarkdown.facts.map { "\($0.label)=\($0.sentence)" } == fromText.facts.map { "\($0.label)=\($0.sentence)" })
  }
}
