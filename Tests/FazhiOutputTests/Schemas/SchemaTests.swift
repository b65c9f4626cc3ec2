import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct SchemaTests {
  @Test func committedSchemaIsFresh() throws {
    let committed = try Fixtures.text("Schemas/report.schema.json")
    let generated = ReportSchemaGenerator.generate(catalog: try Fixtures.catalog())
    #expect(committed == generated, "Schemas/report.schema.json is stale: run `swift run fazhi schema -o Schemas/report.schema.json --force`")
  }

  /// Runs Python's jsonschema over a YAML file; nil when python3, PyYAML or jsonschema is missing.
  static func pythonValidates(_ yamlPath: String) throws -> Bool? {
    let script = """
      import sys, json
      try:
          import yaml, jsonschema
      except ImportError:
          sys.exit(3)
      # fazhi reads YAML 1.2 (as editors do): 2026-02-20 is a string, not a PyYAML 1.1 timestamp.
      class Loader(yaml.SafeLoader): pass
      Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:timestamp'] for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
      schema = json.load(open(sys.argv[1], encoding='utf-8'))
      data = yaml.load(open(sys.argv[2], encoding='utf-8'), Loader=Loader)
      errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))
      for e in errors: print(e.message, file=sys.stderr)
      sys.exit(1 if errors else 0)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, Fixtures.url("Schemas/report.schema.json").path, yamlPath]
    process.standardError = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0: return true
    case 1: return false
    default: return nil
    }
  }

  @Test func jsonSchemaAcceptsTheExampleAndRejectsABrokenFile() throws {
    guard let accepted = try Self.pythonValidates(Fixtures.examplePath) else {
      print("SchemaTests: skipped — python3 with PyYAML and jsonschema is not available")
      return
    }
    #expect(accepted, "jsonschema rejects Examples/示例县-2025.yaml")
    let broken = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-schema-\(UUID()).yaml")
    try "年度: 二〇二五\n报告主体: [示例县]\n层级: 村级\n".write(to: broken, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: broken) }
    #expect(try Self.pythonValidates(broken.path) == false)
  }

  @Test func bundledCatalogIsConsistent() throws {
    let catalog = try Fixtures.catalog()
    #expect(!catalog.parts.isEmpty && !catalog.indicators.isEmpty && !catalog.relations.isEmpty)
    for ids in [catalog.parts.map(\.id.rawValue), catalog.indicators.map(\.id), catalog.relations.map(\.id), catalog.allAreas.map(\.id)] {
      #expect(Set(ids).count == ids.count, "duplicate ids")
    }
    var owner: [String: String] = [:]
    for indicator in catalog.indicators {
      for name in Set([indicator.label] + indicator.aliases) {
        if let other = owner[name] { Issue.record("「\(name)」names both \(other) and \(indicator.id)") }
        owner[name] = indicator.id
      }
    }
    let indicatorIDs = Set(catalog.indicators.map(\.id))
    for relation in catalog.relations {
      let named = relation.indicatorIDs
      #expect(!named.isEmpty)
      if relation.kind == .sumAtMost { #expect((relation.total == nil) != (relation.limit == nil), "\(relation.id): total or limit") }
      for id in named { #expect(indicatorIDs.contains(id), "relation \(relation.id) names unknown indicator \(id)") }
    }
    let areaIDs = Set(catalog.allAreas.map(\.id))
    for indicator in catalog.indicators {
      if let area = indicator.area { #expect(areaIDs.contains(area), "\(indicator.id) names unknown area \(area)") }
    }
  }
}
