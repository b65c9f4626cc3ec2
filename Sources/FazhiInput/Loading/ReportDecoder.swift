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
  /// Values dropped because of an error finding (see `LoadedReport.omissions`).
  var omissions: [LoadedReport.Omission] = []
  /// Guards against alias expansion (billion laughs): nodes visited at most.
  private var budget = 200_000

  /// The repairs made before parsing, to map marks back to the user's columns.
  let screening: InputScreening.Result?
  /// The placeholder markers, prepared for byte searches (see `isPlaceholder`).
  private let markers: PlaceholderMarkers
  /// The catalog's indicator labels prepared for 你是不是想写 suggestions, built at the first unknown indicator.
  lazy var indicatorSuggestion = Suggestion(candidates: catalog.indicators.map(\.label))

  init(
    catalog: Catalog, markers: PlaceholderMarkers, file: String, positions: PositionMap,
    screening: InputScreening.Result? = nil
  ) {
    self.catalog = catalog
    self.file = file
    self.positions = positions
    self.screening = screening
    self.markers = markers
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

  /// Records that the value at `node` is not in the report (its error finding is reported separately).
  mutating func omit(_ node: Yams.Node, _ what: String, path: String? = nil) {
    omissions.append(LoadedReport.Omission(location: location(node), what: what, path: path))
  }

  func isPlaceholder(_ text: String) -> Bool {
    // Called for every value; String.contains is slow, and absent bytes rule a marker out in plain text.
    let plain = LiteralSearch.isCanonicallyPlain(text)
    return markers.all.contains { marker in
      if plain && marker.isPlain && !LiteralSearch.containsBytes(text, marker.bytes) { return false }
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
      omit(node, "「\(path)」", path: path)
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
    var values: Entries = [:]
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

    let metadata = decodeMetadata(values, root: root)
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
}
