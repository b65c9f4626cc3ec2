import FazhiCore
import FazhiInput
@testable import FazhiTestSupport
import Foundation

/// 人工标注：one gold file of `Fixtures/gold` (a small YAML subset read without Yams, which tests do not import).
struct GoldAnnotation {
  var fields: [String: String] = [:]
  var lists: [String: [String]] = [:]
  var maps: [String: [(String, String)]] = [:]

  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  /// Reads `key: value`, `key: [a, b]`, `key:` followed by `  - item` or `  name: value` lines.
  init(text: String) throws {
    var currentKey: String?
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(rawLine)
      if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      if line.hasPrefix("  - ") {
        guard let key = currentKey else { throw FormatError(description: "第 \(index + 1) 行：列表项前没有键") }
        lists[key, default: []].append(Self.unquote(String(line.dropFirst(4))))
      } else if line.hasPrefix("  ") {
        guard let key = currentKey, let colon = line.firstIndex(of: ":") else {
          throw FormatError(description: "第 \(index + 1) 行：无法识别")
        }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        maps[key, default: []].append((name, value))
      } else if let colon = line.firstIndex(of: ":") {
        let key = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        currentKey = key
        if value.hasPrefix("[") && value.hasSuffix("]") {
          lists[key] = value.dropFirst().dropLast().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }
        } else if !value.isEmpty {
          fields[key] = Self.unquote(value)
        }
      } else {
        throw FormatError(description: "第 \(index + 1) 行：无法识别")
      }
    }
  }

  static func unquote(_ text: String) -> String {
    if text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") { return String(text.dropFirst().dropLast()) }
    return text
  }

  /// `(level, text)` pairs.
  var headings: [(Int, String)] {
    (lists["headings"] ?? []).compactMap { entry in
      guard let space = entry.firstIndex(of: " "), let level = Int(entry[..<space]) else { return nil }
      return (level, String(entry[entry.index(after: space)...]))
    }
  }

  var indicators: [(String, Decimal)] {
    (maps["indicators"] ?? []).compactMap { name, value in Decimal(string: value).map { (name, $0) } }
  }

  func field(_ key: String) -> String? {
    guard let value = fields[key], value != "~" else { return nil }
    return value
  }
}

/// Precision, recall and F1 from counts.
struct Score: CustomStringConvertible {
  var truePositives = 0
  var extracted = 0
  var gold = 0

  var precision: Double { extracted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(extracted) }
  var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

  static func + (a: Score, b: Score) -> Score {
    Score(truePositives: a.truePositives + b.truePositives, extracted: a.extracted + b.extracted, gold: a.gold + b.gold)
  }

  var description: String {
    String(format: "P %.3f R %.3f F1 %.3f (%d/%d/%d)", precision, recall, f1, truePositives, extracted, gold)
  }
}

/// Scores an extraction against a gold annotation.
enum GoldScorer {
  /// Heading texts compared without punctuation and spaces; a shorter one that opens the longer one (at least
  /// 8 characters) also matches, since where a long heading ends is a matter of judgement.
  static func sameHeading(_ a: String, _ b: String) -> Bool {
    let x = key(a)
    let y = key(b)
    if x == y { return true }
    let (short, long) = x.count < y.count ? (x, y) : (y, x)
    return short.count >= 8 && long.hasPrefix(short)
  }

  static func key(_ text: String) -> String {
    String(text.filter { !" \u{3000},，。、；;：:“”\"（）()《》".contains($0) })
  }

  /// Headings matched in order (level and text).
  static func headings(_ extracted: [ExtractedHeading], gold: [(Int, String)]) -> Score {
    var score = Score(extracted: extracted.count, gold: gold.count)
    var used = Set<Int>()
    var start = 0
    for heading in extracted {
      // Look ahead a little in the gold list so one missed heading does not derail the rest.
      for j in start..<min(gold.count, start + 12) where !used.contains(j) {
        if gold[j].0 == heading.level && sameHeading(gold[j].1, heading.text) {
          used.insert(j)
          score.truePositives += 1
          start = j + 1
          break
        }
      }
    }
    return score
  }

  static func indicators(_ extracted: [IndicatorValue], gold: [(String, Decimal)]) -> Score {
    var score = Score(extracted: extracted.count, gold: gold.count)
    let table = Dictionary(gold, uniquingKeysWith: { first, _ in first })
    for value in extracted {
      if let expected = table[value.id], abs((expected - value.quantity.value).doubleValue) < 0.0001 {
        score.truePositives += 1
      }
    }
    return score
  }

  static func parts(_ extracted: [ReportPart], gold: [String]) -> Score {
    Score(truePositives: Set(extracted.map(\.rawValue)).intersection(gold).count, extracted: extracted.count, gold: gold.count)
  }

  /// Metadata fields that differ: (field, expected, found).
  static func metadataMismatches(_ report: Report?, gold: GoldAnnotation) -> [(String, String, String)] {
    let metadata = report?.metadata
    var found: [String: String] = [
      "title": metadata?.title ?? "~",
      "jurisdiction": metadata?.jurisdiction ?? "~",
      "year": metadata.map { "\($0.year)" } ?? "~",
      "level": metadata?.level?.rawValue ?? "~",
      "framework": metadata?.framework ?? "~",
      "date": metadata?.date?.iso ?? "~",
      "publishedDate": metadata?.publishedDate?.iso ?? "~",
    ]
    if gold.field("issuer") != nil { found["issuer"] = metadata?.issuer ?? "~" }
    var mismatches: [(String, String, String)] = []
    for (key, value) in found.sorted(by: { $0.key < $1.key }) {
      let expected = gold.fields[key] ?? "~"
      if expected != value { mismatches.append((key, expected, value)) }
    }
    let recipients = gold.lists["recipients"] ?? []
    if recipients != (metadata?.recipients ?? []) {
      mismatches.append(
        ("recipients", recipients.joined(separator: "、"), (metadata?.recipients ?? []).joined(separator: "、")))
    }
    return mismatches
  }
}
