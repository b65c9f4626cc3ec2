import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// The five mandated parts: `ReportPart` in code, `Schemas/catalog/parts.yaml` as data, held to each other.
@Suite struct CatalogPartsTests {
  @Test func everyPartHasOneCatalogEntryAndEveryEntryIsAPart() throws {
    let text = try Fixtures.text("Schemas/catalog/parts.yaml")
    // Read the ids straight from the file, so an entry the loader would refuse is named here too.
    let ids = text.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("- id:") else { return nil }
      return trimmed.dropFirst("- id:".count).trimmingCharacters(in: .whitespaces)
    }
    #expect(ids.sorted() == ReportPart.allCases.map(\.rawValue).sorted())
    #expect(ids == ReportPart.allCases.map(\.rawValue), "parts.yaml lists the parts in the order of art. 25")
    let catalog = try Fixtures.catalog()
    for part in ReportPart.allCases {
      let spec = catalog.part(part)
      #expect(spec.id == part)
      #expect(!spec.key.isEmpty && !spec.heading.isEmpty && !spec.description.isEmpty)
    }
    #expect(catalog.parts.filter { !$0.required }.map(\.id) == [.other])
  }

  @Test func loaderRefusesPartsThatDoNotMatchTheEnum() throws {
    let source = Fixtures.url("Schemas/catalog")
    let parts = try Fixtures.text("Schemas/catalog/parts.yaml")
    let cases: [(String, String, String)] = [
      ("unknown id", parts.replacingOccurrences(of: "id: other", with: "id: others"), "others"),
      (
        "missing part",
        String(parts[..<parts.range(of: "  - id: other")!.lowerBound]), "缺少法定部分 other"
      ),
      ("twice", parts + "\n" + parts[parts.range(of: "  - id: other")!.lowerBound...], "法定部分 other 出现了两次"),
    ]
    for (name, text, expected) in cases {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-parts-\(UUID().uuidString)")
      try FileManager.default.copyItem(at: source, to: folder)
      defer { try? FileManager.default.removeItem(at: folder) }
      try text.write(to: folder.appendingPathComponent("parts.yaml"), atomically: true, encoding: .utf8)
      let error = try #require(throws: FazhiError.self, "\(name)") { try Catalog.load(from: folder) }
      #expect(error.description.contains(expected), "\(name): \(error.description)")
    }
  }

  @Test func partsAreOrderedAsArticle25() {
    #expect(ReportPart.allCases.sorted() == [.achievements, .shortcomings, .firstResponsible, .nextYear, .other])
    #expect(ReportPart.nextYear < ReportPart.other && !(ReportPart.other < ReportPart.achievements))
  }
}
