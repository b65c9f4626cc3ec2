/// Reads dates as users and web pages write them: `2026-02-20`, `2026年2月20日`, `2026/2/20`, `2026.2.20`,
/// `2024-02-28 16:35` (time ignored), full-width digits.
public enum DateParser {
  public struct Parsed: Sendable, Hashable {
    public var date: ReportDate
    /// True for forms GB/T 9704 does not use (`/`, `.`, leading zeros in the Chinese form, full-width digits).
    public var isNonStandard: Bool
  }

  public static func parse(_ text: String) -> Parsed? {
    let half = TextKey.halfWidth(text).trimmingCharacters(in: .whitespaces)
    var numbers: [Int] = []
    var separators: [Character] = []
    var current = ""
    for ch in half {
      if ch.isASCII && ch.isNumber {
        current.append(ch)
      } else {
        if !current.isEmpty {
          // A run of digits too long for Int (twenty 9s) is no part of a date.
          guard let number = Int(current) else { return nil }
          numbers.append(number)
          current = ""
        }
        if numbers.count == 3 { break }
        separators.append(ch)
      }
    }
    if !current.isEmpty && numbers.count < 3 {
      guard let number = Int(current) else { return nil }
      numbers.append(number)
    }
    guard numbers.count == 3, (1900...2200).contains(numbers[0]) else { return nil }
    let seps = Set(separators.filter { !$0.isWhitespace })
    let chinese = seps.isSubset(of: ["年", "月", "日"]) && seps.contains("年")
    let iso = seps == ["-"]
    guard chinese || iso || seps == ["/"] || seps == ["."] else { return nil }
    let date = ReportDate(year: numbers[0], month: numbers[1], day: numbers[2])
    var nonStandard = !(chinese || iso) || half != text.trimmingCharacters(in: .whitespaces)
    if chinese && (text.contains("年0") || text.contains("月0")) { nonStandard = true }
    return Parsed(date: date, isNonStandard: nonStandard)
  }
}
