import FazhiCore
import FazhiInput

extension ValidationContext {
  /// Every piece of prose in the report, in file order, with its path.
  public var textSpans: [TextSpan] {
    derived.textSpans { TextSpan.spans(of: report, catalog: catalog, positions: positions) }
  }
}
