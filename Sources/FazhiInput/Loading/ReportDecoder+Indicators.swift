import Foundation
import Yams
import FazhiCore

// 主要指标, 其他指标 and 数据事实: names against the catalog, values and units.
extension ReportDecoder {
  mutating func decodeIndicators(_ node: Yams.Node) -> [IndicatorValue] {
    guard checkAnchor(node) else { return [] }
    if case .scalar(let s) = node, s.string.isEmpty { return [] }
    guard case .mapping(let mapping) = node else {
      let expectation = "「主要指标」应为「指标名: 数值」的键值对"
      report(WrongTypeRule.description, node, WrongTypeRule.message(expectation, found: Self.typeName(node)))
      return []
    }
    var values: [IndicatorValue] = []
    var seen: [String: String] = Dictionary(minimumCapacity: mapping.count)
    for (keyNode, valueNode) in mapping {
      let name = key(keyNode)
      let path = "\(ReportKey.indicators).\(name)"
      positions.record(path, key: location(keyNode), value: location(valueNode))
      guard let raw = string(valueNode, path: path, expected: "数值") else { continue }
      guard let spec = catalog.indicator(named: name) else {
        let guess = indicatorSuggestion.closest(to: name)
        let message = UnknownIndicatorRule.message(name, guess: guess, customIndicators: ReportKey.customIndicators)
        report(UnknownIndicatorRule.description, keyNode, message)
        continue
      }
      if name != spec.label {
        report(IndicatorAliasRule.description, keyNode, IndicatorAliasRule.message(name, label: spec.label))
      }
      if let previous = seen[spec.id] {
        let message = DuplicateIndicatorRule.message(name, previous: previous, label: spec.label)
        report(DuplicateIndicatorRule.description, keyNode, message)
        continue
      }
      seen[spec.id] = name
      if raw.unicodeScalars.allSatisfy(Whitespace.isWhitespace) { continue }
      if isPlaceholder(raw) {
        placeholderPaths.append(path)
        continue
      }
      guard let quantity = decodeQuantity(raw, node: valueNode, label: spec.label, spec: spec) else {
        omit(valueNode, "指标「\(spec.label)」", path: path)
        continue
      }
      values.append(IndicatorValue(id: spec.id, label: spec.label, quantity: quantity, raw: raw, location: location(valueNode)))
    }
    return values
  }

  mutating func decodeCustomIndicators(_ node: Yams.Node) -> [IndicatorValue] {
    guard checkAnchor(node) else { return [] }
    if case .scalar(let s) = node, s.string.isEmpty { return [] }
    guard case .mapping(let mapping) = node else {
      report(WrongTypeRule.description, node, WrongTypeRule.customIndicators)
      return []
    }
    var values: [IndicatorValue] = []
    for (keyNode, valueNode) in mapping {
      let name = key(keyNode)
      let path = "\(ReportKey.customIndicators).\(name)"
      positions.record(path, key: location(keyNode), value: location(valueNode))
      guard let raw = string(valueNode, path: path, expected: "数值") else { continue }
      if let spec = catalog.indicator(named: name) {
        let message = CustomIsCatalogRule.message(name, label: spec.label, indicators: ReportKey.indicators)
        report(CustomIsCatalogRule.description, keyNode, message)
      }
      if raw.unicodeScalars.allSatisfy(Whitespace.isWhitespace) { continue }
      if isPlaceholder(raw) {
        placeholderPaths.append(path)
        continue
      }
      guard let quantity = decodeQuantity(raw, node: valueNode, label: name, spec: nil) else { continue }
      values.append(IndicatorValue(id: name, label: name, quantity: quantity, raw: raw, location: location(valueNode)))
    }
    return values
  }

  mutating func decodeFacts(_ node: Yams.Node) -> [Fact] {
    guard checkAnchor(node), case .sequence(let seq) = node else {
      if case .scalar(let s) = node, s.string.isEmpty { return [] }
      report(WrongTypeRule.description, node, WrongTypeRule.facts)
      return []
    }
    var facts: [Fact] = []
    for (index, element) in seq.enumerated() {
      guard checkAnchor(element), case .mapping(let mapping) = element else { continue }
      var label = ""
      var raw = ""
      var sentence = ""
      for (keyNode, valueNode) in mapping {
        let name = key(keyNode)
        let path = "\(ReportKey.facts)[\(index)].\(name)"
        switch name {
        case ReportKey.FactKey.label: label = string(valueNode, path: path) ?? ""
        case ReportKey.FactKey.value: raw = string(valueNode, path: path) ?? ""
        case ReportKey.FactKey.sentence: sentence = string(valueNode, path: path) ?? ""
        default: unknownKey(name, node: keyNode, candidates: [ReportKey.FactKey.label, ReportKey.FactKey.value, ReportKey.FactKey.sentence])
        }
      }
      if case .success(let parsed) = QuantityParser.parse(raw) {
        facts.append(Fact(label: label, quantity: parsed.quantity, sentence: sentence, location: location(element)))
      }
    }
    return facts
  }

  /// Parses an indicator value and checks it against the indicator's kind and unit.
  mutating func decodeQuantity(_ raw: String, node: Yams.Node, label: String, spec: IndicatorSpec?) -> Quantity? {
    switch QuantityParser.parse(raw) {
    case .failure(let error):
      report(IndicatorValueRule.description, node, IndicatorValueRule.unparsable(label, raw: raw, problem: error.message))
      return nil
    case .success(let parsed):
      var quantity = parsed.quantity
      for note in parsed.notes {
        if let finding = QuantityNoteMessages.finding(for: note, raw: raw, label: label) {
          report(finding.rule, node, finding.message)
        }
      }
      guard let spec else {
        if quantity.unit == nil {
          report(CustomIndicatorUnitRule.description, node, CustomIndicatorUnitRule.message(label))
        }
        return quantity
      }
      switch spec.kind {
      case .rate:
        if quantity.unit == "个百分点" {
          report(IndicatorValueRule.description, node, IndicatorValueRule.percentagePoints(label, raw: raw))
          return nil
        }
        if quantity.unit == nil {
          report(RateWithoutPercentRule.description, node, RateWithoutPercentRule.message(label, value: quantity.value.plainText))
          quantity.unit = "%"
        } else if let unit = quantity.unit, unit != "%" {
          report(IndicatorUnitRule.description, node, IndicatorUnitRule.rateUnit(label, unit: unit))
          return nil
        }
      case .count, .amount, .number:
        if quantity.unit == "%" || quantity.unit == "个百分点" {
          let message = IndicatorUnitRule.percentForQuantity(label, unit: spec.unit, raw: raw)
          report(IndicatorUnitRule.description, node, message)
          return nil
        }
        if let unit = quantity.unit, unit != spec.unit, !UnitCompatibility.compatible(unit, spec.unit) {
          if spec.kind == .amount || unit == "元" {
            report(IndicatorUnitRule.description, node, IndicatorUnitRule.wrongUnit(label, expected: spec.unit, unit: unit))
            return nil
          }
          // Counts are counted in many words (件/项/次/场次); keep the figure, ask for the catalog's unit.
          let message = IndicatorUnitRule.unusualUnit(label, expected: spec.unit, unit: unit)
          report(IndicatorUnitRule.description, node, message, severity: .warning)
        }
        quantity.unit = spec.unit
        if spec.kind != .number && quantity.value < 0 {
          report(IndicatorValueRule.description, node, IndicatorValueRule.negative(label, unit: spec.unit, raw: raw))
          return nil
        }
        if spec.kind == .count && quantity.value != quantity.value.rounded0 && quantity.approximation == nil {
          report(IndicatorValueRule.description, node, IndicatorValueRule.notWhole(label, unit: spec.unit, raw: raw))
          return nil
        }
      }
      return quantity
    }
  }
}

extension Decimal {
  /// The value rounded to a whole number.
  var rounded0: Decimal {
    var copy = self
    var result = Decimal()
    NSDecimalRound(&result, &copy, 0, .plain)
    return result
  }
}

/// Units that name the same measure (人 and 人次 are not the same; 名 and 人 are).
enum UnitCompatibility {
  static let groups: [Set<String>] = [["名", "人", "位"], ["件", "宗", "起", "单"], ["场", "场次", "次", "期"], ["份", "件", "卷", "宗"], ["人次", "件次"]]

  static func compatible(_ a: String, _ b: String) -> Bool {
    a == b || groups.contains { $0.contains(a) && $0.contains(b) }
  }
}
