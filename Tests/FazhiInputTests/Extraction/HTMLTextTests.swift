import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiTestSupport

@Suite("HTMLText 网页转文本")
struct HTMLTextTests {
  @Test func blocksEntitiesAndSkippedElements() {
    let html = """
      <html><head><title>示例县人民政府</title><style>p { color: red }</style>
      <script>var a = "<p>不要</p>";</script></head>
      <body><div class="crumb">当前位置：首页 &gt; 法治政府</div>
      <p>示例县2025年度法治政府建设情况报告</p>
      <p>一、主要举措和成效</p><p>全年受理行政复议申请&nbsp;12件，办结&#49;0件<br>第二行&ldquo;引号&rdquo;</p>
      <table><tr><td>发布时间：</td><td>2026-02-20</td></tr></table>
      <!-- 注释 <p>不要</p> -->
      </body></html>
      """
    let lines = HTMLText.lines(html).map(\.text)
    #expect(lines.contains("示例县2025年度法治政府建设情况报告"))
    #expect(lines.contains("全年受理行政复议申请 12件，办结10件"))
    #expect(lines.contains("第二行“引号”"))
    #expect(lines.contains("发布时间： 2026-02-20"))
    #expect(!lines.joined().contains("不要"))
    #expect(!lines.joined().contains("color"))
    #expect(!lines.joined().contains("示例县人民政府"))
  }

  @Test func linesPointIntoTheOriginal() throws {
    let html = "<div>\n  <p>第一段</p>\n  <p>\n    第二段</p>\n</div>"
    let lines = HTMLText.lines(html)
    #expect(lines.map(\.text) == ["第一段", "第二段"])
    #expect(lines[0].line == 2 && lines[0].column == 6)
    #expect(lines[1].line == 4 && lines[1].column == 5)
  }

  @Test func detectsHTML() {
    #expect(HTMLText.looksLikeHTML("<!DOCTYPE html><html>"))
    #expect(HTMLText.looksLikeHTML("正文<br>第二行"))
    #expect(!HTMLText.looksLikeHTML("一、示例县 a<b 的比较"))
  }
}
