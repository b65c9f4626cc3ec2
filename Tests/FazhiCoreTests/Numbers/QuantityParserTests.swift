import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiTestSupport

@Suite struct QuantityParserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let input: String
    let value: String
    let unit: String?
    let approximation: Quantity.Approximation?
    let notes: [QuantityNote]
    var testDescription: String { input }

    init(
      _ input: String, _ value: String, _ unit: String? = nil, _ approximation: Quantity.Approximation? = nil,
      notes: [QuantityNote] = []
    ) {
      self.input = input
      self.value = value
      self.unit = unit
      self.approximation = approximation
      self.notes = notes
    }
  }

  static let cases: [Case] = [
    Case("120", "120"),
    Case("120件", "120", "件"),
    Case(" 120 件 ", "120", "件"),
    Case("97.2%", "97.2", "%"),
    Case("97.2％", "97.2", "%", notes: [.fullWidthPercent]),
    Case("100％", "100", "%", notes: [.fullWidthPercent]),
    Case("97．2%", "97.2", "%", notes: [.fullWidthPunctuation]),
    Case("百分之九十七", "97", "%", notes: [.chineseNumerals]),
    Case("百分之97.2", "97.2", "%", notes: [.chineseNumerals]),
    Case("百分之百", "100", "%", notes: [.chineseNumerals]),
    Case("97.2个百分点", "97.2", "个百分点", notes: [.percentagePoints]),
    Case("3.5百分点", "3.5", "个百分点", notes: [.percentagePoints]),
    Case("5‰", "5", "‰"),
    Case("200余", "200", nil, .over),
    Case("200余人次", "200", "人次", .over),
    Case("2800余名", "2800", "名", .over),
    Case("30多次", "30", "次", .over),
    Case("4.3万余", "43000", nil, .over),
    Case("4.3万余人次", "43000", "人次", .over),
    Case("10余万", "100000", nil, .over),
    Case("约300", "300", nil, .about),
    Case("大约50", "50", nil, .about),
    Case("近200", "200", nil, .nearly),
    Case("将近100人", "100", "人", .nearly),
    Case("300左右", "300", nil, .about),
    Case("300人左右", "300", "人", .about),
    Case("超过500人", "500", "人", .over),
    Case("逾2000件", "2000", "件", .over),
    Case("不足10%", "10", "%", .under),
    Case("90%以上", "90", "%", .over),
    Case("1年余", "1", "年", .over),
    Case("约300左右", "300", nil, .about, notes: [.redundantApproximation]),
    Case("1,100万", "11000000", nil, notes: [.thousandsSeparator]),
    Case("1，100万", "11000000", nil, notes: [.thousandsSeparator, .fullWidthPunctuation]),
    Case("1,234,567", "1234567", nil, notes: [.thousandsSeparator]),
    Case("3万4000", "34000", nil, notes: [.compoundMultipliers]),
    Case("1亿2000万", "120000000", nil, notes: [.compoundMultipliers]),
    Case("1.2亿元", "120000000", "元"),
    Case("2.5亿", "250000000"),
    Case("1万亿元", "1000000000000", "元"),
    Case("500万元", "5000000", "元"),
    Case("30万元", "300000", "元"),
    Case("12.5万人次", "125000", "人次"),
    Case("3千人", "3000", "人", notes: [.arabicWithChineseMultiplier]),
    Case("3百件", "300", "件", notes: [.arabicWithChineseMultiplier]),
    Case("10千米", "10", "千米"),
    Case("两千", "2000", notes: [.chineseNumerals]),
    Case("两万", "20000", notes: [.chineseNumerals]),
    Case("二十余次", "20", "次", .over, notes: [.chineseNumerals]),
    Case("三件", "3", "件", notes: [.chineseNumerals]),
    Case("十", "10", notes: [.chineseNumerals]),
    Case("十一", "11", notes: [.chineseNumerals]),
    Case("一百零五", "105", notes: [.chineseNumerals]),
    Case("三万四千", "34000", notes: [.chineseNumerals]),
    Case("壹佰贰拾元", "120", "元", notes: [.chineseNumerals]),
    Case("二〇二五", "2025", notes: [.chineseNumerals]),
    Case("二零二五", "2025", notes: [.chineseNumerals]),
    Case("２０２５", "2025", notes: [.fullWidthDigits]),
    Case("１２０件", "120", "件", notes: [.fullWidthDigits]),
    Case("-3", "-3"),
    Case("－3", "-3", notes: [.fullWidthPunctuation]),
    Case("0.5", "0.5"),
    Case("0", "0"),
    Case("3.5倍", "3.5", "倍"),
    Case("15天", "15", "天"),
    Case("8小时", "8", "小时"),
    Case("6个月", "6", "个月"),
    Case("20微克/立方米", "20", "微克/立方米"),
    Case("120斤", "120", "斤", notes: [.unrecognisedUnit]),
    Case("99件　", "99", "件"),
  ]

  @Test(arguments: cases) func parses(_ c: Case) throws {
    let parsed = try QuantityParser.parse(c.input).get()
    #expect(parsed.quantity.value == Decimal(string: c.value))
    #expect(parsed.quantity.unit == c.unit)
    #expect(parsed.quantity.approximation == c.approximation)
    #expect(parsed.notes == c.notes)
  }

  static let errors: [(String, QuantityParseError)] = [
    ("", .empty),
    ("   ", .empty),
    ("abc", .notANumber("abc")),
    ("%", .notANumber("%")),
    ("约", .notANumber("约")),
    ("件", .notANumber("件")),
    ("一二", .notANumber("一二")),
    ("三五天", .notANumber("三五天")),
    ("97.2.1", .multipleDecimalPoints("97.2.1")),
    ("1,10,0", .malformedGrouping("1,10,0")),
    ("1100,000", .malformedGrouping("1100,000")),
    ("九十七点二%", .chineseDecimal("九十七点二%", suggestion: "97.2%")),
    ("百分之九十七点五", .chineseDecimal("百分之九十七点五", suggestion: "97.5%")),
    ("3万四千", .mixedNumerals("3万四千")),
    ("120件(含7件)", .trailingText("120件(含7件)", rest: "(含7件)")),
    ("12 345", .trailingText("12 345", rest: "345")),
    ("97.2%%", .trailingText("97.2%%", rest: "%")),
  ]

  @Test(arguments: errors) func rejects(_ input: String, _ expected: QuantityParseError) {
    #expect(throws: expected) { try QuantityParser.parse(input).get() }
  }

  @Test(arguments: errors) func errorMessagesSayWhatToWrite(_ input: String, _ error: QuantityParseError) {
    #expect(!error.message.isEmpty)
    #expect(!error.message.hasSuffix("。"))
    #expect(error.message.unicodeScalars.contains { NumeralReader.isArabicDigit($0) })
  }

  @Test func notesHaveMessages() {
    for note in QuantityNote.allCases {
      #expect(!note.message.isEmpty)
      #expect(!note.message.hasSuffix("。"))
    }
  }

  @Test func quantityConveniences() throws {
    let quantity = try #require(Quantity(parsing: "4.3万余人次"))
    #expect(quantity == Quantity(value: 43000, unit: "人次", approximation: .over))
    #expect(quantity.standardText == "43000余人次")
    #expect(Quantity(parsing: "abc") == nil)
    #expect(Quantity(value: 300, unit: "件", approximation: .about).standardText == "约300件")
    #expect(Quantity(value: 97.2, unit: "%").standardText == "97.2%")
  }
}

/// Whole numbers are made from the integer instead of Decimal's string parser: the same Decimal, field for field.
@Suite struct DecimalOfDigitsTests {
  static func bytes(_ value: Decimal) -> [UInt8] {
    var value = value
    return withUnsafeBytes(of: &value) { Array($0) }
  }

  @Test func digitsGiveTheParsedDecimal() {
    var generator = SeededRandom(seed: 20_261_204)
    var samples = ["0", "7", "007", "120", "100", "1000000", "97.5", "0.05", "18446744073709551615", "99999999999999999999"]
    for _ in 0..<1000 {
      let length = Int.random(in: 1...22, using: &generator)
      var digits = String((0..<length).map { _ in "0123456789".randomElement(using: &generator)! })
      if Bool.random(using: &generator), length > 1 {
        digits.insert(".", at: digits.index(digits.startIndex, offsetBy: Int.random(in: 1..<length, using: &generator)))
      }
      samples.append(digits)
    }
    for digits in samples {
      #expect(Self.bytes(NumeralReader.decimal(ofDigits: digits)) == Self.bytes(Decimal(string: digits)!), "\(digits)")
    }
  }
}
