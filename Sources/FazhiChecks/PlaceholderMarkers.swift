import FazhiCore

/// 占位符：the marks of a text still being written (TODO, XX, ××, 【待填】, the catalog's `placeholders` and the
/// scaffold's marker), each prepared once for searching (`LiteralSearch.Needle`): `placeholder` reports them,
/// `duplicate_heading` and the substance rules leave a text holding one alone.
struct PlaceholderMarkers: Sendable {
  /// Every marker, longest first: a longer marker covers a shorter one inside it (×× in ×××).
  let all: [LiteralSearch.Needle]
  /// The markers that count wherever they stand. One of ASCII letters only (TODO, XX) is a placeholder only when
  /// it stands alone, not inside a Latin word (XXL), which only the placeholder rule looks at.
  let anywhere: [LiteralSearch.Needle]

  init(_ catalog: Catalog) {
    let markers = (catalog.placeholders + [Scaffold.marker]).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    all = markers.map(LiteralSearch.Needle.init)
    anywhere = all.filter { !Self.isLatinWord($0.text) }
  }

  /// Whether a marker is made of ASCII letters only (TODO, XX).
  static func isLatinWord(_ marker: String) -> Bool {
    marker.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
