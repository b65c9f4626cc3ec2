/// 比较键：the one definition of which characters count when two pieces of text are compared, and how they fold.
///
/// Reports write the same words with different spacing, punctuation and widths: “行政复议 受理”, 行政复议受理 and
/// 行政复议——受理 are one name; ＡＢＣ１２３ is abc123. A key keeps the characters that carry the words:
/// - dropped: white space, punctuation (P*), symbols (S*), separators (Z*), control (Cc) and format (Cf)
///   characters, default-ignorable scalars (zero-width spaces, variation selectors) and combining marks on a
///   dropped scalar (they are part of it);
/// - folded: full-width ASCII (Ａ, １, ！, U+FF01–FF5E) to its half-width form, then A–Z to a–z;
/// - kept as written: ideographs, letters and digits of every script, private-use characters.
///
/// Catalog lookups, "did you mean", duplicate headings, extraction's heading and alias matching and reuse
/// detection all compare through it. `halfWidth` is the width folding alone, for readers of digits and dates.
public enum TextKey {
  /// The key as a string: for lookups, dictionary keys and equality.
  public static func key(_ text: some StringProtocol) -> String {
    utf8Key(text)
  }

  /// The key as Unicode scalar values: for the indicator matcher's inner loops, which search, test prefixes and
  /// slice without UTF-8 decoding, grapheme breaking or String allocation.
  public static func scalars(_ text: some StringProtocol) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(text.utf8.count / 2)
    var folding = Folding()
    for scalar in text.unicodeScalars {
      if let kept = folding.fold(scalar) { out.append(kept.value) }
    }
    return out
  }

  /// The key as characters: for reuse detection, which counts, masks and shingles characters.
  public static func characters(_ text: some StringProtocol) -> [Character] {
    let key = key(text)
    return standAloneScalars(ofKey: key).map { $0.map(Character.init) } ?? Array(key)
  }

  /// The scalars of `key` when each is a character of its own, else nil. A key of Chinese characters and ASCII
  /// letters and digits only (most of a report) is one character per scalar: none of them joins a neighbour into
  /// one grapheme (their break class is Other, none is an emoji), and none is canonically equal to another, so
  /// comparing their scalars is comparing their characters. Reading them so skips the grapheme breaking of
  /// `Array(key)`, which walked every Chinese character on the slow path.
  static func standAloneScalars(ofKey key: String) -> [Unicode.Scalar]? {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(key.utf8.count / 3 + 1)
    for scalar in key.unicodeScalars {
      guard standsAlone(scalar) else { return nil }
      scalars.append(scalar)
    }
    return scalars
  }

  /// Whether a key scalar is always a character of its own: Chinese characters and the ASCII a key keeps.
  @inline(__always) static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x61...0x7A: true
    default: scalar.isHan
    }
  }

  /// Full-width ASCII (Ａ-Ｚ, ０-９, ！-～) and the ideographic space turned half-width; nothing dropped.
  public static func halfWidth(_ text: some StringProtocol) -> String {
    guard text.unicodeScalars.contains(where: { halfWidth($0) != $0 }) else { return String(text) }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { out.append(halfWidth(scalar)) }
    return String(out)
  }

  /// The half-width form of one scalar.
  @inline(__always) static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if scalar.value >= 0xFF01 && scalar.value <= 0xFF5E {
      // U+FF01–FF5E minus 0xFEE0 is U+0021–007E: one byte, which is always a scalar.
      return Unicode.Scalar(UInt8(scalar.value - 0xFEE0))
    }
    return scalar.value == 0x3000 ? " " : scalar
  }

  /// The key scalar by scalar, fed every scalar of a text in order (whether a combining mark counts depends on
  /// the scalar it sits on): for a caller that keeps each kept scalar's place in the original text (`EraText`).
  public struct Folding {
    /// Whether the last base scalar counted (true at the start: a mark opening the text stands alone).
    var baseCounted = true

    public init() {}

    /// The scalar's folded form, nil when the key drops it.
    @inline(__always) public mutating func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
      let half = TextKey.halfWidth(scalar)
      switch TextKey.kind(of: half) {
      case .counted:
        baseCounted = true
        // A–Z to a–z: one byte, always a scalar.
        return half.value >= 0x41 && half.value <= 0x5A ? Unicode.Scalar(UInt8(half.value + 0x20)) : half
      case .dropped:
        baseCounted = false
        return nil
      case .mark:
        return baseCounted ? half : nil
      }
    }

    /// Folds `scalars` in order and appends the kept ones' values to `key`. The loop runs here, where `fold` is
    /// inlined: a caller in another module pays a call for every scalar it folds one by one.
    public mutating func fold(_ scalars: ArraySlice<Unicode.Scalar>, into key: inout [UInt32]) {
      for scalar in scalars {
        if let kept = fold(scalar) { key.append(kept.value) }
      }
    }

    public mutating func fold(_ scalars: String.UnicodeScalarView, into key: inout [UInt32]) {
      for scalar in scalars {
        if let kept = fold(scalar) { key.append(kept.value) }
      }
    }
  }

  enum Kind { case counted, dropped, mark }

  /// The definition, for one (already half-width) scalar.
  @inline(__always) static func kind(of scalar: Unicode.Scalar) -> Kind {
    let v = scalar.value
    if v < 0x80 { return asciiCounts(v) ? .counted : .dropped }
    // Chinese characters, most of a report: always counted.
    if scalar.isHan { return .counted }
    return kind(byProperties: scalar)
  }

  /// Letters and digits: the ASCII that counts, as a bitmap over 0–127.
  @inline(__always) static func asciiCounts(_ v: UInt32) -> Bool {
    // 0-9 (bits 48–57), A-Z (65–90), a-z (97–122).
    v < 64 ? (0x03FF_0000_0000_0000 as UInt64) >> v & 1 != 0 : (0x07FF_FFFE_07FF_FFFE as UInt64) >> (v - 64) & 1 != 0
  }

  /// The definition from Unicode properties, for any scalar.
  static func kind(byProperties scalar: Unicode.Scalar) -> Kind {
    let properties = scalar.properties
    if properties.isDefaultIgnorableCodePoint || properties.isWhitespace { return .dropped }
    switch properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      return .dropped
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return .mark
    default:
      return .counted
    }
  }
}
