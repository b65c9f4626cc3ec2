import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct HTMLWriterTests {
  @Test func isAStandalonePageWithoutRequests() throws {
    let html = try WriterFixtures.string(HTMLWriter().write(WriterFixtures.sampleReport()))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<title>示例县人民政府关于2025年度法治政府建设情况的报告</title>"))
    #expect(html.contains("<h1 class=\"title\">示例县人民政府关于2025年度<br>法治政府建设情况的报告</h1>"))
    for request in ["<script", "<link", "src=", "@import", "url(", "http://", "https://"] {
      #expect(!html.contains(request), "unexpected \(request)")
    }
  }

  @Test func linksTheTableOfContentsToHeadingIDs() throws {
    let html = try WriterFixtures.string(HTMLWriter().write(WriterFixtures.sampleReport()))
    #expect(html.contains("<h2 id=\"h-1\" class=\"level-1\"><span class=\"number\">一、</span>2025年度推进"))
    #expect(html.contains("<h3 id=\"h-1-1\" class=\"level-2\">"))
    #expect(
      html.contains(
        "<span id=\"h-1-1-1\" class=\"run-in level-3\" role=\"heading\" aria-level=\"4\">1.健全推进机制。</span>"))
    #expect(html.contains("<h3 id=\"h-1-2\" class=\"level-2\">"))
    #expect(html.contains("<h4 id=\"h-1-2-1\" class=\"level-3\">"))
    #expect(html.contains("<h5 id=\"h-1-2-1-1\" class=\"level-4\">"))
    #expect(html.contains("<h2 id=\"h-3\" class=\"level-1\">"))
    #expect(html.contains("<nav class=\"toc\" aria-label=\"目录\">"))
    #expect(html.contains("<li class=\"toc-1\"><a href=\"#h-2\"><span class=\"number\">二、</span>存在的不足和原因</a></li>"))
    #expect(html.contains("<li class=\"toc-2\"><a href=\"#h-1-2\">"))
    let bare = try WriterFixtures.string(
      HTMLWriter(includesTableOfContents: false).write(WriterFixtures.sampleReport()))
    #expect(!bare.contains("<nav") && bare.contains("id=\"h-1\""))
  }

  @Test func printsTheGongwenLayout() throws {
    let html = try WriterFixtures.string(HTMLWriter().write(WriterFixtures.sampleReport()))
    #expect(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"))
    let print = try #require(html.range(of: "@media print {")).upperBound
    let printCSS = String(html[print...])
    #expect(printCSS.contains("font-size: 16pt; line-height: 28.9pt;"))
    #expect(printCSS.contains("\"FangSong_GB2312\", \"仿宋_GB2312\", \"FangSong\", \"仿宋\", \"STFangsong\""))
    #expect(printCSS.contains("font-family: \"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"小标宋\""))
    #expect(printCSS.contains("font-size: 22pt"))
    #expect(printCSS.contains(".toc { display: none; }"))
    #expect(html.contains(".document h2, .document h3, .document h4, .document h5, .document p { text-indent: 2em; }"))
    #expect(html.contains("<p class=\"signature closing\">示例县人民政府</p>\n<p class=\"date\">2026年2月20日</p>"))
    #expect(html.contains("<p class=\"recipients\">中共示例市委、示例市人民政府：</p>"))
  }

  @Test func escapesUserTextAndRemovesControlCharacters() throws {
    let output = try HTMLWriter().write(WriterFixtures.hostileReport())
    let html = try WriterFixtures.string(output)
    #expect(html.contains("示例县&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;报告"))
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;b&gt;加粗&lt;/b&gt; &amp; 其他"))
    #expect(html.contains("表情👍、扩展B区𠀀、符号 &amp; &lt; &gt; &quot; &#39;"))
    #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(output.warnings.first?.hasPrefix("已删除 3 个 XML 不允许的控制字符") == true)
  }
}
