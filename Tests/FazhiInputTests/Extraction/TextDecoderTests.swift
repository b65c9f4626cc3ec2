import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

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
    #expect(decoded.text.hasPrefix("示例县"))
  }

  @Test func gb18030IsDetectedFromContent() throws {
    let data = try #require(sample.data(using: GB18030.encoding))
    #expect(String(data: data, encoding: .utf8) == nil)
    let decoded = try TextDecoder.decode(data, path: "示例县.txt")
    #expect(decoded.encoding == .gb18030)
    #expect(decoded.text == sample)
  }

  @Test func utf16WithBOM() throws {
    let data = try #require(sample.data(using: .utf16LittleEndian))
    let decoded = try TextDecoder.decode(Data([0xFF, 0xFE]) + data)
    #expect(decoded.encoding == .utf16LittleEndian)
    #expect(decoded.text == sample)
  }

  @Test(arguments: [
    (Data(), "空"),
    (Data("  \n\r\n ".utf8), "空"),
    (Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), "二进制"),
  ])
  func refusesUnusableBytes(data: Data, word: String) {
    #expect {
      try TextDecoder.decode(data, path: "x.txt")
    } throws: { error in
      guard let error = error as? FazhiError else { return false }
      return error.kind == .unreadableInput && error.message.contains(word)
    }
  }

  @Test func refusesMixedEncodings() throws {
    let gbk = try #require("示例县司法局".data(using: GB18030.encoding))
    let mixed = Data("一、示例县".utf8) + gbk + Data([0x80, 0xFF])
    #expect(throws: FazhiError.self) { try TextDecoder.decode(mixed) }
  }

  @Test func refusesOversizedInput() {
    let big = Data(repeating: 0x41, count: TextDecoder.maximumSize + 1)
    #expect {
      try TextDecoder.decode(big)
    } throws: { error in
      (error as? FazhiError)?.message.contains("过大") ?? false
    }
  }
}
