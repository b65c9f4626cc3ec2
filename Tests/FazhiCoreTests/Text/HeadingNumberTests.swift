import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct HeadingNumberTests {
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
  func findsTheMarker(text: String, marker: String) {
    #expect(HeadingNumber.leadingMarker(in: text) == marker)
    // The rest of a long paragraph does not matter.
    #expect(HeadingNumber.leadingMarker(in: text + String(repeating: "依法行政。", count: 500) + "  ") == marker)
  }

  @Test(arguments: [
    "", "   ", "加强组织领导", "1.5万人次参加培训", "第一 ", "（一 ", "一 ", "12 ", "三十余家单位参加", "2025年，示例县",
  ])
  func findsNoMarker(text: String) {
    #expect(HeadingNumber.leadingMarker(in: text) == nil)
  }
}
