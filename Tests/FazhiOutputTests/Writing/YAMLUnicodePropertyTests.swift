import Foundation
import Testing

@testable import FazhiTestSupport
import Yams

@testable import FazhiOutput

/// Property: every string, whatever its characters (all planes, C0 and C1 controls, NEL, U+2028/2029, U+FEFF,
/// U+FFFE/FFFF, U+0000), written by `YAMLText` as a value, a key, a list entry or inside a comment, reads back
/// through Yams as exactly the same scalars. A fixed seed keeps failures reproducible; the failing string is
/// printed as scalar values. One thing no writer can keep: Yams decodes every scalar through Foundation, which
/// drops a leading U+FEFF (byte order mark), so a value's leading BOM is expected to be lost, nothing else.
@Suite struct YAMLUnicodePropertyTests {

  /// Scalars drawn from buckets, so that the rare troublemakers are common here.
  static func randomScalar(_ g: inout SeededRandom) -> Unicode.Scalar {
    let specials: [UInt32] = [0x0, 0x85, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF, 0xFFFD, 0x3000, 0xE000, 0xE00F]
    let indicators = Array("-?:,[]{}#&*!|>'\"%@`~ \\=<.0123456789eE+".unicodeScalars)
    let value: UInt32
    switch Int.random(in: 0..<10, using: &g) {
    case 0: value = specials.randomElement(using: &g) ?? 0
    case 1: value = indicators.randomElement(using: &g)?.value ?? 0x20
    case 2: value = [0x09, 0x0A, 0x0D, 0x20].randomElement(using: &g) ?? 0x20
    case 3: value = UInt32.random(in: 0...0x1F, using: &g)
    case 4: value = UInt32.random(in: 0x7F...0x9F, using: &g)
    case 5: value = UInt32.random(in: 0x4E00...0x9FFF, using: &g)
    case 6: value = UInt32.random(in: 0x300...0x36F, using: &g)  // combining marks
    case 7: value = UInt32.random(in: 0x10000...0x10FFFF, using: &g)  // planes 1–16
    case 8: value = UInt32.random(in: 0x21...0x7E, using: &g)
    default: value = UInt32.random(in: 0xA0...0xFFFF, using: &g)
    }
    // Surrogate code points are not scalars; anything else is.
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  static func randomString(_ g: inout SeededRandom) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...16, using: &g) { text.append(randomScalar(&g)) }
    return String(text)
  }

  static func shown(_ text: String) -> String {
    text.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
  }

  /// The scalar under `key` in a mapping node.
  static func value(of key: String, in node: Node?) -> String? {
    guard case .mapping(let mapping)? = node else { return nil }
    return mapping.first { $0.key.string.map { Array($0.unicodeScalars) } == Array(key.unicodeScalars) }?.value.string
  }

  @Test func randomUnicodeRoundTripsThroughTheWriterAndYams() throws {
    var g = SeededRandom(seed: 2026)
    var failures: [String] = []
    for _ in 0..<3000 {
      let text = Self.randomString(&g)
      var y = YAMLText()
      y.comment("由 fazhi extract 从 \(text) 提取")
      y.pair("值", text)
      y.pair("块", text + "\n")
      y.open("列表")
      y.entry(text.isEmpty ? "空" : text, indent: 2)
      y.pair(text.isEmpty ? "空键" : text, "键值", indent: 0, comment: text)
      let node: Node?
      do {
        node = try Yams.compose(yaml: y.text)
      } catch {
        failures.append("[\(Self.shown(text))] does not parse: \(error)")
        continue
      }
      let same = { (read: String?, expected: String) -> Bool in
        var scalars = Array(expected.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return read.map { Array($0.unicodeScalars) == scalars } ?? false
      }
      if !same(Self.value(of: "值", in: node), text) { failures.append("[\(Self.shown(text))] value") }
      if !same(Self.value(of: "块", in: node), text + "\n") { failures.append("[\(Self.shown(text))] block value") }
      var keyScalars = Array((text.isEmpty ? "空键" : text).unicodeScalars)
      if keyScalars.first == "\u{FEFF}" { keyScalars.removeFirst() }
      let readKey = Self.value(of: String(String.UnicodeScalarView(keyScalars)), in: node)
      if !same(readKey, "键值") { failures.append("[\(Self.shown(text))] key") }
      if case .mapping(let m)? = node, let list = m.first(where: { $0.key.string == "列表" })?.value.sequence?.first?.string {
        if !same(list, text.isEmpty ? "空" : text) { failures.append("[\(Self.shown(text))] entry") }
      } else {
        failures.append("[\(Self.shown(text))] entry missing")
      }
      if failures.count > 20 { break }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }
}
