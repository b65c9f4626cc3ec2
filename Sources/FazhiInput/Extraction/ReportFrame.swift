import FazhiCore

/// 公文框架：the lines around the body of a report — the 主送 line before it; the closing formula, the 落款 and
/// the 成文日期 after it — read off the cleaned lines, leaving the body.
struct ReportFrame {
  /// The body lines, without the 主送 line and the closing lines.
  var body: [SourceLine]
  /// The 主送 organs (they receive the report; they are never its subject).
  var recipients: [String] = []
  /// The 落款, when a line naming an organ stands right above the date.
  var issuer: String?
  /// The 成文日期 under the 落款.
  var signatureDate: ReportDate?

  /// Closing formulas that end a report's body.
  static let closingFormulas: Set<String> = ["特此报告。", "特此报告", "专此报告。", "以上报告，请审阅。"]
  /// How many lines from the end are searched for the 落款, the date and the closing formula.
  static let closingLines = 6

  init(lines: [SourceLine]) {
    body = lines
    if let first = body.first, let organs = MetadataFragments.recipients(first.text) {
      recipients = organs
      body.removeFirst()
    }
    var tail = body.count
    var scanned = 0
    while tail > 0 && scanned < Self.closingLines {
      let line = body[tail - 1].text
      scanned += 1
      if signatureDate == nil, let date = MetadataFragments.signatureDate(line) {
        signatureDate = date
        tail -= 1
        if tail > 0 && MetadataFragments.isIssuerLine(body[tail - 1].text) {
          issuer = Whitespace.trim(body[tail - 1].text)
          tail -= 1
        }
        continue
      }
      if Self.closingFormulas.contains(Whitespace.trim(line)) {
        tail -= 1
        continue
      }
      break
    }
    body = Array(body[..<tail])
  }
}
