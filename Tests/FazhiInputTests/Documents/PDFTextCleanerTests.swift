import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("PDF text cleaning")
struct PDFTextCleanerTests {
  func texts(_ raw: String, layout: Bool = true) -> [String] {
    PDFTextCleaner.paragraphs(fromPDFText: raw, layout: layout).map(\.text)
  }

  @Test(arguments: [
    "— 3 —", "- 3 -", "－3－", "—3—", "第3页", "第 3 页 共 10 页", "共10页 第3页", "第3页/共10页", "一 3 一", "Page 3 of 10",
  ])
  func pageNumbersAnywhere(line: String) {
    #expect(LinePatterns.isPageNumber(line, atPageEdge: false))
  }

  @Test func bareNumbersOnlyAtPageEdges() {
    #expect(LinePatterns.isPageNumber("  12", atPageEdge: true))
    #expect(LinePatterns.isPageNumber("3/10", atPageEdge: true))
    #expect(!LinePatterns.isPageNumber("12", atPageEdge: false))
    #expect(!LinePatterns.isPageNumber("第3条", atPageEdge: true))
    #expect(!LinePatterns.isPageNumber("2024", atPageEdge: false))
  }

  @Test func headingStarts() {
    for heading in ["一、全面推进", "（一）研究", "(二)优化", "1.加强", "12、落实", "（3）开展", "第一条 总则", "第二部分"] {
      #expect(LinePatterns.isHeadingStart(heading), "\(heading)")
    }
    for body in ["一是加强学习", "1.5倍", "2023年", "上述工作", "（注：略）", "十分重要"] {
      #expect(!LinePatterns.isHeadingStart(body), "\(body)")
    }
  }

  @Test func sentenceEnds() {
    #expect(LinePatterns.endsSentence("工作。"))
    #expect(LinePatterns.endsSentence("现将有关情况报告如下："))
    #expect(LinePatterns.endsSentence("“一码画像”。”"))
    #expect(!LinePatterns.endsSentence("依法行政，"))
  }

  @Test func pageNumbersAndRunningHeadersAreDropped() {
    let bodies = ["依法行政", "严格执法", "公正司法", "全民守法"]
    let pages = bodies.enumerated().map { page, body in
      """
                   某市法治政府建设情况报告

          \(body)是本页的正文内容，足够长的一行文字用来占满整行宽度。
      \(body)继续。

                         — \(page + 1) —
      \u{0C}
      """
    }
    let result = texts(pages.joined())
    #expect(result == bodies.map { "\($0)是本页的正文内容，足够长的一行文字用来占满整行宽度。\($0)继续。" })
  }

  @Test func indentedParagraphsAreUnwrapped() {
    let raw = """
          一、全面推进法治政府建设
          （一）研究解决法治政府建设重点问题。严格执行《党政主
      要负责人履行推进法治建设第一责任人职责规定》，年度法治政
      府建设情况报告经常务会议审议通过。
          （二）积极打造示范标杆。全力争创全国示范区，工作取得
      实效。全年办结案件 120 件，比上年增长 15%，群众满意度达到
      98%。
          这一段只有一行。
          二、持续推进政府职能转变
      """
    #expect(
      texts(raw) == [
        "一、全面推进法治政府建设",
        "（一）研究解决法治政府建设重点问题。严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》，年度法治政府建设情况报告经常务会议审议通过。",
        "（二）积极打造示范标杆。全力争创全国示范区，工作取得实效。全年办结案件120件，比上年增长15%，群众满意度达到98%。",
        "这一段只有一行。",
        "二、持续推进政府职能转变",
      ])
  }

  @Test func unindentedTextJoinsFullLinesThatDoNotEndASentence() {
    let raw = """
      一、全面推进法治政府建设
      2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，深入学
      习贯彻党的二十大精神，圆满完成年度法治政府建设各项工作任务。
      （一）研究解决法治政府建设重点问题。严格执行第一责任人职责规
      定，年度报告经常务会议审议通过。
      短行不并入
      下一行。
      """
    #expect(
      texts(raw, layout: false) == [
        "一、全面推进法治政府建设",
        "2023年，我区坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，圆满完成年度法治政府建设各项工作任务。",
        "（一）研究解决法治政府建设重点问题。严格执行第一责任人职责规定，年度报告经常务会议审议通过。",
        "短行不并入", "下一行。",
      ])
  }

  @Test func tableColumnsAndSpacingArtifacts() {
    let raw = """
          主要指标如下：
          指标                       数值
          行政复议案件               120 件
          率 由 42.28% 提 升 至 99.95%， 电 子 证 照 配 置 率 提 升
      """
    let paragraphs = PDFTextCleaner.paragraphs(fromPDFText: raw, layout: true)
    #expect(paragraphs.map(\.text) == ["主要指标如下：", "指标\t数值", "行政复议案件\t120件", "率由42.28%提升至99.95%，电子证照配置率提升"])
    #expect(paragraphs.map(\.isTableRow) == [false, true, true, false])
  }

  @Test func blankLinesSeparateParagraphsAndPagesAreRecorded() {
    let raw = "甲段第一行文字比较长比较长比较长比较长\n甲段第二行\n\n乙段文字比较长比较长比较长比较长比较长\n\u{0C}乙段在下一页继续。\n\u{0C}"
    let paragraphs = PDFTextCleaner.paragraphs(fromPDFText: raw, layout: false)
    #expect(paragraphs.map(\.text) == ["甲段第一行文字比较长比较长比较长比较长甲段第二行", "乙段文字比较长比较长比较长比较长比较长乙段在下一页继续。"])
    #expect(paragraphs.map(\.page) == [1, 1])
  }

  /// LibreOffice sets a text file's paragraphs apart with blank lines and no indentation: there, a full line ending
  /// a sentence with no blank line after it is inside a paragraph; without the blank lines it is a paragraph end.
  @Test func blankLineBeforeEveryParagraphLetsASentenceEndContinue() {
    let separated = """
      甲段第一行写满整行宽度的文字共有二十字。
      甲段第二行接着写完。

      乙段第一行同样写满整行宽度的文字二十个，
      乙段第二行也写满整行宽度的文字共有二十。
      乙段第三行收尾。

      丙段只有一行。

      丁段也只有一行。
      """
    #expect(
      texts(separated) == [
        "甲段第一行写满整行宽度的文字共有二十字。甲段第二行接着写完。",
        "乙段第一行同样写满整行宽度的文字二十个，乙段第二行也写满整行宽度的文字共有二十。乙段第三行收尾。",
        "丙段只有一行。", "丁段也只有一行。",
      ])
    let unseparated = separated.split(separator: "\n").joined(separator: "\n")
    #expect(texts(unseparated).prefix(2) == ["甲段第一行写满整行宽度的文字共有二十字。", "甲段第二行接着写完。"])
  }
}
