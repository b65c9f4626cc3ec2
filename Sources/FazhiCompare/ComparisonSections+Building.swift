import FazhiCore
import Foundation

/// Walking the comparison once: each section from the findings it shows.
extension ComparisonSections {
  init(_ c: ReportComparison) {
    header = Header(this: c.this, last: c.last, warnings: c.warnings)
    coverage = Coverage(c.coverage, options: c.options)
    figures = Figures(indicators: c.indicators, facts: c.facts, options: c.options)
    reuse = Reuse(c.reuse)
    stale = Stale(entries: c.staleReferences.map(StaleEntry.init))
    plans = Plans(
      threshold: ComparisonFormatting.score(c.options.planThreshold), entries: c.planFollowUps.map(PlanEntry.init))
    sideBySide = SideBySide(c)
  }
}

extension ComparedReportSummary {
  /// The name a report goes by in headers: its file, else its title.
  var shownName: String { file ?? title }
}

extension ComparisonSections.Coverage {
  init(_ coverage: CoverageChanges, options: ComparisonOptions) {
    parts = coverage.parts
    areas = coverage.areas
    itemTitleThreshold = ComparisonFormatting.score(options.itemTitleThreshold)
    matchedItemCount = coverage.matchedItems.count
    droppedItems = coverage.droppedItems.map(ComparisonSections.ItemEntry.init)
    addedItems = coverage.addedItems.map(ComparisonSections.ItemEntry.init)
  }
}

extension ComparisonSections.ItemEntry {
  init(_ item: ItemReference) {
    title = item.title
    place = ComparisonFormatting.place(item.location, fallback: item.area ?? item.part.rawValue)
  }
}

extension ComparisonSections.Figures {
  init(indicators: [IndicatorChange], facts: FactChanges, options: ComparisonOptions) {
    swingThreshold = Int(options.swingThreshold)
    self.indicators = indicators.map(ComparisonSections.IndicatorRow.init)
    missingIndicators = indicators.filter { $0.status == .missing }.map(\.label)
    factLabelThreshold = ComparisonFormatting.score(options.factLabelThreshold)
    self.facts = facts.matched.map(ComparisonSections.FactRow.init)
    lastOnlyFacts = facts.lastOnly.map { "\($0.label) \(ComparisonFormatting.quantity($0.quantity))" }
  }

  /// The `limit` largest percentage changes of indicators and other figures, largest first (ties by label).
  func largestChanges(limit: Int) -> [ComparisonSections.ChangeBar] {
    var bars: [ComparisonSections.ChangeBar] = indicators.compactMap { i in
      i.percentChange.map { .init(label: i.label, percent: $0.doubleValue, tone: i.assessment.rawValue) }
    }
    bars += facts.compactMap { m in
      m.percentChange.map { .init(label: m.thisLabel, percent: $0.doubleValue, tone: "neutral") }
    }
    return Array(bars.sorted { (abs($0.percent), $1.label) > (abs($1.percent), $0.label) }.prefix(limit))
  }
}

extension ComparisonSections.IndicatorRow {
  init(_ i: IndicatorChange) {
    label = i.label
    last = ComparisonFormatting.quantity(i.last, unit: i.unit)
    this = ComparisonFormatting.quantity(i.this, unit: i.unit)
    change = ComparisonFormatting.change(i.change, unit: i.unit, approximate: i.isApproximate)
    percent = ComparisonFormatting.percent(i.percentChange)
    assessmentName = ComparisonFormatting.assessment(i)
    assessment = i.assessment
    status = i.status
    isSwing = i.isSwing
    percentChange = i.percentChange
  }
}

extension ComparisonSections.FactRow {
  init(_ m: FactMatch) {
    lastLabel = m.last.label
    thisLabel = m.this.label
    score = ComparisonFormatting.score(m.score)
    last = ComparisonFormatting.quantity(m.last.quantity)
    this = ComparisonFormatting.quantity(m.this.quantity)
    change = ComparisonFormatting.change(m.change, unit: m.this.quantity.unit, approximate: m.isApproximate)
    percent = ComparisonFormatting.percent(m.percentChange)
    isSwing = m.isSwing
    percentChange = m.percentChange
  }
}

extension ComparisonSections.Reuse {
  init(_ r: ReuseSummary) {
    shingleSize = r.shingleSize
    threshold = ComparisonFormatting.score(r.threshold)
    share = ComparisonFormatting.share(r.share)
    isAlarming = r.share >= Self.alarmingShare
    reusedCharacters = r.reusedCharacters
    totalCharacters = r.totalCharacters
    stockPhraseOccurrences = r.stockPhraseOccurrences
    matches = r.matches.map {
      .init(
        kind: $0.kind, containment: ComparisonFormatting.score($0.containment), thisPlace: $0.this.place,
        lastPlace: $0.last.place, thisText: $0.this.text, lastText: $0.last.text)
    }
  }
}

extension ComparisonSections.StaleEntry {
  init(_ s: StaleReference) {
    place = s.sentence?.place ?? ComparisonFormatting.place(s.location, fallback: "主要指标")
    message = s.message
    sentence = s.sentence?.text
  }
}

extension ComparisonSections.PlanEntry {
  init(_ p: PlanFollowUp) {
    status = p.status
    plan = p.plan.text
    achievement = p.achievement.text
    achievementPlace = p.achievement.place
  }
}

extension ComparisonSections.SideBySide {
  /// This year's sentences marked as stale, fulfilling a plan or reused (later marks win: reuse over a fulfilled
  /// plan over stale) and linked to last year's sentence; last year's marked where they were fulfilled or reused.
  init(_ c: ReportComparison) {
    var thisMarks: [Int: String] = [:]
    for s in c.staleReferences { if let id = s.sentence?.id { thisMarks[id] = "stale" } }
    for p in c.planFollowUps where p.status == .fulfilled { thisMarks[p.achievement.id] = "fulfilled" }
    for m in c.reuse.matches { thisMarks[m.this.id] = m.kind.rawValue }
    var links: [Int: Int] = [:]
    for m in c.reuse.matches { links[m.this.id] = m.last.id }
    for p in c.planFollowUps where links[p.achievement.id] == nil { links[p.achievement.id] = p.plan.id }
    var lastMarks: [Int: String] = [:]
    for p in c.planFollowUps where p.status == .fulfilled { lastMarks[p.plan.id] = "fulfilled" }
    for m in c.reuse.matches { lastMarks[m.last.id] = m.kind.rawValue }
    this = .init(year: c.this.year, sentences: c.thisSentences, marks: thisMarks, links: links)
    last = .init(year: c.last.year, sentences: c.lastSentences, marks: lastMarks, links: [:])
  }
}
