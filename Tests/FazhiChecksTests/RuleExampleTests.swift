import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// One example of one rule description, possibly with a Chinese comment line prepended.
struct RuleExample: Sendable, CustomTestStringConvertible {
  var identifier: String
  var severity: Severity
  var isFailing: Bool
  var index: Int
  var text: String
  var prefixed: Bool

  var testDescription: String {
    "\(identifier) \(isFailing ? "failing" : "passing")[\(index)]\(prefixed ? " +comment" : "")"
  }

  static let comment = "# 注释：示例\n"

  /// Rules whose findings can be located at the file start (nothing more specific to point at).
  static let fileLevel: Set<String> = ["empty_file", "missing_part", "report_too_short"]

  /// The text with the comment line first. For file-level rules a `↓` opening the example marks the file start,
  /// which stays at 1:1.
  static func prefixed(_ text: String, identifier: String) -> String {
    fileLevel.contains(identifier) && text.hasPrefix("↓") ? "↓" + comment + text.dropFirst() : comment + text
  }

  static var all: [RuleExample] {
    RuleRegistry.descriptions.flatMap { description in
      let failing = description.failingExamples.enumerated().map { ($0, $1, true) }
      let passing = description.passingExamples.enumerated().map { ($0, $1, false) }
      return (failing + passing).flatMap { index, text, isFailing in
        [false, true].map { prefixed in
          RuleExample(
            identifier: description.identifier, severity: description.severity, isFailing: isFailing, index: index,
            text: prefixed ? Self.prefixed(text, identifier: description.identifier) : text, prefixed: prefixed)
        }
      }
    }
  }
}

@Suite struct RuleExampleTests {
  /// Relation findings report under the relation's own id.
  static func matches(_ diagnostic: Diagnostic, _ identifier: String, catalog: Catalog) -> Bool {
    if identifier == IndicatorRelationRule.description.identifier {
      return catalog.relations.contains { $0.id == diagnostic.ruleID }
    }
    return diagnostic.ruleID == identifier
  }

  @Test(arguments: RuleExample.all)
  func example(_ example: RuleExample) throws {
    let catalog = try Fixtures.catalog()
    let (text, expected) = MarkedText.strip(example.text)
    let loaded = ReportLoader(catalog: catalog).load(text: text, file: "example.yaml")
    let description = RuleRegistry.descriptions.first { $0.identifier == example.identifier }
    let lastYear = description?.lastYearExample.flatMap {
      ReportLoader(catalog: catalog).load(text: $0, file: "last.yaml").report
    }
    let options = ValidationOptions(lastYear: lastYear)
    let all = Validator(catalog: catalog).validate(loaded, options: options)
    let mine = all.filter { Self.matches($0, example.identifier, catalog: catalog) }
    let positions = mine.compactMap { Position($0.location) }.sorted()
    let context = Comment(rawValue: "findings:\n" + all.map { "\($0.location.map(\.description) ?? "-") [\($0.ruleID)] \($0.message)" }.joined(separator: "\n"))
    if example.isFailing {
      #expect(!expected.isEmpty, "a failing example marks at least one position with ↓")
      #expect(positions == expected, context)
      #expect(mine.count == positions.count, "every finding is located")
      let severities = [example.severity] + (description?.proseSeverity.map { [$0] } ?? [])
      for finding in mine where example.identifier != IndicatorRelationRule.description.identifier {
        #expect(severities.contains(finding.severity), "\(finding.ruleID) reported as \(finding.severity)")
      }
    } else {
      #expect(expected.isEmpty, "a passing example has no ↓ markers")
      #expect(mine.isEmpty, context)
    }
    // The rule alone sees the same findings as the full validator.
    if let type = RuleRegistry.ruleTypes.first(where: { $0.description.identifier == example.identifier }) {
      let alone = Validator(catalog: catalog, rules: [type.init()]).validate(loaded, options: options)
        .filter { Self.matches($0, example.identifier, catalog: catalog) }
      #expect(alone == mine)
    }
  }

  @Test func everyRuleFileIsRegistered() throws {
    let folder = Fixtures.url("Sources/FazhiChecks/Rules")
    let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
    let registered = Set(RuleRegistry.ruleTypes.map { String(describing: $0) })
    var files = 0
    for case let url as URL in enumerator where url.lastPathComponent.hasSuffix("Rule.swift") {
      files += 1
      let typeName = String(url.lastPathComponent.dropLast(".swift".count))
      let source = try String(contentsOf: url, encoding: .utf8)
      #expect(source.contains("struct \(typeName): ValidationRule"), "\(url.lastPathComponent) defines \(typeName)")
      #expect(registered.contains(typeName), "\(typeName) is missing from RuleRegistry.ruleTypes")
    }
    #expect(files == RuleRegistry.ruleTypes.count)
  }

  @Test func identifiersAreUniqueSnakeCaseAndEveryRuleHasAPassingAndAFailingExample() throws {
    let descriptions = RuleRegistry.descriptions
    let catalog = try Fixtures.catalog()
    let ids = descriptions.map(\.identifier) + catalog.relations.map(\.id)
    #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $1.count > 1 }.keys.sorted())")
    for id in ids {
      #expect(id.range(of: #"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"#, options: .regularExpression) != nil, "\(id) is not snake_case")
    }
    for description in descriptions {
      #expect(!description.failingExamples.isEmpty, "\(description.identifier) has no failing example")
      #expect(!description.passingExamples.isEmpty, "\(description.identifier) has no passing example")
      #expect(!description.name.isEmpty && !description.description.isEmpty)
    }
  }

  /// A load-time finding is worded beside its rule: outside Loading/Rules/ no source spells its id, so every
  /// finding the loader makes goes through a `RuleDescription` (and so through the example tests).
  @Test func loadTimeRuleIDsAreSpelledOnlyBesideTheirRules() throws {
    let sources = Fixtures.url("Sources")
    let rulesFolder = Fixtures.url("Sources/FazhiInput/Loading/Rules").standardizedFileURL.path + "/"
    let literals = LoadingRules.descriptions.map { "\"\($0.identifier)\"" }
    #expect(literals.count == 27)
    let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
    var scanned = 0
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      guard !url.standardizedFileURL.path.hasPrefix(rulesFolder) else { continue }
      scanned += 1
      let source = try String(contentsOf: url, encoding: .utf8)
      for literal in literals where source.contains(literal) {
        Issue.record("\(url.lastPathComponent) spells \(literal); use the rule's description in Loading/Rules/")
      }
    }
    #expect(scanned > 50, "the sources were found")
  }
}
