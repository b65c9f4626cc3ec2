import Foundation
import FazhiCore

extension ReportComparator {
  /// Every catalog indicator stated in either year: this year's order first, then those dropped.
  func indicatorChanges(this: Report, last: Report) -> [IndicatorChange] {
    let specs = Dictionary(catalog.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let lastByID = Dictionary(last.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let thisByID = Dictionary(this.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var seen = Set<String>()
    var result: [IndicatorChange] = []
    for value in this.indicators + last.indicators {
      guard seen.insert(value.id).inserted else { continue }
      let spec = specs[value.id]
      let l = lastByID[value.id]
      let t = thisByID[value.id]
      let status: IndicatorChange.Status = l == nil ? .new : (t == nil ? .missing : .both)
      let direction = spec?.direction ?? .neutral
      let unit = spec?.unit ?? value.quantity.unit
      let delta = ReportComparator.delta(l?.quantity, t?.quantity, swingThreshold: options.swingThreshold)
      var assessment = IndicatorChange.Assessment.notComparable
      if let change = delta.change {
        if change == 0 {
          assessment = .unchanged
        } else {
          switch direction {
          case .higherIsBetter: assessment = change > 0 ? .better : .worse
          case .lowerIsBetter: assessment = change < 0 ? .better : .worse
          case .neutral: assessment = .neutral
          }
        }
      }
      result.append(
        IndicatorChange(
          id: value.id, label: spec?.label ?? value.label, unit: unit, status: status, last: l?.quantity,
          this: t?.quantity, change: delta.change, percentChange: delta.percent,
          isApproximate: (l?.quantity.isApproximate ?? false) || (t?.quantity.isApproximate ?? false),
          direction: direction, assessment: assessment, isSwing: delta.isSwing, lastLocation: l?.location,
          thisLocation: t?.location))
    }
    return result
  }

  /// Generic figures (facts and custom indicators) matched by label similarity, units agreeing.
  func factChanges(this: Report, last: Report) -> FactChanges {
    func figures(_ r: Report) -> [FactFigure] {
      r.customIndicators.map {
        FactFigure(source: "custom", label: $0.label, quantity: $0.quantity, location: $0.location)
      }
        + r.facts.map { FactFigure(source: "fact", label: $0.label, quantity: $0.quantity, location: $0.location) }
    }
    let l = figures(last)
    let t = figures(this)
    // The unit is part of the key so 件 never matches 万元.
    func key(_ f: FactFigure) -> String { f.label + "｜" + (f.quantity.unit ?? "") }
    let pairs = LabelSimilarity.match(l.map(key), t.map(key), threshold: options.factLabelThreshold)
      .filter { l[$0.left].quantity.unit == t[$0.right].quantity.unit }
    let matched = pairs.map { p -> FactMatch in
      let delta = ReportComparator.delta(
        l[p.left].quantity, t[p.right].quantity, swingThreshold: options.swingThreshold)
      return FactMatch(
        last: l[p.left], this: t[p.right], score: rounded(p.score, 3), change: delta.change,
        percentChange: delta.percent,
        isApproximate: l[p.left].quantity.isApproximate || t[p.right].quantity.isApproximate, isSwing: delta.isSwing)
    }
    let usedL = Set(pairs.map(\.left))
    let usedT = Set(pairs.map(\.right))
    return FactChanges(
      matched: matched, lastOnly: l.indices.filter { !usedL.contains($0) }.map { l[$0] },
      thisOnly: t.indices.filter { !usedT.contains($0) }.map { t[$0] })
  }

  static func delta(_ last: Quantity?, _ this: Quantity?, swingThreshold: Double) -> (
    change: Decimal?, percent: Decimal?, isSwing: Bool
  ) {
    guard let last, let this else { return (nil, nil, false) }
    // A rate against a count, or 件 against 万元, has no meaningful difference.
    if let lu = last.unit, let tu = this.unit, lu != tu { return (nil, nil, false) }
    let change = this.value - last.value
    guard last.value != 0 else { return (change, nil, change != 0) }
    var percent = change / abs(last.value) * 100
    var out = Decimal()
    NSDecimalRound(&out, &percent, 1, .plain)
    return (change, out, abs(out.doubleValue) > swingThreshold)
  }
}
