import FazhiCore

/// 部分映射：maps the outline's top-level sections onto the five mandated parts and the framework areas.
///
/// A top-level heading that names a part (catalog part aliases) becomes that part; an achievements container
/// (`一、工作开展情况`) contributes its sub-sections as areas; any other top-level heading is an achievements area
/// (matched to the framework by area aliases, then keywords). Unheaded closing paragraphs found by the outline
/// builder become shortcomings or next-year plans. Nothing is invented: when the report has no 第一责任人 part of
/// its own, that part stays empty (`responsibleMentions` says where the achievements speak of the duty), and no
/// item is copied into a second place. Inline enumerators (一是……二是……) stay in the text they structure.
struct PartMapper {
  var outline: Outline
  var matcher: PartMatcher
  var file: String

  /// Fills the parts of `report`; returns the ids of the parts found.
  func assemble(into report: inout Report) -> [ReportPart] {
    var found: [ReportPart] = []
    func note(_ id: ReportPart) { if !found.contains(id) { found.append(id) } }

    for root in outline.roots where !outline.nodes[root].removed {
      let node = outline.nodes[root]
      if let part = node.unheadedPart {
        note(part)
        fill(part, from: root, into: &report)
        continue
      }
      guard let heading = node.heading else { continue }
      let part = matcher.part(forHeading: heading.text)
      switch part {
      case .achievements:
        note(.achievements)
        let children = node.children.filter { !outline.nodes[$0].removed }
        if children.isEmpty {
          report.achievements.append(area(root))
        } else {
          // Sized first: grown by doubling, the list of a report of many items was held twice while it was copied.
          report.achievements.reserveCapacity(report.achievements.count + children.count)
          for child in children { report.achievements.append(area(child)) }
        }
      case .some(let id):
        note(id)
        fill(id, from: root, into: &report)
      case nil:
        note(.achievements)
        report.achievements.append(area(root))
      }
    }
    return found
  }

  /// Headings of the achievements that speak of the 第一责任人 duty, for a report without a part of its own for it.
  static func responsibleMentions(in report: Report) -> [(title: String, location: TextLocation?)] {
    var mentions: [(title: String, location: TextLocation?)] = []
    for section in report.achievements {
      if section.title.fastContains("第一责任人") { mentions.append((section.title, section.location)) }
      for item in section.items where (item.title ?? "").fastContains("第一责任人") {
        mentions.append((item.title ?? "", item.location))
      }
    }
    return mentions
  }

  private func text(_ index: Int) -> String {
    outline.allText(index).map(\.text).joined(separator: "\n")
  }

  /// The items under a node. Items written inline (一是……二是……) keep their enumerator and get no invented
  /// title; `withLead` also keeps the node's own paragraphs (the sentence before 一是, a closing paragraph) in
  /// reading order, for parts that have no summary of their own.
  private func items(_ index: Int, withLead: Bool = false) -> [Item] {
    let node = outline.nodes[index]
    let children = node.children.compactMap { child in
      outline.nodes[child].removed ? nil : outline.nodes[child].heading.map { (child, $0) }
    }
    if !children.isEmpty {
      var items = children.map { child, heading in
        heading.style == .inlineOrdinal
          ? Item(title: nil, text: heading.marker + text(child), location: heading.location(file: file))
          : Item(title: heading.text, text: text(child), location: heading.location(file: file))
      }
      if withLead {
        items += node.content.map {
          Item(title: nil, text: $0.text, location: $0.line.location(file: file, offset: $0.offset))
        }
        items.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
      }
      return items
    }
    if !node.paragraphItems.isEmpty {
      return node.paragraphItems.map { Item(title: nil, text: $0.text, location: $0.location) }
    }
    return node.content.map {
      Item(title: nil, text: $0.text, location: $0.line.location(file: file, offset: $0.offset))
    }
  }

  private func area(_ index: Int) -> AreaSection {
    let node = outline.nodes[index]
    let heading = node.heading
    let title = heading?.text ?? ""
    let spec = matcher.area(forHeading: title) { text(index) }
    let hasChildren = node.children.contains { !outline.nodes[$0].removed }
    let summary = node.content.map(\.text).joined(separator: "\n")
    return AreaSection(
      areaID: spec?.id, title: title, summary: summary.isEmpty ? nil : summary,
      items: hasChildren ? items(index) : [], location: heading?.location(file: file))
  }

  private func fill(_ part: ReportPart, from index: Int, into report: inout Report) {
    switch part {
    case .shortcomings:
      report.shortcomings += items(index).map { item in
        let (stated, cause) = Self.splitCause(item.text)
        let problem = [item.title, stated].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "。")
        return Shortcoming(problem: problem, cause: cause, location: item.location)
      }
    case .nextYear: report.nextYearPlans += items(index, withLead: true)
    case .firstResponsible: report.firstResponsible += items(index, withLead: true)
    case .other: report.otherMatters += items(index, withLead: true)
    case .achievements: report.achievements.append(area(index))
    }
  }

  /// A 不足's text split at the sentence that states its cause (原因 / 究其原因 / 主要是由于): the problem before it,
  /// the cause from it to the end (「……数据支撑。主要原因是认识不深；分值偏低。」), so the cause is not written
  /// twice and a draft of the result does not print it twice. A text that opens with its cause stays whole as the
  /// problem, with that sentence as the cause.
  static func splitCause(_ text: String) -> (problem: String, cause: String?) {
    for sentence in text.split(whereSeparator: { "。；".contains($0) })
    where sentence.fastContains("原因") || sentence.fastContains("由于") {
      let problem = Whitespace.trim(text[..<sentence.startIndex])
      guard !problem.isEmpty else { return (text, String(sentence)) }
      return (problem, Whitespace.trim(text[sentence.startIndex...]))
    }
    return (text, nil)
  }
}
