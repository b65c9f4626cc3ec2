import FazhiCore

/// A whole report far shorter than the form it fills.
///
/// No rule sets a length (`DOMAIN.md` §2.4), so the floor is derived from the form itself: 主要举措和成效 follows the
/// 纲要's areas (7 in the 2015 纲要, the smaller of the two; 9 in the 2021 one) and three more parts are mandated
/// (不足和原因, 第一责任人, 下一年度安排). One paragraph that states one measure with its figure and result takes
/// about 150 characters (the bundled example's items run 138 to 288), so (7 + 3) × 150 = 1,500 characters is what a
/// report needs to say one concrete thing per area and part. The five published reports at hand hold 2,660 to 5,050
/// characters of prose once extracted; 1,500 is little more than half the shortest of them.
struct ReportTooShortRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "report_too_short",
    name: "报告篇幅过短",
    severity: .warning,
    description: "正文（导语和各部分，不含标题）不足1500字。没有文件规定字数，这一下限按报告的格式推算：主要举措和成效按纲要领域组织（2015年纲要7个、2021年纲要9个领域），另有不足和原因、第一责任人职责、下一年度安排三个法定部分；写清一项举措及其数字和成效的一段约150字，(7 + 3) × 150 = 1500 字是每个领域、每个部分各写一段实在内容所需的篇幅。手头5份已公开报告提取后的正文在2660至5050字之间，1500字只相当于其中最短一份的一半多。缺少法定部分（由 missing_part 提示）或含占位符、尚未写完的文件不检查。",
    passingExamples: [],
    failingExamples: [
      """
      ↓年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全面推行行政执法三项制度，评查执法案卷120份。
      党政主要负责人履行推进法治建设第一责任人职责情况: 县长主持研究法治政府建设工作4次。
      存在的不足和原因:
        - 不足: 基层执法力量薄弱。
          原因: 乡镇执法编制不足。
      下一年度主要安排: 开展执法案卷评查。
      """
    ])

  /// Characters of prose below which a report cannot give each area and mandated part one concrete paragraph.
  static let minimumCharacters = 1_500

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    // A report missing a mandated part is short because of it; missing_part says so at the part.
    let required = context.catalog.parts.filter(\.required).map(\.id)
    guard required.allSatisfy(context.report.hasContent) else { return [] }
    let spans = context.textSpans.filter { !$0.isTitle }
    guard context.loaded.placeholderPaths.isEmpty, !spans.contains(where: { context.isUnfinished($0.text) }) else {
      return []
    }
    let length = spans.reduce(0) { $0 + Self.countedCharacters($1.text) }
    guard length < Self.minimumCharacters else { return [] }
    return [
      context.diagnostic(
        Self.description, at: nil,
        "正文只有\(length)字，远短于一份年度报告所需的篇幅（至少\(Self.minimumCharacters)字）；审核时会作为过于简略退回，请按纲要各领域写明举措、数字和成效，并写足不足和原因、第一责任人履职情况和下一年度安排")
    ]
  }

  /// Characters as a word count (字数) counts them: Chinese characters, letters and digits, not punctuation or space.
  static func countedCharacters(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { count, scalar in
      let props = scalar.properties
      return props.isIdeographic || props.isAlphabetic || props.numericType != nil ? count + 1 : count
    }
  }
}
