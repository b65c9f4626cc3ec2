import Testing

@testable import FazhiCore

@Suite struct MonthDayMentionsTests {
  @Test func findsDatesThatCannotExist() {
    let found = MonthDayMentions.find(in: "9月31日召开，2025年2月29日印发，２月３０日完成，2024年2月29日验收，2月29日检查，12月31日结束")
    #expect(found.map(\.written) == ["9月31日", "2025年2月29日", "２月３０日", "2024年2月29日", "2月29日", "12月31日"])
    #expect(found.map(\.exists) == [false, false, false, true, true, true])
  }

  @Test func ignoresWhatIsNoMonthAndDay() {
    // `123月` is no month; `1至31日` has no month before the day; a count of months is not a date.
    #expect(MonthDayMentions.find(in: "123月5日，3月1日至31日，历时13个月").map(\.written) == ["3月1日"])
  }
}
