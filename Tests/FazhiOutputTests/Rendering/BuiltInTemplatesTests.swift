import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiOutput
@testable import FazhiTestSupport

/// The templates compiled into fazhi are Templates/ as it is, and the library finds them without any file.
@Suite struct BuiltInTemplatesTests {
  static func templateFiles() throws -> [String] {
    let root = Fixtures.url("Templates")
    let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
    return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".stencil") }.sorted()
  }

  @Test func everyTemplateFileIsBuiltIn() throws {
    let files = try Self.templateFiles()
    #expect(files.contains("report/standard.stencil") && files.contains("_shared/opening.stencil"))
    #expect(BuiltInTemplates.files.keys.sorted() == files)
    for file in files {
      let text = try TemplateLibrary.read(Fixtures.url("Templates/" + file).path)
      #expect(TemplateLibrary.builtIn(file) == text, "\(file)")
    }
  }

  @Test func builtInEntriesAreNamedByTheirSourcePath() throws {
    let library = TemplateLibrary(userDirectory: nil)
    let standard = try library.locate("standard")
    #expect(standard.isBundled)
    #expect(standard.path == "Templates/report/standard.stencil")
    #expect(try library.text(of: standard) == TemplateLibrary.read(Fixtures.url("Templates/report/standard.stencil").path))
    #expect(library.reportTemplates().map(\.name) == ["flat", "standard"])
    #expect(throws: FazhiError.self) { try library.locate("nosuch") }
  }

  /// A user template may include a built-in partial it does not copy (`_shared/opening.stencil`).
  @Test func userTemplateIncludesBuiltInPartial() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-templates-\(UUID())")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("report"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let own = "{% include \"_shared/opening.stencil\" %}\n{% paragraph %}自拟正文{% endparagraph %}\n"
    try Data(own.utf8).write(to: dir.appendingPathComponent("report/own.stencil"))
    let renderer = ReportRenderer(catalog: try Fixtures.catalog(), templatesDirectory: dir)
    let document = try renderer.render(try RenderingTests.example(), template: "own")
    #expect(document.title.contains("示例县2025年度法治政府建设情况报告"))
    // The partial gave the title and the preamble (导语); the user's template the last paragraph.
    #expect(document.blocks.count == 2)
    #expect(document.blocks.last == .paragraph(lead: nil, text: "自拟正文"))
  }
}
