extension Report {
  /// Whether `part` holds any text: an achievements area with a summary or an item's text, a 不足 with its
  /// problem stated, a plan with a title or text. What `missing_part` reports as empty and `review` as missing.
  public func hasContent(_ part: ReportPart) -> Bool {
    switch part {
    case .achievements:
      achievements.contains { area in area.items.contains { !$0.text.isBlank } || !(area.summary ?? "").isBlank }
    case .shortcomings: shortcomings.contains { !$0.problem.isBlank }
    case .firstResponsible: firstResponsible.contains { !$0.text.isBlank }
    case .nextYear: nextYearPlans.contains { !$0.text.isBlank || !($0.title ?? "").isBlank }
    case .other: !otherMatters.isEmpty
    }
  }
}

extension String {
  /// True when the text is empty or only white space and line breaks (`Whitespace`, Core's one definition).
  package var isBlank: Bool { Whitespace.isBlank(self) }
}
