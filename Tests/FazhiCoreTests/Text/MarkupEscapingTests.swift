import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct MarkupEscapingTests {
  @Test(arguments: [
    ("", ""),
    ("示例县人民政府", "示例县人民政府"),
    ("A&B <c> \"d\" 'e'", "A&amp;B &lt;c&gt; &quot;d&quot; &#39;e&#39;"),
    ("第一行\n第二行", "第一行\n第二行"),
    // A combining mark makes `<́` one Character; the `<` must still be escaped.
    ("<\u{301}script>", "&lt;\u{301}script&gt;"),
    ("&\u{20DD}", "&amp;\u{20DD}"),
  ])
  func escapesEveryMarkupCharacter(text: String, expected: String) {
    #expect(MarkupEscaping.escape(text) == expected)
  }

  @Test func apostropheAndLineBreakChoices() {
    #expect(MarkupEscaping.escape("它's", apostrophe: "&apos;") == "它&apos;s")
    #expect(MarkupEscaping.escape("一\n二<", lineBreak: "<br>") == "一<br>二&lt;")
  }
}
