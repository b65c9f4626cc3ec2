import Foundation
import Yams
import FazhiCore

// The parts: 主要举措和成效 by area, and the parts written as text or lists of items.
extension ReportDecoder {
  mutating func decodeAreas(_ node: Yams.Node, path: String, framework: FrameworkSpec?) -> [AreaSection] {
    guard checkAnchor(node) else { return [] }
    if case .scalar(let s) = node, s.string.isEmpty || isPlaceholder(s.string) {
      if isPlaceholder(s.string) { placeholderPaths.append(path) }
      return []
    }
    guard case .sequence(let seq) = node else {
      let expectation = "「\(path)」应为领域列表（每项以「- 领域:」开头）"
      report(WrongTypeRule.description, node, WrongTypeRule.message(expectation, found: Self.typeName(node)))
      omit(node, "「\(path)」", path: path)
      return []
    }
    var areas: [AreaSection] = []
    for (index, element) in seq.enumerated() {
      let areaPath = "\(path)[\(index)]"
      guard checkAnchor(element) else { continue }
      guard case .mapping(let mapping) = element else {
        let expectation = "「\(path)」的每一项应包含「领域」和「事项」"
        report(WrongTypeRule.description, element, WrongTypeRule.message(expectation, found: Self.typeName(element)))
        omit(element, "「\(areaPath)」", path: areaPath)
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
          omit(element, "「\(itemPath)」", path: itemPath)
        }
      }
      return entries
    default:
      report(WrongTypeRule.description, node, WrongTypeRule.message(listMessage, found: Self.typeName(node)))
      omit(node, "「\(path)」", path: path)
      return []
    }
  }
}
