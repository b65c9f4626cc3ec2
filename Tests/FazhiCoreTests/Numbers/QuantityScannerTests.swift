import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct QuantityScannerTests {
  /// One expected match: the matched text, value, unit, role and approximation.
  struct Found: Equatable, CustomStringConvertible {
    var text: String
    var value: Decimal
    var unit: String?
    var role: QuantityMatch.Role
    var approximation: Quantity.Approximation?

    init(
      _ text: String, _ value: String, _ unit: String? = nil, _ role: QuantityMatch.Role = .value,
      _ approximation: Quantity.Approximation? = nil
    ) {
      self.text = text
      self.value = Decimal(string: value) ?? .nan
      self.unit = unit
      self.role = role
      self.approximation = approximation
    }

    init(_ match: QuantityMatch, in source: String) {
      text = String(source[match.range])
      value = match.quantity.value
      unit = match.quantity.unit
      role = match.role
      approximation = match.quantity.approximation
    }

    var description: String {
      "\(text)=\(value.plainText)\(unit ?? "") \(role)\(approximation.map { " \($0)" } ?? "")"
    }
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: @Sendable () -> [Found]
    var testDescription: String { text }

    init(_ text: String, _ expected: @escaping @Sendable @autoclosure () -> [Found]) {
      self.text = text
      self.expected = expected
    }
  }

  static let cases: [Case] = [
    Case(
      "接收复议申请121件(含新区7件),其中受理100件,不予受理21件,审结99件",
      [
        Found("121件", "121", "件"), Found("7件", "7", "件"), Found("100件", "100", "件"), Found("21件", "21", "件"),
        Found("99件", "99", "件"),
      ]),
    Case("出庭应诉率达100%", [Found("100%", "100", "%")]),
    Case("直接纠错率降至8.4%", [Found("8.4%", "8.4", "%")]),
    Case("培训200余人次", [Found("200余人次", "200", "人次", .value, .over)]),
    Case("培训4.3万余人次", [Found("4.3万余人次", "43000", "人次", .value, .over)]),
    Case("由42.28%提升至99.95%", [Found("42.28%", "42.28", "%", .rangeFrom), Found("99.95%", "99.95", "%", .rangeTo)]),
    Case("由上年的42.28%提升至99.95%", [Found("42.28%", "42.28", "%", .rangeFrom), Found("99.95%", "99.95", "%", .rangeTo)]),
    Case("行政许可事项由494项减到304项", [Found("494项", "494", "项", .rangeFrom), Found("304项", "304", "项", .rangeTo)]),
    Case("证明事项62项精简为13项", [Found("62项", "62", "项", .rangeFrom), Found("13项", "13", "项", .rangeTo)]),
    Case("占比15%～30%", [Found("15%", "15", "%", .rangeFrom), Found("30%", "30", "%", .rangeTo)]),
    Case("比上年提高3.5个百分点", [Found("3.5个百分点", "3.5", "个百分点", .changeIncrease)]),
    Case("同比增长12%", [Found("12%", "12", "%", .changeIncrease)]),
    Case("案件量下降8%", [Found("8%", "8", "%", .changeDecrease)]),
    Case("败诉案件减少3件", [Found("3件", "3", "件", .changeDecrease)]),
    Case("同比增长了约12%", [Found("12%", "12", "%", .changeIncrease, .about)]),
    Case("新增3件", [Found("3件", "3", "件")]),
    Case(
      "2023年完成政府常务会会前学法7次", [Found("2023年", "2023", "年", .year), Found("7次", "7", "次")]),
    Case("第14次全市干部宪法法律知识考试", [Found("第14次", "14", "次", .ordinal)]),
    Case("全市1460名县级干部", [Found("1460名", "1460", "名")]),
    Case("全力做好“六稳”“六保”工作", [Found("六稳", "6", nil, .fixedExpression), Found("六保", "6", nil, .fixedExpression)]),
    Case("推进一件事一次办改革", [Found("一件事一次办", "1", nil, .fixedExpression)]),
    Case("用半年时间开展专项整治", [Found("半年", "0.5", "年")]),
    Case("近半年", [Found("半年", "0.5", "年", .value, .nearly)]),
    Case("上半年召开会议", []),
    Case("深入开展十项行动", [Found("十项行动", "10", "项", .fixedExpression)]),
    Case("全面落实三项制度", [Found("三项制度", "3", "项", .fixedExpression)]),
    Case("实施“1477”发展战略", [Found("1477", "1477", nil, .fixedExpression)]),
    Case("开展八五普法中期评估", [Found("八五普法", "0", nil, .fixedExpression)]),
    Case(
      "增强四个意识，做到两个维护",
      [
        Found("四个意识", "4", "个", .fixedExpression), Found("两个维护", "2", "个", .fixedExpression),
      ]),
    Case("纲要（2021—2025年）", [Found("2021", "2021", "年", .year), Found("2025年", "2025", "年", .year)]),
    Case("于2024年3月6日召开", [Found("2024年3月6日", "2024", "年", .date)]),
    Case("12月底前完成", [Found("12月", "12", "月", .date)]),
    Case("二〇二五年三月", [Found("二〇二五年三月", "2025", "年", .date)]),
    Case("二〇二五年", [Found("二〇二五年", "2025", "年", .year)]),
    Case("召开第三次会议", [Found("第三次", "3", "次", .ordinal)]),
    Case("根据第二十五条规定", [Found("第二十五条", "25", "条", .ordinal)]),
    Case("国办发〔2019〕28号", [Found("〔2019〕28号", "28", "号", .fixedExpression)]),
    Case("一是统一思想，进一步加强，一体推进，推出一批措施", []),
    Case("最多跑一次", []),
    Case("两年来成效明显", []),
    Case("开展检查二十余次", [Found("二十余次", "20", "次", .value, .over)]),
    Case("收到三件", [Found("三件", "3", "件")]),
    Case("共有两千人参加", [Found("两千人", "2000", "人")]),
    Case("召开一次会议", [Found("一次", "1", "次")]),
    Case("建立一个平台", []),
    Case("投入资金1.2亿元", [Found("1.2亿元", "120000000", "元")]),
    Case("涉及金额500万元", [Found("500万元", "5000000", "元")]),
    Case("共1,100万元", [Found("1,100万元", "11000000", "元")]),
    Case("共1，100万元", [Found("1，100万元", "11000000", "元")]),
    Case("分别为100，200件", [Found("100", "100"), Found("200件", "200", "件")]),
    Case("约300人", [Found("300人", "300", "人", .value, .about)]),
    Case("近200件", [Found("200件", "200", "件", .value, .nearly)]),
    Case("300人左右", [Found("300人左右", "300", "人", .value, .about)]),
    Case("覆盖率90%以上", [Found("90%以上", "90", "%", .value, .over)]),
    Case("节约3万元", [Found("3万元", "30000", "元")]),
    Case("最近3年", [Found("3年", "3", "年")]),
    Case("提升至约90%", [Found("90%", "90", "%", .value, .about)]),
    Case("达到百分之九十七", [Found("百分之九十七", "97", "%")]),
    Case("百分之百覆盖", [Found("百分之百", "100", "%")]),
    Case("3千人", [Found("3千人", "3000", "人")]),
    Case("３件", [Found("３件", "3", "件")]),
    Case("按照GB/T 9704-2012排版", [Found("9704-2012", "9704", nil, .fixedExpression)]),
    Case("拨打12345热线", [Found("12345", "12345", nil, .fixedExpression)]),
    Case("审限60日", [Found("60日", "60", "日")]),
    Case("受理 100 件，办结 98 件", [Found("100 件", "100", "件"), Found("98 件", "98", "件")]),
    Case("在 2023 年", [Found("2023 年", "2023", "年", .year)]),
    Case("用时1年半", [Found("1年半", "1.5", "年")]),
    Case("3至5年", [Found("3", "3", nil, .rangeFrom), Found("5年", "5", "年", .rangeTo)]),
    Case("第一责任人", [Found("第一", "1", nil, .ordinal)]),
    Case("“十四五”规划", [Found("十四五", "0", nil, .fixedExpression)]),
    Case("千方百计、千家万户", [Found("千方百计", "0", nil, .fixedExpression), Found("千家万户", "0", nil, .fixedExpression)]),
    Case("三分之一", []),
  ]

  @Test(arguments: cases) func scans(_ c: Case) {
    let found = QuantityScanner.scan(c.text).map { Found($0, in: c.text) }
    #expect(found == c.expected())
  }

  @Test func notesTravelWithMatches() throws {
    let text = "收到３件，二十余次，97.2％，提高3.5个百分点"
    let matches = QuantityScanner.scan(text)
    try #require(matches.count == 4)
    #expect(matches[0].notes == [.fullWidthDigits])
    #expect(matches[1].notes == [.chineseNumerals])
    #expect(matches[2].notes == [.fullWidthPercent])
    #expect(matches[3].notes == [.percentagePoints])
  }

  @Test func rolesSaySkippableOrFigure() {
    #expect(QuantityMatch.Role.value.isFigure)
    #expect(QuantityMatch.Role.changeDecrease.isFigure)
    #expect(!QuantityMatch.Role.year.isFigure)
    #expect(!QuantityMatch.Role.fixedExpression.isFigure)
  }

  /// Pathological inputs finish (a quadratic scan would not, at this size, within the test run).
  @Test(arguments: ["1", "一", "1,000", "十", "第1", "约", "〔2019", "半", "2023年", "1.", "“六"])
  func survivesLongRepetitiveInput(_ unit: String) {
    let text = String(repeating: unit, count: 50_000)
    let matches = QuantityScanner.scan(text)
    #expect(matches.count <= text.unicodeScalars.count)
  }

  @Test func rangesIndexTheOriginalString() throws {
    let text = "全市共有行政执法人员1460名，培训4.3万余人次。"
    let matches = QuantityScanner.scan(text)
    #expect(matches.map { String(text[$0.range]) } == ["1460名", "4.3万余人次"])
  }
}
