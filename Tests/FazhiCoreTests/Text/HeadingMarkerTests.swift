import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

/// The one parser and producer of heading markers (一、（一）1.（1）一是 第一，).
@Suite struct HeadingMarkerTests {
  @Test(arguments: [
    ("一、加强组织领导", HeadingStyle.chineseComma, 1, "加强组织领导"),
    ("十二、其他", .chineseComma, 12, "其他"),
    ("(一)完善制度", .chineseParen, 1, "完善制度"),
    ("（三）完善制度", .chineseParen, 3, "完善制度"),
    ("1.精心谋划", .arabicDot, 1, "精心谋划"),
    ("2、精心谋划", .arabicDot, 2, "精心谋划"),
    ("3．精心谋划", .arabicDot, 3, "精心谋划"),
    ("３、完善合法性审核", .arabicDot, 3, "完善合法性审核"),
    ("(1)细化任务", .arabicParen, 1, "细化任务"),
    ("（12）细化任务", .arabicParen, 12, "细化任务"),
    ("二是健全行政复议体制", .inlineOrdinal, 2, "健全行政复议体制"),
    ("第一，压实责任", .ordinalWord, 1, "压实责任"),
    ("一、\u{3000}全角空格之后", .chineseComma, 1, "全角空格之后"),
  ])
  func parsesEveryStyle(line: String, style: HeadingStyle, number: Int, body: String) throws {
    let chars = Array(line.unicodeScalars)
    let marker = try #require(HeadingMarker.parse(chars))
    #expect(marker.style == style)
    #expect(marker.number == number)
    #expect(!marker.isMalformed)
    #expect(String(String.UnicodeScalarView(chars[marker.bodyStart...])) == body)
  }

  @Test(arguments: [
    "", "一", "加强组织领导", "2025年，示例县", "1.2万人次参加", "1.5万人次参加培训", "（注：无）", "12345热线", "“一网通办”",
    "三十余家单位参加", "第一 ", "一 ", "12 ",
  ])
  func findsNoMarker(line: String) {
    #expect(HeadingMarker.parse(Array(line.unicodeScalars)) == nil)
    #expect(HeadingMarker.leading(in: line) == nil)
  }

  @Test func damagedMarkersAreRecognisedButNotReportedAsWritten() throws {
    let lost = try #require(HeadingMarker.parse(Array(")统筹谋划法治政府建设。印发工作要点。".unicodeScalars)))
    #expect(lost.style == .chineseParen && lost.number == nil && lost.isMalformed)
    let open = try #require(HeadingMarker.parse(Array("(二完善制度体系".unicodeScalars)))
    #expect(open.style == .chineseParen && open.number == 2 && open.isMalformed && open.written == "(二")
    #expect(HeadingMarker.parse(Array("(一是加强".unicodeScalars)) == nil)
    // A hand-typed number the validator reports is an intact one.
    #expect(HeadingMarker.leading(in: "(二完善制度体系") == nil)
    #expect(HeadingMarker.leading(in: "（一 ") == nil)
  }

  @Test(arguments: [
    ("一、加强组织领导", "一、"),
    ("（三）推进严格规范公正文明执法", "（三）"),
    ("(2)规范性文件备案", "(2)"),
    ("12.开展执法案卷评查", "12."),
    ("３、完善合法性审核", "３、"),
    ("二是健全行政复议体制", "二是"),
    ("第一，压实责任", "第一，"),
    ("  \t一、开头有空白", "一、"),
    ("\u{3000}（一）全角空格开头", "（一）"),
  ])
  func findsTheLeadingMarker(text: String, marker: String) {
    #expect(HeadingMarker.leading(in: text) == marker)
    // The rest of a long paragraph does not matter.
    #expect(HeadingMarker.leading(in: text + String(repeating: "依法行政。", count: 500) + "  ") == marker)
  }

  @Test(arguments: [
    (1, 1, "一、"), (10, 1, "十、"), (11, 1, "十一、"), (20, 1, "二十、"), (21, 1, "二十一、"), (11, 2, "（十一）"), (12, 3, "12."),
    (13, 4, "（13）"), (2, 9, "（2）"),
  ])
  func producesGBT9704Markers(n: Int, level: Int, marker: String) {
    #expect(HeadingStyle(level: level).marker(n) == marker)
  }

  /// What the producer writes, the parser reads back as the same style and number: 一是 and 第一， included.
  @Test func producerAndParserAgree() throws {
    let styles = HeadingStyle.allCases.filter { $0 != .leadSentence }
    for style in styles {
      for n in 1...40 {
        let marker = try #require(HeadingMarker.parse(Array((style.marker(n) + "加强组织领导").unicodeScalars)), "\(style) \(n)")
        #expect(marker.style == style && marker.number == n && marker.written == style.marker(n), "\(style) \(n)")
      }
    }
  }

  /// The outline skips decoding lines whose first scalar cannot open a marker: `parse` must find none in any of
  /// them, and every written marker must open with a scalar `mayStart` accepts.
  @Test func mayStartAcceptsEveryScalarAMarkerOpensWith() {
    var generator = SeededRandom(seed: 20_261_208)
    let alphabet = Array("一二三四五六七八九十第是、，,．.（）()１２3 \u{3000}法治a：".unicodeScalars)
    for _ in 0..<3000 {
      let chars = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      guard let first = chars.first, let marker = HeadingMarker.parse(chars) else { continue }
      #expect(HeadingMarker.mayStart(with: first), "\(String(String.UnicodeScalarView(chars))) → \(marker.written)")
    }
    for scalar in "法示a：，。 \u{3000}“《【".unicodeScalars {
      #expect(!HeadingMarker.mayStart(with: scalar))
    }
  }
}
