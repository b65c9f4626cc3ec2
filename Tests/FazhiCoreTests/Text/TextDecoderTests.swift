import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

/// The one byte decoder for report data (YAML) and published reports.
@Suite("TextDecoder 编码识别")
struct TextDecoderTests {
  let sample = "示例县2025年度法治政府建设情况报告\r\n一、主要举措和成效\r\n"

  @Test func utf8WithoutBOM() throws {
    let decoded = try TextDecoder.decode(Data(sample.utf8))
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text == sample)
  }

  @Test func utf8WithBOM() throws {
    let decoded = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data(sample.utf8))
    #expect(decoded.encoding == .utf8BOM)
    #expect(decoded.text == sample)
  }

  @Test(arguments: [TextDecoder.Limit.publishedReport, .reportData])
  func gb18030IsDetectedFromContent(limit: TextDecoder.Limit) throws {
    let data = try #require(sample.data(using: TextDecoder.gb18030))
    #expect(String(validatingUTF8Data: data) == nil)
    let decoded = try TextDecoder.decode(data, path: "示例县.txt", limit: limit)
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text == sample)
  }

  /// Strict UTF-8 accepts exactly the bytes that decode without repair: random byte strings of valid text, cut
  /// sequences, overlong forms, surrogates, code points past U+10FFFF and stray continuation bytes, against the
  /// repairing decoder.
  @Test func strictUTF8AcceptsExactlyTheBytesDecodedWithoutRepair() {
    var generator = SeededRandom(seed: 20_261_207)
    let pieces: [[UInt8]] = [
      Array("示例县".utf8), Array("a\r\n".utf8), Array("😀".utf8), Array("é".utf8), [0x00], [0xE7, 0xA4], [0x80],
      [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC4, 0xE3],
    ]
    for _ in 0..<500 {
      let bytes = (0..<Int.random(in: 0...8, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
      let repaired = String(decoding: bytes, as: UTF8.self)
      let strict = String(validatingUTF8Data: Data(bytes))
      #expect(strict == (Array(repaired.utf8) == bytes ? repaired : nil))
    }
  }

  @Test func utf16WithBOM() throws {
    let little = try #require(sample.data(using: .utf16LittleEndian))
    let decoded = try TextDecoder.decode(Data([0xFF, 0xFE]) + little)
    #expect(decoded.encoding == .utf16LittleEndian)
    #expect(decoded.text == sample)
    let big = try #require(sample.data(using: .utf16BigEndian))
    #expect(try TextDecoder.decode(Data([0xFE, 0xFF]) + big).text == sample)
  }

  /// Emptiness is for the caller to judge: empty report data is a finding, an empty page is refused by extraction.
  @Test func emptyBytesAreEmptyText() throws {
    #expect(try TextDecoder.decode(Data()).text == "")
    #expect(try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF]), limit: .reportData).text == "")
  }

  static let unusable: [(Data, String)] = {
    let pdf = Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])
    let nul: Data = Data("年度: 2025\n".utf8) + Data([0x00]) + Data("报告主体: 示例县\n".utf8)
    let badAfterBOM: Data = Data([0xEF, 0xBB, 0xBF]) + Data("示例县".utf8) + Data([0xC4, 0xE3])
    return [(pdf, "二进制"), (nul, "二进制"), (badAfterBOM, "标明为 UTF-8")]
  }()

  @Test(arguments: unusable)
  func refusesUnusableBytes(data: Data, word: String) {
    #expect {
      try TextDecoder.decode(data, path: "x.txt")
    } throws: { error in
      guard let error = error as? FazhiError else { return false }
      return error.kind == .unreadableInput && error.message.contains(word)
    }
  }

  @Test func refusesMixedEncodings() throws {
    let gbk = try #require("示例县司法局".data(using: TextDecoder.gb18030))
    let mixed = Data("一、示例县".utf8) + gbk + Data([0x80, 0xFF])
    #expect(throws: FazhiError.self) { try TextDecoder.decode(mixed) }
  }

  @Test(arguments: [TextDecoder.Limit.publishedReport, .reportData])
  func refusesOversizedInput(limit: TextDecoder.Limit) {
    #expect(throws: Never.self) { try TextDecoder.decode(Data(repeating: 0x41, count: limit.bytes), limit: limit) }
    #expect {
      try TextDecoder.decode(Data(repeating: 0x41, count: limit.bytes + 1), limit: limit)
    } throws: { error in
      (error as? FazhiError)?.message.contains("上限 \(limit.bytes / 1_048_576) MB") ?? false
    }
  }
}
