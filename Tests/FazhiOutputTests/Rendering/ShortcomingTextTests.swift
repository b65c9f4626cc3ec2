import Testing

@testable import FazhiOutput

@Suite struct ShortcomingTextTests {
  @Test(arguments: [
    ("执法力量薄弱", "执法力量薄弱。"), ("执法力量薄弱；", "执法力量薄弱。"), ("执法力量薄弱，", "执法力量薄弱。"),
    ("执法力量薄弱。", "执法力量薄弱。"), ("是否到位？", "是否到位？"), ("  ", ""), ("", ""),
  ])
  func endsWithAFullStop(text: String, expected: String) {
    #expect(ShortcomingText.fullStop(text) == expected)
  }

  @Test func opensTheCauseWithACueUnlessItNamesItself() {
    #expect(ShortcomingText.withCue("基层力量薄弱。", cue: "主要原因是") == "主要原因是基层力量薄弱。")
    #expect(ShortcomingText.withCue("一是力量薄弱；二是培训不足。", cue: "主要原因是") == "主要原因是：一是力量薄弱；二是培训不足。")
    #expect(ShortcomingText.withCue("究其原因，力量薄弱。", cue: "主要原因是") == "究其原因，力量薄弱。")
    #expect(ShortcomingText.withCue("产生问题的原因是力量薄弱。", cue: "主要原因是") == "产生问题的原因是力量薄弱。")
    #expect(ShortcomingText.withCue("", cue: "主要原因是") == "")
  }
}
