import FazhiCore

/// 占位符：the marks of a text still being written (TODO, XX, ××, 【待填】, the catalog's `placeholders` and the
/// scaffold's marker), each prepared once for searching (`LiteralSearch.Needle`): `placeholder` reports them,
/// `duplicate_heading` and the substance rules leave a text holding one alone, and loading leaves an indicator
/// written as one out of the figures. Made once per catalog, by the loader and by the validator.
package struct PlaceholderMarkers: Sendable {
  /// Every marker, longest first: a longer marker covers a shorter one inside it (×× in ×××).
  package let all: [LiteralSearch.Needle]
  /// The markers that count wherever they stand. One of ASCII letters only (TODO, XX) is a placeholder only when
  /// it stands alone, not inside a Latin word (XXL), which only the placeholder rule looks at.
  package let anywhere: [LiteralSearch.Needle]

  package init(_ catalog: Catalog) {
    let markers = (catalog.placeholders + [Scaffold.marker]).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    all = markers.map(LiteralSearch.Needle.init)
    anywhere = all.filter { !Self.isLatinWord($0.text) }
  }

  /// Whether a marker is made of ASCII letters only (TODO, XX).
  package static func isLatinWord(_ marker: String) -> Bool {
    marker.allSatisfy { $0.isASCII && $0.isLetter }
  }
}
