import Foundation
import Yams
import FazhiCore

// The metadata keys (年度, 报告主体, 层级, 纲要, 日期, 主送) and keys the decoder does not know.
extension ReportDecoder {
  /// The top-level entries by key.
  typealias Entries = [String: (key: Yams.Node, value: Yams.Node)]

  /// 年度, 报告主体 and the other metadata keys; `root` locates what is missing.
  mutating func decodeMetadata(_ values: Entries, root: Yams.Node) -> ReportMetadata {
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
    return metadata
  }

  mutating func unknownKey(_ name: String, node: Yams.Node, candidates: [String]) {
    var note: String?
    if let part = catalog.parts.first(where: { p in p.aliases.contains { TextKey.key($0) == TextKey.key(name) } }) {
      note = UnknownKeyRule.partAlias(name, key: part.key)
    } else if let guess = Suggestion.closest(to: name, in: candidates) {
      note = UnknownKeyRule.didYouMean(guess)
    } else if catalog.indicator(named: name) != nil {
      note = UnknownKeyRule.indicatorKey(under: ReportKey.indicators)
    }
    report(UnknownKeyRule.description, node, UnknownKeyRule.message(name, note: note))
    omit(node, "「\(name)」及其内容")
  }

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
    let half = TextKey.halfWidth(trimmed)
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
      omit(node, "「\(path)」", path: path)
      return nil
    }
    if !parsed.date.isValid {
      report(InvalidDateRule.description, node, InvalidDateRule.nonexistent(path, text: text))
      omit(node, "「\(path)」", path: path)
      return nil
    }
    if parsed.isNonStandard {
      report(DateFormatRule.description, node, DateFormatRule.message(path, text: text, date: parsed.date))
    }
    return parsed.date
  }
}
