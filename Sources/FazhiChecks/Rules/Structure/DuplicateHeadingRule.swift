import FazhiCore

/// Two areas of 主要举措和成效, or two items of one area or part, that would be drafted under the same heading:
/// the draft would show （一） and （八） (or 1. and 3.) with one title, which reads as a copy-paste slip.
///
/// An area drafts under its 标题, else its 领域's standard title, so `领域: 行政执法` twice, or `领域: 行政执法` beside
/// `领域: 健全行政执法工作体系…`, collide. Titles are compared with spaces, full-width forms and quotes normalised.
struct DuplicateHeadingRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "duplicate_heading",
    name: "标题重复",
    severity: .error,
    description: "两个领域（或同一领域、同一部分中的两个事项）起草后会是同一个标题，草稿中会出现两个相同的小标题；应合并为一项，或改写其中一个的标题。",
    passingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 深化执法改革
              内容: 推进综合行政执法。
        - 领域: 行政决策
          事项:
            - 标题: 深化执法改革
              内容: 不同领域中的同名事项各在自己的小标题下，不算重复。
      """
    ],
    failingExamples: [
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 标题: 深化执法改革
              内容: 推进综合行政执法。
            - 标题: ↓深化执法 改革
              内容: 全面推行三项制度。
            - 标题: 【待填】
              内容: 尚未写好的标题不算重复。
            - 标题: 【待填】
              内容: 由占位符规则提示。
        - 领域: 行政决策
          事项:
            - 内容: 落实重大行政决策程序。
        - 领域: ↓健全行政执法工作体系，全面推进严格规范公正文明执法
          事项:
            - 内容: 开展执法案卷评查。
      下一年度主要安排:
        - 标题: 深化改革
          内容: 继续推进。
        - 标题: ↓深化改革
          内容: 再写一遍。
      """,
      """
      年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 推进综合行政执法。
        - 领域: 行政决策
          标题: ↓健全行政执法工作体系，全面推进严格规范公正文明执法
          事项:
            - 内容: 自定的标题与另一领域的标准标题相同也算重复。
      """,
    ])

  /// One heading as drafted, where its text is written.
  struct Heading {
    var title: String
    var location: TextLocation?
  }

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    let report = context.report
    let achievements = context.catalog.part(.achievements).key
    var findings = duplicates(
      report.achievements.enumerated().map { index, area in
        let base = "\(achievements)[\(index)]"
        return Heading(
          title: area.title,
          location: context.positions.location("\(base).\(ReportKey.Area.title)")
            ?? context.positions.location("\(base).\(ReportKey.Area.area)") ?? area.location)
      }, in: "主要举措和成效的领域", context)
    for (index, area) in report.achievements.enumerated() {
      let base = "\(achievements)[\(index)].\(ReportKey.Area.items)"
      findings += duplicates(headings(area.items, at: base, context), in: "领域「\(area.title)」的事项", context)
    }
    let itemParts: [(ReportPart, [Item])] = [
      (.firstResponsible, report.firstResponsible), (.nextYear, report.nextYearPlans), (.other, report.otherMatters),
    ]
    for (part, items) in itemParts {
      let key = context.catalog.part(part).key
      findings += duplicates(headings(items, at: key, context), in: "「\(key)」的事项", context)
    }
    return findings
  }

  private func headings(_ items: [Item], at base: String, _ context: ValidationContext) -> [Heading] {
    items.enumerated().compactMap { index, item in
      guard let title = item.title else { return nil }
      return Heading(
        title: title,
        location: context.positions.location("\(base)[\(index)].\(ReportKey.ItemKey.title)") ?? item.location)
    }
  }

  /// A finding at every heading whose title an earlier one in `headings` already has.
  private func duplicates(_ headings: [Heading], in scope: String, _ context: ValidationContext) -> [Diagnostic] {
    var first: [TextKey.Hashed: (number: Int, heading: Heading)] = [:]
    first.reserveCapacity(headings.count)
    var findings: [Diagnostic] = []
    for (index, heading) in headings.enumerated() {
      let key = TextKey.key(heading.title)
      guard !key.isEmpty, !Self.isUnwritten(heading.title, context) else { continue }
      let hashed = TextKey.Hashed(key: key)
      guard let earlier = first[hashed] else {
        first[hashed] = (index + 1, heading)
        continue
      }
      findings.append(
        context.diagnostic(
          Self.description, at: heading.location,
          "\(scope)中，第\(index + 1)项与第\(earlier.number)项起草后的标题相同（「\(heading.title)」）；请合并为一项，或改写其中一个的标题",
          notes: earlier.heading.location.map { ["第\(earlier.number)项在 \($0)"] } ?? []))
    }
    return findings
  }

  /// A heading still to be written (【待填】, XX …): the placeholder rule's finding, not a duplicate. Every marker
  /// counts here, TODO inside a word too.
  static func isUnwritten(_ title: String, _ context: ValidationContext) -> Bool {
    let plain = LiteralSearch.isCanonicallyPlain(title)
    return context.placeholderMarkers.all.contains { LiteralSearch.contains(title, $0, textIsPlain: plain) }
  }
}
