import Testing

@testable import FazhiCore

@Suite("DisplayColumns 显示宽度") struct DisplayColumnsTests {
  @Test(arguments: [
    ("abc", 3), ("行政复议", 8), ("纠错率12%", 9), ("（一）", 6), ("\u{3000}\u{3000}第一", 8), ("ＡＢ", 4),
    ("e\u{301}", 1), ("“示例”", 6), ("\t", 1), ("", 0),
  ])
  func countsWideCharactersTwice(text: String, columns: Int) {
    #expect(DisplayColumns.of(text) == columns)
  }

  @Test func ambiguousPunctuationIsWideOnlyWhenAsked() {
    #expect(DisplayColumns.of("——") == 2)
    #expect(DisplayColumns.of("——", ambiguousIsWide: true) == 4)
  }

  @Test func wideCharactersAreChineseTextNotLatin() {
    #expect(DisplayColumns.isWide("示"))
    #expect(DisplayColumns.isWide("，"))
    #expect(DisplayColumns.isWide("𠀀"))
    #expect(!DisplayColumns.isWide("A"))
    #expect(!DisplayColumns.isWide("2"))
    #expect(!DisplayColumns.isWide(" "))
  }
}
