import Foundation

extension Catalog {
  /// All areas of all frameworks.
  public var allAreas: [AreaSpec] { frameworks.flatMap(\.areas) }

  /// The catalog entry of a part: its key, heading, aliases and description.
  ///
  /// Every catalog has one entry per `ReportPart` (`Catalog.init` requires it, the loader checks parts.yaml
  /// before building one), so the lookup cannot miss.
  public func part(_ part: ReportPart) -> PartSpec {
    guard let spec = parts.first(where: { $0.id == part }) else {
      preconditionFailure("Catalog.init requires an entry for every ReportPart; \(part.rawValue) is missing")
    }
    return spec
  }

  /// The part whose YAML key is `key`.
  public func part(key: String) -> PartSpec? { parts.first { $0.key == key } }

  /// The indicator with this id.
  public func indicator(id: String) -> IndicatorSpec? { index.indicator(id: id).map { indicators[$0] } }

  /// The indicator a user means by `name`: its label, its id, or one of its aliases (exact match after
  /// comparing `TextKey`s).
  public func indicator(named name: String) -> IndicatorSpec? {
    index.indicator(named: name).map { indicators[$0] }
  }

  /// The area a user means by `name` in the given framework: id, title, short name or alias.
  public func area(named name: String, in framework: FrameworkSpec) -> AreaSpec? {
    index.area(named: name, inFramework: framework.id).map { framework.areas[$0] }
  }

  /// The area with this id in any framework.
  public func area(id: String) -> AreaSpec? { index.area(id: id) }
}
