import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct RenderingTests {
  static let fixedDate = ReportDate(year: 2026, month: 2, day: 20)

  static func example() throws -> Report {
    try #require(try ReportLoader(catalog: try Fixtures.catalog()).load(path: Fixtures.examplePath).report)
  }

  @Test func contextGolden() throws {
    let context = TemplateContext(report: try Self.example(), catalog: try Fixtures.catalog(), generatedOn: Self.fixedDate, version: "0.0.0-test")
    try Golden.check(context.json, name: "示例县-2025.context.json")
  }

  @Test(arguments: ["standard", "flat"])
  func renderedGoldens(template: String) throws {
    let catalog = try Fixtures.catalog()
    let context = TemplateContext(report: try Self.example(), catalog: catalog, generatedOn: Self.fixedDate, version: "0.0.0-test")
    let document = try ReportRenderer(catalog: catalog).render(context: context, template: template)
    let text = String(decoding: try PlainTextWriter().write(document).data, as: UTF8.self)
    let markdown = String(decoding: try MarkdownWriter().write(document).data, as: UTF8.self)
    try Golden.check(text, name: "示例县-2025.\(template).txt")
    try Golden.check(markdown, name: "示例县-2025.\(template).md")
    for needle in ["一、", "二、", "三、", "四、", "2026年2月20日", "示例县人民政府"] { #expect(text.contains(needle)) }
  }

  /// Writes templates into a temporary --templates folder.
  static func templates(_ files: [String: Data]) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-tpl-\(UUID())")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("report"), withIntermediateDirectories: true)
    for (name, data) in files { try data.write(to: dir.appendingPathComponent("report/\(name)")) }
    return dir
  }

  @Test func crlfAndBOMRenderLikeLF() throws {
    let catalog = try Fixtures.catalog()
    let lf = try Fixtures.text("Templates/report/standard.stencil")
    let crlf = Data([0xEF, 0xBB, 0xBF]) + Data(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let dir = try Self.templates(["crlf.stencil": crlf])
    defer { try? FileManager.default.removeItem(at: dir) }
    let renderer = ReportRenderer(catalog: catalog, templatesDirectory: dir)
    let report = try Self.example()
    let a = try PlainTextWriter().write(try renderer.render(report, template: "standard", generatedOn: Self.fixedDate)).data
    let b = try PlainTextWriter().write(try renderer.render(report, template: "crlf", generatedOn: Self.fixedDate)).data
    #expect(a == b)
  }

  @Test(arguments: [
    ("{{ titel }}\n", 1, "titel"),
    ("{{ title }}\n{% for area in achievements %}\n{{ area.titel }}\n{% endfor %}\n", 3, "titel"),
  ])
  func unknownVariableNamesTemplateAndLine(template: String, line: Int, name: String) throws {
    let dir = try Self.templates(["bad.stencil": Data(template.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let error = try #require(throws: FazhiError.self) {
      try ReportRenderer(catalog: try Fixtures.catalog(), templatesDirectory: dir).render(try Self.example(), template: "bad")
    }
    #expect(error.kind == .template)
    #expect(error.path?.hasSuffix("bad.stencil:\(line)") == true, "\(error)")
    #expect(error.message.contains(name))
  }

  @Test func privateUseMarkersCannotForgeAHeading() throws {
    var report = try Self.example()
    let forged = "\u{E000}heading\u{E001}1\u{E001}伪造的标题\u{E002}"
    report.preamble = "导语" + forged
    report.firstResponsible = [Item(title: forged, text: forged)]
    let document = try ReportRenderer(catalog: try Fixtures.catalog()).render(report, generatedOn: Self.fixedDate)
    let headings = document.blocks.compactMap { block -> String? in
      if case .heading(_, _, let text) = block { return text } else { return nil }
    }
    #expect(!headings.contains("伪造的标题"))
    let text = String(decoding: try PlainTextWriter().write(document).data, as: UTF8.self)
    #expect(text.contains("导语" + forged), "the user's characters are kept, as text")
  }

  /// Every private-use character the renderer reserves, and the ones its escape uses, survive drafting in
  /// every text format, in any order and next to each other.
  @Test func privateUseCharactersInUserTextSurvive() throws {
    var report = try Self.example()
    let reserved = String(String.UnicodeScalarView((0xE000...0xE01F).compactMap(Unicode.Scalar.init)))
    let tricky = reserved + "\u{E00F}\u{E00F}\u{E010}\u{E00F}甲\u{E01F}\u{E00F}"
    report.preamble = "导语" + tricky
    report.metadata.jurisdiction = "示例县\u{E005}"
    let document = try ReportRenderer(catalog: try Fixtures.catalog()).render(report, generatedOn: Self.fixedDate)
    for writer in [PlainTextWriter() as any DocumentWriter, MarkdownWriter(), HTMLWriter()] {
      let text = String(decoding: try writer.write(document).data, as: UTF8.self)
      #expect(text.contains("导语" + tricky), "\(type(of: writer))")
      #expect(text.contains("示例县\u{E005}"), "\(type(of: writer))")
    }
  }

  @Test func userTemplateShadowsBundled() throws {
    let dir = try Self.templates(["standard.stencil": Data("{% heading 1 1 %}自定义{% endheading %}\n".utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let library = TemplateLibrary(userDirectory: dir)
    let entry = try library.locate("standard")
    #expect(!entry.isBundled)
    #expect(library.reportTemplates().first { $0.name == "standard" }?.isBundled == false)
    #expect(library.reportTemplates().contains { $0.name == "flat" && $0.isBundled })
    let document = try ReportRenderer(catalog: try Fixtures.catalog(), templatesDirectory: dir).render(try Self.example())
    #expect(document.blocks.contains { if case .heading(_, "一、", "自定义") = $0 { return true } else { return false } })
  }

  /// The number travels beside the text: a title opening with digits (2025年…) is never read as part of the marker.
  @Test func headingNumbersComeFromTheTagNotTheText() throws {
    let template = """
      {% heading 3 2 %}2025年重点工作{% endheading %}
      {% lead 4 3 %}1.5万人次参加培训{% endlead %}
      正文。
      {% heading 1 %}不编号的标题{% endheading %}

      """
    let dir = try Self.templates(["standard.stencil": Data(template.utf8)])
    defer { try? FileManager.default.removeItem(at: dir) }
    let document = try ReportRenderer(catalog: try Fixtures.catalog(), templatesDirectory: dir).render(try Self.example())
    #expect(document.blocks.contains(.heading(level: 3, number: "2.", text: "2025年重点工作")))
    let lead = RunInHeading(level: 4, number: "（3）", text: "1.5万人次参加培训")
    #expect(document.blocks.contains(.paragraph(lead: lead, text: "正文。")))
    #expect(document.blocks.contains(.heading(level: 1, number: "", text: "不编号的标题")))
  }

  /// A batch drafts distinct reports on several threads through one renderer, which parses each template and
  /// partial once: every draft must be what a renderer of its own makes.
  @Test func oneRendererDraftsManyReportsAtOnce() throws {
    let catalog = try Fixtures.catalog()
    let example = try Self.example()
    let reports = (0..<16).map { i -> Report in
      var report = example
      report.metadata.jurisdiction = "示例县\(i)"
      report.achievements = Array(example.achievements.prefix(i % 5 + 1))
      return report
    }
    let expected = try reports.map {
      try PlainTextWriter().write(try ReportRenderer(catalog: catalog).render($0, generatedOn: Self.fixedDate)).data
    }
    let shared = ReportRenderer(catalog: catalog)
    var drafts: [Data?] = []
    Batch.run(count: reports.count, width: 4) { i in
      try? PlainTextWriter().write(try shared.render(reports[i], generatedOn: Self.fixedDate)).data
    } consume: { _, data in
      drafts.append(data)
    }
    #expect(drafts == expected)
  }

  /// The parsed template is kept only when parsing succeeds: the same error every time, and an unknown variable
  /// still comes before a syntax error.
  @Test func templateErrorsRepeatOnEveryRender() throws {
    let dir = try Self.templates([
      "broken.stencil": Data("{{ title }}\n{% if %}\n".utf8), "both.stencil": Data("{{ titel }}\n{% if %}\n".utf8),
    ])
    defer { try? FileManager.default.removeItem(at: dir) }
    let renderer = ReportRenderer(catalog: try Fixtures.catalog(), templatesDirectory: dir)
    let report = try Self.example()
    for _ in 0..<2 {
      let syntax = try #require(throws: FazhiError.self) { try renderer.render(report, template: "broken") }
      #expect(syntax.message.contains("模板语法错误"), "\(syntax)")
      let unknown = try #require(throws: FazhiError.self) { try renderer.render(report, template: "both") }
      #expect(unknown.message.contains("titel"), "\(unknown)")
    }
  }
}
