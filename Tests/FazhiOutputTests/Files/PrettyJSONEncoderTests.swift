import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

/// `PrettyJSONEncoder` writes the same bytes as Foundation's `JSONEncoder` with the options `extract` used.
@Suite struct PrettyJSONEncoderTests {
  static func foundation<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func pretty<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try PrettyJSONEncoder().encode(value), as: UTF8.self)
  }

  @Test func extractionResultsMatchJSONEncoder() throws {
    let text = """
      示例县2024年度法治政府建设情况报告
      发布时间：2025-02-18　来源：示例县司法局
      2024年，示例县深入学习贯彻习近平法治思想。现将有关情况报告如下：
      一、主要举措和成效
      （一）推进严格规范公正文明执法
      1.规范执法行为。全面落实行政执法三项制度，组织执法人员培训12场次，培训4.3万余人次。
      2.化解行政争议。全年共收到行政复议申请90件，其中受理80件，行政机关负责人出庭应诉率达100%。
      二、存在的不足和原因
      一是基层执法力量薄弱，原因是编制不足。二是复议案件审理期限偏长，原因是人员紧缺。
      """
    let result = try ExtractionFixture.extract(text, path: "dir/示例县 \"2024\".txt")
    #expect(try Self.pretty(result) == Self.foundation(result))
    let failed = try ExtractionFixture.extract("", path: "empty.txt")
    #expect(try Self.pretty(failed) == Self.foundation(failed))
  }

  @Test func seedReportsMatchJSONEncoder() throws {
    guard SeedCorpus.isAvailable else { return }
    let extractor = ReportExtractor(catalog: try Fixtures.catalog())
    for file in try SeedCorpus.files() {
      let result = extractor.extract(data: try Data(contentsOf: file), path: file.path)
      #expect(try Self.pretty(result) == Self.foundation(result), "\(file.lastPathComponent)")
    }
  }

  struct Sample: Encodable {
    var text = "quote \" backslash \\ slash / tab \t newline \n cr \r bell \u{07} unit \u{1F} nul \u{0} 中文 😀"
    var empty = ""
    var missing: String? = nil
    var numbers: [Double] = [0, 1, -0.5, 0.1, 1e20, 123_456.789, -0.0]
    var floats: [Float] = [1, 2.5]
    var integers: [Int64] = [Int64.min, 0, Int64.max]
    var small: [UInt8] = [0, 255]
    var decimal = Decimal(string: "97.20")!
    var big = Decimal(string: "123456789012345678901234567890")!
    var flags = [true, false]
    var date = Date(timeIntervalSinceReferenceDate: 86_400.5)
    var data = Data([0, 1, 2, 250])
    var url = URL(string: "https://example.org/a b?c=d")
    var nothing: [String] = []
    var emptyObject: [String: Int] = [:]
    var keys: [String: Int] = ["b": 1, "B": 2, "a10": 3, "a9": 4, "_x": 5, "中": 6, "Z": 7, "": 8]
    var nested: [[String: [Int?]]] = [["x": [1, nil]], [:]]
  }

  @Test func edgeCasesMatchJSONEncoder() throws {
    #expect(try Self.pretty(Sample()) == Self.foundation(Sample()))
    #expect(try Self.pretty([String]()) == Self.foundation([String]()))
    #expect(try Self.pretty("top level") == Self.foundation("top level"))
    #expect(try Self.pretty(Decimal(string: "0.5")!) == Self.foundation(Decimal(string: "0.5")!))
  }

  @Test func everyASCIICharacterAtEveryPositionMatchesJSONEncoder() throws {
    var strings: [String] = []
    for value in UInt8(0)..<0x80 {
      for position in 0..<18 {
        var bytes = Array("中文abcdefghijkl".utf8).prefix(18)
        bytes[position] = value
        strings.append(String(decoding: bytes, as: UTF8.self))
      }
    }
    #expect(try Self.pretty(strings) == Self.foundation(strings))
  }

  struct Optionals: Encodable {
    var zeta: Int? = nil
    var alpha: String? = nil
    var middle = 0
  }

  @Test func objectsOfOneTypeWithDifferentKeysMatchJSONEncoder() throws {
    let values = [
      Optionals(), Optionals(zeta: 1), Optionals(zeta: 1, alpha: "a"), Optionals(alpha: "b"), Optionals(zeta: 2),
      Optionals(),
    ]
    #expect(try Self.pretty(values) == Self.foundation(values))
  }

  struct Manual: Encodable {
    enum Keys: String, CodingKey { case a, b, c, `super` }
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Keys.self)
      try container.encode(1, forKey: .b)
      try container.encodeNil(forKey: .a)
      try container.encode(2, forKey: .b)  // the last value wins
      var list = container.nestedUnkeyedContainer(forKey: .c)
      try list.encode("x")
      var inner = list.nestedContainer(keyedBy: Keys.self)
      try inner.encode(true, forKey: .a)
      let parent = container.superEncoder()
      var single = parent.singleValueContainer()
      try single.encode("parent")
    }
  }

  @Test func handWrittenEncodingsMatchJSONEncoder() throws {
    #expect(try Self.pretty(Manual()) == Self.foundation(Manual()))
  }

  /// Remembers, weakly, the encoder it was encoded with.
  final class Probe: Encodable {
    weak var encoder: AnyObject?
    func encode(to encoder: any Encoder) throws {
      self.encoder = encoder as AnyObject
      var container = encoder.container(keyedBy: Manual.Keys.self)
      try container.encode("x", forKey: .a)
    }
  }

  @Test func encodersAreReleasedAfterEncoding() throws {
    let probe = Probe()
    _ = try PrettyJSONEncoder().encode([["probe": probe]])
    #expect(probe.encoder == nil, "a nested encoder outlived the encoding (a reference cycle in the tree)")
  }

  struct Nothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
  }

  @Test func errorsMatchJSONEncoder() throws {
    #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode(Nothing()) }
    #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode([Double.nan]) }
    #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode(["x": Double.infinity]) }
    #expect(try Self.pretty([Nothing()]) == Self.foundation([Nothing()]))
  }
}
