import Foundation
import FazhiCore
import FazhiInput

/// An arithmetic slip of the prose, located in the file.
struct LocatedSlip {
  var slip: ArithmeticSlip
  var location: TextLocation?
}

extension ValidationContext {
  /// Every sentence whose own figures contradict each other (`ProseArithmetic`), located at the figure.
  var arithmeticSlips: [LocatedSlip] {
    let spans = textSpans.filter { !$0.isTitle }
    return derived.arithmeticSlips(count: spans.count) { index in
      let span = spans[index]
      let slips = ProseArithmetic.slips(in: span.text, listEnds: catalog.partListEnds)
      let locations = positions.locations(of: slips.map { ($0.offset, $0.raw) }, in: span.text, at: span.path)
      return zip(slips, locations).map { LocatedSlip(slip: $0, location: $1) }
    }
  }
}
