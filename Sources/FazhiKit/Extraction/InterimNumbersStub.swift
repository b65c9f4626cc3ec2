import Foundation

// TEMPORARY: main's ReportDecoder calls ChineseNumeral and QuantityParser from branch `numbers`, which has no
// commits yet. These minimal stand-ins keep branch `extract` building; delete this file when merging `numbers`.

public enum ChineseNumeral {
  public static func year(of text: Substring) -> Int? {
    let digits: [Character: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    let values = text.compactMap { digits[$0] }
    guard values.count == 4, values.count == text.count else { return nil }
    return values.reduce(0) { $0 * 10 + $1 }
  }
}

public struct ParsedQuantity: Sendable, Hashable {
  public var quantity: Quantity
  public var notes: [String] = []
}

enum QuantityNoteMessages {
  static func message(for note: String, raw: String, label: String) -> (String, String)? { nil }
}

public struct QuantityParseError: Error, Sendable, Hashable {
  public var message: String
}

public enum QuantityParser {
  public static func parse(_ text: String) -> Result<ParsedQuantity, QuantityParseError> {
    let chars = Array(text.trimmingCharacters(in: .whitespaces))
    let found = InterimNumberScanner.scan(chars)
    guard let first = found.first, first.range.lowerBound <= 1 else {
      return .failure(QuantityParseError(message: "不是数字"))
    }
    return .success(ParsedQuantity(quantity: first.quantity))
  }
}
