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
  /// normalising full-width characters and spaces).
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

/// Normalises text for lookups: full-width ASCII to half-width, spaces removed, Chinese punctuation unified.
public enum TextNormalizer {
  /// A lookup key: half-width, no white space, no quotes.
  public static func key(_ text: String) -> String {
    // Most names (Chinese labels and aliases) need no change; they are returned without building a copy.
    func dropped(_ scalar: Unicode.Scalar) -> Bool { Whitespace.isWhitespaceOrNewline(scalar) || isQuote(scalar) }
    guard text.unicodeScalars.contains(where: { dropped($0) || halfWidth($0) != $0 }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let half = halfWidth(scalar)
      if !dropped(half) { out.append(half) }
    }
    return String(out)
  }

  /// Full-width ASCII forms (Ａ-Ｚ, ０-９, ！-～) and the ideographic space turned half-width.
  public static func halfWidth(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { halfWidth($0) != $0 }) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { out.append(halfWidth(scalar)) }
    return String(out)
  }

  static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value >= 0xFF01 && scalar.value <= 0xFF5E, let half = Unicode.Scalar(scalar.value - 0xFEE0) {
      return half
    }
    return scalar.value == 0x3000 ? " " : scalar
  }

  /// The quotes a key leaves out: “ ” " ' ‘ ’ 「 」.
  static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "“", "”", "\"", "'", "‘", "’", "「", "」": true
    default: false
    }
  }
}
