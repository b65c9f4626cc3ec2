import Foundation
import Yams
import FazhiCore

/// Walks a composed YAML node tree into a `Report`, recording positions and type findings.
struct ReportDecoder {
  let catalog: Catalog
  let file: String
  var positions: PositionMap
  var diagnostics: [Diagnostic] = []
  var placeholderPaths: [String] = []
  /// Guards against alias expansion (billion laughs): nodes visited at most.
  private var budget = 200_000

  /// The repairs made before parsing, to map marks back to the user's columns.
  let screening: InputScreening.Result?
  /// The placeholder markers with their UTF-8 bytes when a byte test can rule them out (see `isPlaceholder`).
  private let markers: [(text: String, bytes: [UInt8]?)]

  init(catalog: Catalog, file: String, positions: PositionMap, screening: InputScreening.Result? = nil) {
    self.catalog = catalog
    self.file = file
    self.positions = positions
    self.screening = screening
    self.markers = (catalog.placeholders.filter { !$0.isEmpty } + [Scaffold.marker]).map {
      ($0, LiteralSearch.isCanonicallyPlain($0) ? Array($0.utf8) : nil)
    }
  }

  // MARK: - Helpers

  func location(_ node: Yams.Node) -> TextLocation {
    let mark = node.mark
    let line = max(mark?.line ?? 1, 1)
    let column = max(mark?.column ?? 1, 1)
    return TextLocation(file: file, line: line, column: screening?.originalColumn(line: line, column: column) ?? column)
  }

  /// A finding of `rule` at `node`, with the rule's severity unless `severity` says otherwise.
  mutating func report(_ rule: RuleDescription, _ node: Yams.Node, _ message: String, severity: Severity? = nil) {
    diagnostics.append(Diagnostic(rule, at: location(node), message, severity: severity))
  }

  func isPlaceholder(_ text: String) -> Bool {
    // Called for every value; String.contains is slow, and absent bytes rule a marker out in plain text.
    let plain = LiteralSearch.isCanonicallyPlain(text)
    return markers.contains { marker in
      if plain, let bytes = marker.bytes, !LiteralSearch.containsBytes(text, bytes) { return false }
      return text.contains(marker.text)
    }
  }

  /// Refuses anchors and aliases: report data never needs them and they open the door to alias bombs.
  mutating func checkAnchor(_ node: Yams.Node) -> Bool {
    budget -= 1
    let anchor: Anchor?
    switch node {
    case .scalar(let s): anchor = s.anchor
    case .mapping(let m): anchor = m.anchor
    case .sequence(let s): anchor = s.anchor
    case .alias: anchor = nil
    }
    if anchor != nil || budget < 0 {
      report(AnchorRule.description, node, AnchorRule.message)
      return false
    }
    return true
  }

  /// The first node (depth first) carrying an anchor, or the node where the walk exceeds `limit` nodes.
  static func firstAnchored(in root: Yams.Node, limit: Int = 200_000) -> Yams.Node? {
    var visited = 0
    func walk(_ node: Yams.Node) -> Yams.Node? {
      visited += 1
      if visited > limit { return node }
      switch node {
      case .scalar(let s): return s.anchor == nil ? nil : node
      case .alias: return node
      case .mapping(let m):
        if m.anchor != nil { return node }
        for (key, value) in m {
          if let found = walk(key) ?? walk(value) { return found }
        }
      case .sequence(let seq):
        if seq.anchor != nil { return node }
        for element in seq {
          if let found = walk(element) { return found }
        }
      }
      return nil
    }
    return walk(root)
  }

  static func typeName(_ node: Yams.Node) -> String {
    switch node {
    case .scalar: "单个值"
    case .mapping: "键值对"
    case .sequence: "列表"
    case .alias: "别名"
    }
  }

  /// A scalar's string, or a finding when the node is a list or mapping.
  mutating func string(_ node: Yams.Node, path: String, expected: String = "文字") -> String? {
    guard checkAnchor(node) else { return nil }
    guard case .scalar(let scalar) = node else {
      report(WrongTypeRule.description, node, WrongTypeRule.message("「\(path)」应为\(expected)", found: Self.typeName(node)))
      return nil
    }
    positions.record(path, key: nil, value: location(node))
    let value = scalar.string
    if scalar.style == .plain && (value == "~" || value == "null" || value.isEmpty) { return "" }
    return value
  }

  /// Records a key's position and returns the key text.
  mutating func key(_ node: Yams.Node) -> String {
    if case .scalar(let s) = node { return s.string }
    report(WrongTypeRule.description, node, WrongTypeRule.message("键必须是文字", found: Self.typeName(node)))
    return ""
  }

  // MARK: - Root

  mutating func decode(_ root: Yams.Node) -> Report? {
    // Anchors under keys the decoder skips (unknown keys) must be refused too: a bomb usually hides there.
    if let anchored = Self.firstAnchored(in: root) {
      report(AnchorRule.description, anchored, AnchorRule.message)
      return nil
    }
    guard checkAnchor(root) else { return nil }
    guard case .mapping(let mapping) = root else {
      report(NotMappingRule.description, root, NotMappingRule.message(found: Self.typeName(root)))
      return nil
    }
    var values: [String: (key: Yams.Node, value: Yams.Node)] = [:]
    let partKeys = catalog.parts.map(\.key)
    let known = ReportKey.metadataKeys + [ReportKey.preamble, ReportKey.indicators, ReportKey.customIndicators, ReportKey.facts] + partKeys
    let isKnown = Set(known)
    for (keyNode, valueNode) in mapping {
      let name = key(keyNode)
      guard !name.isEmpty else { continue }
      if isKnown.contains(name) {
        values[name] = (keyNode, valueNode)
        positions.record(name, key: location(keyNode), value: location(valueNode))
      } else {
        unknownKey(name, node: keyNode, candidates: known)
      }
    }

    // 年度
    var year = 0
    if let entry = values[ReportKey.year] {
      year = decodeYear(entry.value) ?? 0
    } else {
      report(MissingMetadataRule.description, root, MissingMetadataRule.year)
    }
    var jurisdiction = ""
    if let entry = values[ReportKey.jurisdiction], let text = string(entry.value, path: ReportKey.jurisdiction) {
      jurisdiction = Whitespace.trim(text)
      if isPlaceholder(jurisdiction) { placeholderPaths.append(ReportKey.jurisdiction) }
    } else if values[ReportKey.jurisdiction] == nil {
      report(MissingMetadataRule.description, root, MissingMetadataRule.jurisdiction)
    }
    var level: ReportLevel?
    if let entry = values[ReportKey.level], let text = string(entry.value, path: ReportKey.level), !text.isEmpty {
      level = ReportLevel.parse(text)
      if level == nil && !isPlaceholder(text) {
        let names = ReportLevel.allCases.map(\.chineseName).joined(separator: "、")
        report(InvalidValueRule.description, entry.value, InvalidValueRule.level(text, names: names))
      }
    }
    var framework: String?
    if let entry = values[ReportKey.framework], let text = string(entry.value, path: ReportKey.framework), !text.isEmpty {
      // The newest framework whose id the value holds: 2021, 2021年, 2021—2025 all name the 2021 纲要.
      let newestFirst = catalog.frameworksNewestFirst
      framework = newestFirst.first { text.contains($0.id) }?.id
      if framework == nil && !isPlaceholder(text) {
        let choices = newestFirst.map { "\($0.id)（\($0.label)）" }.joined(separator: " 或 ")
        report(InvalidValueRule.description, entry.value, InvalidValueRule.framework(choices: choices))
      }
    }
    var metadata = ReportMetadata(jurisdiction: jurisdiction, level: level, year: year, framework: framework)
    if let entry = values[ReportKey.title], let text = string(entry.value, path: ReportKey.title), !text.isEmpty {
      metadata.title = text
    }
    if let entry = values[ReportKey.issuer], let text = string(entry.value, path: ReportKey.issuer), !text.isEmpty {
      metadata.issuer = text
    }
    if let entry = values[ReportKey.source], let text = string(entry.value, path: ReportKey.source), !text.isEmpty {
      metadata.source = text
    }
    if let entry = values[ReportKey.recipients] {
      metadata.recipients = decodeRecipients(entry.value)
    }
    if let entry = values[ReportKey.date] {
      metadata.date = decodeDate(entry.value, path: ReportKey.date)
    }
    if let entry = values[ReportKey.publishedDate] {
      metadata.publishedDate = decodeDate(entry.value, path: ReportKey.publishedDate)
    }

    var result = Report(metadata: metadata)
    if let entry = values[ReportKey.preamble], let text = string(entry.value, path: ReportKey.preamble) {
      result.preamble = text.isEmpty ? nil : text
    }
    for part in catalog.parts {
      guard let entry = values[part.key] else { continue }
      switch part.id {
      case .achievements: result.achievements = decodeAreas(entry.value, path: part.key, framework: catalog.framework(for: metadata))
      case .shortcomings: result.shortcomings = decodeShortcomings(entry.value, path: part.key)
      case .firstResponsible: result.firstResponsible = decodeItems(entry.value, path: part.key)
      case .nextYear: result.nextYearPlans = decodeItems(entry.value, path: part.key)
      case .other: result.otherMatters = decodeItems(entry.value, path: part.key)
      }
    }
    if let entry = values[ReportKey.indicators] {
      result.indicators = decodeIndicators(entry.value)
    }
    if let entry = values[ReportKey.customIndicators] {
      result.customIndicators = decodeCustomIndicators(entry.value)
    }
    if let entry = values[ReportKey.facts] {
      result.facts = decodeFacts(entry.value)
    }
    return result
  }

  mutating func unknownKey(_ name: String, node: Yams.Node, candidates: [String]) {
    var note: String?
    if let part = catalog.parts.first(where: { p in p.aliases.contains { TextNormalizer.key($0) == TextNormalizer.key(name) } }) {
      note = UnknownKeyRule.partAlias(name, key: part.key)
    } else if let guess = Suggestion.closest(to: name, in: candidates) {
      note = UnknownKeyRule.didYouMean(guess)
    } else if catalog.indicator(named: name) != nil {
      note = UnknownKeyRule.indicatorKey(under: ReportKey.indicators)
    }
    report(UnknownKeyRule.description, node, UnknownKeyRule.message(name, note: note))
  }

  // MARK: - Metadata values

  /// Years this tool accepts. Every form (half-width, full-width, Chinese numerals) goes through the same range, so
  /// later rules can add and compare years without overflow or nonsense like －２０２４.
  static let acceptedYears = 1990...2100

  mutating func decodeYear(_ node: Yams.Node) -> Int? {
    guard let text = string(node, path: ReportKey.year, expected: "年份数字") else { return nil }
    let trimmed = Whitespace.trim(text).replacingOccurrences(of: "年", with: "")
    if let year = Int(trimmed), Self.acceptedYears.contains(year) { return year }
    if isPlaceholder(text) {
      placeholderPaths.append(ReportKey.year)
      return nil
    }
    let half = TextNormalizer.halfWidth(trimmed)
    if half != trimmed, let year = Int(half), Self.acceptedYears.contains(year) {
      report(FullwidthDigitsRule.description, node, FullwidthDigitsRule.year(text, year: year))
      return year
    }
    if let value = ChineseNumeral.year(of: Substring(trimmed)), Self.acceptedYears.contains(value) {
      report(NumberFormatRule.description, node, NumberFormatRule.year(text, year: value))
      return value
    }
    report(WrongTypeRule.description, node, WrongTypeRule.year(range: Self.acceptedYears, text: text))
    return nil
  }

  mutating func decodeRecipients(_ node: Yams.Node) -> [String] {
    let names = decodeRecipientList(node)
    if names.contains(where: isPlaceholder) {
      placeholderPaths.append(ReportKey.recipients)
      return names.filter { !isPlaceholder($0) }
    }
    return names
  }

  mutating func decodeRecipientList(_ node: Yams.Node) -> [String] {
    guard checkAnchor(node) else { return [] }
    switch node {
    case .scalar:
      guard let text = string(node, path: ReportKey.recipients) else { return [] }
      let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " ：:"))
      return trimmed.split(whereSeparator: { "、，,；;".contains($0) }).map { Whitespace.trim($0) }
        .filter { !$0.isEmpty }
    case .sequence(let seq):
      return seq.enumerated().compactMap { i, item in
        string(item, path: "\(ReportKey.recipients)[\(i)]").map(Whitespace.trim)
      }.filter { !$0.isEmpty }
    default:
      report(WrongTypeRule.description, node, WrongTypeRule.recipients)
      return []
    }
  }

  mutating func decodeDate(_ node: Yams.Node, path: String) -> ReportDate? {
    guard let text = string(node, path: path, expected: "日期") else { return nil }
    let trimmed = Whitespace.trim(text)
    if trimmed.isEmpty { return nil }
    if isPlaceholder(trimmed) {
      placeholderPaths.append(path)
      return nil
    }
    guard let parsed = DateParser.parse(trimmed) else {
      report(InvalidDateRule.description, node, InvalidDateRule.unrecognised(path, text: text))
      return nil
    }
    if !parsed.date.isValid {
      report(InvalidDateRule.description, node, InvalidDateRule.nonexistent(path, text: text))
      return nil
    }
    if parsed.isNonStandard {
      report(DateFormatRule.description, node, DateFormatRule.message(path, text: text, date: parsed.date))
    }
    return parsed.date
  }

  // MARK: - Parts

  mutating func decodeAreas(_ node: Yams.Node, path: String, framework: FrameworkSpec?) -> [AreaSection] {
    guard checkAnchor(node) else { return [] }
    if case .scalar(let s) = node, s.string.isEmpty || isPlaceholder(s.string) {
      if isPlaceholder(s.string) { placeholderPaths.append(path) }
      return []
    }
    guard case .sequence(let seq) = node else {
      let expectation = "「\(path)」应为领域列表（每项以「- 领域:」开头）"
      report(WrongTypeRule.description, node, WrongTypeRule.message(expectation, found: Self.typeName(node)))
      return []
    }
    var areas: [AreaSection] = []
    for (index, element) in seq.enumerated() {
      let areaPath = "\(path)[\(index)]"
      guard checkAnchor(element) else { continue }
      guard case .mapping(let mapping) = element else {
        let expectation = "「\(path)」的每一项应包含「领域」和「事项」"
        report(WrongTypeRule.description, element, WrongTypeRule.message(expectation, found: Self.typeName(element)))
        continue
      }
      positions.record(areaPath, key: nil, value: location(element))
      var areaName = ""
      var title: String?
      var summary: String?
      var items: [Item] = []
      let keys = [ReportKey.Area.area, ReportKey.Area.title, ReportKey.Area.summary, ReportKey.Area.items]
      for (keyNode, valueNode) in mapping {
        let name = key(keyNode)
        let childPath = "\(areaPath).\(name)"
        positions.record(childPath, key: location(keyNode), value: location(valueNode))
        switch name {
        case ReportKey.Area.area: areaName = string(valueNode, path: childPath) ?? ""
        case ReportKey.Area.title: title = string(valueNode, path: childPath)
        case ReportKey.Area.summary: summary = string(valueNode, path: childPath)
        case ReportKey.Area.items: items = decodeItems(valueNode, path: childPath)
        default: unknownKey(name, node: keyNode, candidates: keys)
        }
      }
      let spec = framework.flatMap { catalog.area(named: areaName, in: $0) }
      if spec == nil && !areaName.isEmpty && !isPlaceholder(areaName) {
        let names = framework?.areas.map(\.short) ?? []
        let guess = Suggestion.closest(to: areaName, in: names)
        let otherFramework = catalog.frameworks.first {
          $0.id != framework?.id && catalog.area(named: areaName, in: $0) != nil
        }
        let message = CustomAreaRule.message(
          areaName, framework: framework?.id ?? "", otherFramework: otherFramework?.id, guess: guess)
        let areaNode = mapping.first(where: { key($0.key) == ReportKey.Area.area })?.value ?? element
        report(CustomAreaRule.description, areaNode, message)
      }
      if areaName.isEmpty && title == nil {
        report(MissingFieldRule.description, element, MissingFieldRule.message)
      }
      let areaTitle = (title?.isEmpty == false ? title : nil) ?? spec?.title ?? areaName
      areas.append(
        AreaSection(
          areaID: spec?.id, title: areaTitle, summary: summary?.isEmpty == true ? nil : summary, items: items,
          location: location(element)))
    }
    return areas
  }

  mutating func decodeItems(_ node: Yams.Node, path: String) -> [Item] {
    let keys = (title: ReportKey.ItemKey.title, text: ReportKey.ItemKey.text)
    return decodeEntries(
      node, path: path, keys: [keys.title, keys.text], scalarKey: keys.text,
      elementMessage: "「\(path)」的每一项应为文字或「标题」「内容」",
      listMessage: "「\(path)」应为文字或事项列表（每项含「标题」「内容」）"
    ).map { entry in
      let title = entry[keys.title]
      return Item(title: title?.isEmpty == true ? nil : title, text: entry[keys.text] ?? "", location: entry.location)
    }
  }

  mutating func decodeShortcomings(_ node: Yams.Node, path: String) -> [Shortcoming] {
    let keys = (problem: ReportKey.ShortcomingKey.problem, cause: ReportKey.ShortcomingKey.cause)
    return decodeEntries(
      node, path: path, keys: [keys.problem, keys.cause], scalarKey: keys.problem,
      elementMessage: "「\(path)」的每一项应包含「不足」和「原因」",
      listMessage: "「\(path)」应为列表，每项包含「不足」和「原因」"
    ).map { entry in
      Shortcoming(problem: entry[keys.problem] ?? "", cause: entry[keys.cause], location: entry.location)
    }
  }

  /// One entry of a part written as text or as a list of text / two-key mappings (事项, 不足).
  struct Entry {
    /// The texts by key. At most two keys: a list, where a dictionary per entry cost more than the rest of it.
    var texts: [(key: String, text: String)]
    var location: TextLocation

    subscript(key: String) -> String? { texts.last { $0.key == key }?.text }

    /// Like assigning to a dictionary: nil removes the key.
    mutating func set(_ key: String, _ text: String?) {
      texts.removeAll { $0.key == key }
      if let text { texts.append((key, text)) }
    }
  }

  /// Reads a part that is either one text (an entry holding `scalarKey`) or a list whose elements are a text
  /// (filling `scalarKey`) or a mapping over `keys`; records every position and reports wrong shapes.
  mutating func decodeEntries(
    _ node: Yams.Node, path: String, keys: [String], scalarKey: String, elementMessage: String, listMessage: String
  ) -> [Entry] {
    guard checkAnchor(node) else { return [] }
    switch node {
    case .scalar(let scalar):
      positions.record(path, key: nil, value: location(node))
      if scalar.string.unicodeScalars.allSatisfy(Whitespace.isWhitespaceOrNewline) { return [] }
      return [Entry(texts: [(scalarKey, scalar.string)], location: location(node))]
    case .sequence(let seq):
      var entries: [Entry] = []
      for (index, element) in seq.enumerated() {
        let itemPath = "\(path)[\(index)]"
        guard checkAnchor(element) else { continue }
        positions.record(itemPath, key: nil, value: location(element))
        switch element {
        case .scalar(let scalar):
          positions.record("\(itemPath).\(scalarKey)", key: nil, value: location(element))
          entries.append(Entry(texts: [(scalarKey, scalar.string)], location: location(element)))
        case .mapping(let mapping):
          var entry = Entry(texts: [], location: location(element))
          for (keyNode, valueNode) in mapping {
            let name = key(keyNode)
            let childPath = "\(itemPath).\(name)"
            positions.record(childPath, key: location(keyNode), value: location(valueNode))
            if keys.contains(name) {
              entry.set(name, string(valueNode, path: childPath) ?? (name == scalarKey ? "" : nil))
            } else {
              unknownKey(name, node: keyNode, candidates: keys)
            }
          }
          entries.append(entry)
        default:
          report(WrongTypeRule.description, element, WrongTypeRule.message(elementMessage, found: Self.typeName(element)))
        }
      }
      return entries
    default:
      report(WrongTypeRule.description, node, WrongTypeRule.message(listMessage, found: Self.typeName(node)))
      return []
    }
  }

  // MARK: - Indicators

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
        let guess = Suggestion.closest(to: name, in: catalog.indicators.map(\.label))
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
      guard let quantity = decodeQuantity(raw, node: valueNode, label: spec.label, spec: spec) else { continue }
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
