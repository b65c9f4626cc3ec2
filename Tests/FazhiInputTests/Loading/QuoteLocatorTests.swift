import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

/// `QuoteLocator` finds quoted texts in one forward pass (issue 10); these check it against the plain computation.
@Suite struct QuoteLocatorTests {
  /// The 导语 of a report file and the file's position map.
  static func preamble(_ yaml: String) throws -> (TextSpan, PositionMap) {
    let catalog = try Fixtures.catalog()
    let loaded = ReportLoader(catalog: catalog).load(text: yaml, file: "t.yaml")
    let spans = TextSpan.spans(of: try #require(loaded.report), catalog: catalog, positions: loaded.positions)
    return (try #require(spans.first { $0.path == ReportKey.preamble }), loaded.positions)
  }

  /// A 导语 written as a literal block: every value line is indented by two spaces, so the value's scalar at
  /// `offset` sits on line 4 + (line breaks before it), column 3 + (scalars since the last break).
  static func plainLocation(of offset: Int, in scalars: [Unicode.Scalar]) -> String {
    let before = scalars[..<offset]
    let line = 4 + before.filter { $0 == "\n" }.count
    let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
    return "\(line):\(3 + offset - lineStart)"
  }

  /// Random text from a few characters that repeat a lot (so a needle occurs many times before its own place),
  /// queried at random offsets in text order, some twice: each answer is where the plain computation puts it.
  @Test(arguments: 1...20 as ClosedRange<UInt64>)
  func agreesWithThePlainComputationOnRandomText(seed: UInt64) throws {
    var random = SeededRandom(seed: seed)
    let alphabet: [Unicode.Scalar] = ["受", "理", "件", "1", "0", "2", "，", "。", "县"]
    var lines: [String] = []
    for _ in 0..<Int.random(in: 1...12, using: &random) {
      let length = Int.random(in: 1...60, using: &random)
      lines.append(String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &random)! })))
    }
    let value = lines.joined(separator: "\n")
    let yaml = "年度: 2025\n报告主体: 示例县\n导语: |-\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
    let (span, positions) = try Self.preamble(yaml)
    #expect(span.text == value)

    let scalars = Array(value.unicodeScalars)
    var locator = positions.quoteLocator(for: span)
    var offset = 0
    while offset < scalars.count {
      // A needle of 1–3 scalars that stays on its line (one across a break is not in the file as written).
      let lineEnd = scalars[offset...].firstIndex(of: "\n") ?? scalars.count
      if lineEnd > offset {
        let end = min(lineEnd, offset + Int.random(in: 1...3, using: &random))
        let needle = String(String.UnicodeScalarView(scalars[offset..<end]))
        for _ in 0..<Int.random(in: 1...2, using: &random) {
          let found = locator.location(of: needle, at: offset).map { "\($0.line):\($0.column)" }
          #expect(found == Self.plainLocation(of: offset, in: scalars), "seed \(seed), 「\(needle)」 at \(offset)")
        }
      }
      offset += Int.random(in: 1...9, using: &random)
    }
  }

  /// A request before the previous one starts again from the span's start, still giving the text's own place.
  @Test func aRequestOutOfOrderIsStillFound() throws {
    let yaml = "年度: 2025\n报告主体: 示例县\n导语: 受理1件，受理1件，受理1件。\n"
    let (span, positions) = try Self.preamble(yaml)
    var locator = positions.quoteLocator(for: span)
    #expect(locator.location(of: "受理1件", at: 10).map(\.column) == 15)
    #expect(locator.location(of: "受理1件", at: 5).map(\.column) == 10)
    let index = span.text.index(span.text.startIndex, offsetBy: 5)
    #expect(locator.location(of: "受理1件", at: index).map(\.column) == 10)
  }
}
