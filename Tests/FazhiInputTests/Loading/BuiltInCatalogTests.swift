import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport
import FazhiCatalog

/// The catalog compiled into fazhi (the EmbedData plugin's Swift values) is the catalog the YAML files give.
@Suite struct BuiltInCatalogTests {
  static var folder: URL { Fixtures.url("Schemas/catalog") }

  @Test func compiledCatalogIsWhatTheYAMLLoads() throws {
    let loaded = try Catalog.load(from: Self.folder)
    let compiled = Catalog.bundled()
    // Field by field first, so a difference names the part of the catalog that differs.
    #expect(compiled.parts == loaded.parts)
    #expect(compiled.frameworks == loaded.frameworks)
    #expect(compiled.indicators == loaded.indicators)
    #expect(compiled.relations == loaded.relations)
    #expect(compiled.placeholders == loaded.placeholders)
    #expect(compiled.stockPhrases == loaded.stockPhrases)
    #expect(compiled == loaded)
    // Decimal equality ignores how a value is spelled; the tolerances must also print alike in messages.
    #expect(compiled.relations.map { $0.tolerance?.description } == loaded.relations.map { $0.tolerance?.description })
  }

  @Test func versionIsTheOneInVersionYAML() throws {
    let version = try Catalog.version(in: Self.folder)
    #expect(Catalog.bundledVersion == version)
    #expect(version.wholeMatch(of: /20[0-9]{2}\.[1-9][0-9]*/) != nil, "version.yaml: 年份.序号, not \(version)")
  }

  @Test func aFolderWithoutVersionIsAnError() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-catalog-\(UUID())")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    #expect(throws: FazhiError.self) { try Catalog.version(in: empty) }
  }
}
