import FazhiCore
import FazhiInput
import Foundation

/// The catalog as Swift values: loaded by the one catalog loader (`Catalog.load(from:)`), so the compiled catalog
/// is exactly what loading the YAML gives, then spelled out spec by spec.
enum CatalogSource {
  static func generate(from directory: URL) throws -> String {
    let catalog = try Catalog.load(from: directory)
    let version = try Catalog.version(in: directory)
    let indent = "    "
    return """
      // Generated at build time by FazhiCodegen from Schemas/catalog/*.yaml (the one source); do not edit.
      import FazhiCore
      import Foundation

      extension Catalog {
        /// Schemas/catalog/*.yaml as values.
        static let compiled = Catalog(
          parts: \(L.list(catalog.parts.map(part), indent: indent)),
          frameworks: \(L.list(catalog.frameworks.map(framework), indent: indent)),
          indicators: \(L.list(catalog.indicators.map(indicator), indent: indent)),
          relations: \(L.list(catalog.relations.map(relation), indent: indent)),
          placeholders: \(L.list(catalog.placeholders.map(L.string), indent: indent)),
          stockPhrases: \(L.list(catalog.stockPhrases.map(L.string), indent: indent)),
          eraMarkers: \(L.list(catalog.eraMarkers.map(eraMarker), indent: indent)),
          lookBackCues: \(L.list(catalog.lookBackCues.map(L.string), indent: indent)),
          hollowPhrases: \(L.list(catalog.hollowPhrases.map(L.string), indent: indent)),
          slogans: \(L.list(catalog.slogans.map(L.string), indent: indent)),
          placeholderFigures: \(L.list(catalog.placeholderFigures.map(L.string), indent: indent)),
          selfReferenceExceptions: \(L.list(catalog.selfReferenceExceptions.map(L.string), indent: indent)),
          selfReferenceRanks: \(L.intsByText(catalog.selfReferenceRanks)),
          causeLeadIns: \(L.list(catalog.causeLeadIns.map(L.string), indent: indent)),
          deadlineWords: \(L.list(catalog.deadlineWords.map(L.string), indent: indent)),
          partListEnds: \(L.list(catalog.partListEnds.map(L.string), indent: indent)))

        /// `version` in Schemas/catalog/version.yaml.
        static let compiledVersion = \(L.string(version))
      }

      """
  }

  typealias L = SwiftLiteral

  static func part(_ p: PartSpec) -> String {
    L.call(
      "PartSpec",
      [
        "id": L.rawValue(p.id), "key": L.string(p.key), "heading": L.string(p.heading), "required": "\(p.required)",
        "aliases": L.strings(p.aliases), "description": L.string(p.description),
      ])
  }

  static func eraMarker(_ m: EraMarkerSpec) -> String {
    L.call(
      "EraMarkerSpec",
      [
        "words": L.strings(m.words), "current": "\(m.current.lowerBound)...\(m.current.upperBound)",
        "successor": L.string(m.successor),
      ])
  }

  static func framework(_ f: FrameworkSpec) -> String {
    L.call(
      "FrameworkSpec",
      [
        "id": L.string(f.id), "name": L.string(f.name), "label": L.string(f.label),
        "reportYears": "\(f.reportYears.lowerBound)...\(f.reportYears.upperBound)",
        "goalFormula": L.string(f.goalFormula),
        "signature": L.call(
          "FrameworkSpec.Signature", ["formula": L.string(f.signature.formula), "title": L.string(f.signature.title)]),
        "follows": L.string(f.follows), "areas": L.list(f.areas.map(area), indent: "      "),
      ])
  }

  static func area(_ a: AreaSpec) -> String {
    L.call(
      "AreaSpec",
      [
        "id": L.string(a.id), "title": L.string(a.title), "short": L.string(a.short),
        "aliases": L.strings(a.aliases), "keywords": L.strings(a.keywords), "continues": L.strings(a.continues),
      ])
  }

  static func indicator(_ i: IndicatorSpec) -> String {
    L.call(
      "IndicatorSpec",
      [
        "id": L.string(i.id), "label": L.string(i.label), "unit": L.string(i.unit), "kind": L.rawValue(i.kind),
        "area": L.string(i.area), "direction": L.rawValue(i.direction), "aliases": L.strings(i.aliases),
        "description": L.string(i.description),
      ])
  }

  static func relation(_ r: RelationSpec) -> String {
    L.call(
      "RelationSpec",
      [
        "id": L.string(r.id), "kind": L.rawValue(r.kind), "name": L.string(r.name), "terms": L.strings(r.terms),
        "total": L.string(r.total), "limit": L.decimal(r.limit), "rate": L.string(r.rate),
        "numerator": L.strings(r.numerator),
        "denominator": L.string(r.denominator), "tolerance": L.decimal(r.tolerance),
        "severity": L.rawValue(r.severity),
      ])
  }
}
