import ArgumentParser
import FazhiCatalog
import FazhiCore
import FazhiChecks

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "列出全部校验规则（规则名、级别、说明）",
    discussion: """
      --format markdown 输出 README 中的规则表。
      写上规则 id（如 fazhi rules report_too_short）只显示这一条规则，并列出它的正确示例和错误示例。
      """)

  @Argument(help: "规则 id：只显示这条规则的说明、正确示例和错误示例")
  var identifier: String?

  @Flag(name: .long, help: "同时列出目录中声明的指标算术关系")
  var relations = false

  @Option(name: .long, help: "输出格式：text（默认）或 markdown（表格）")
  var format: Format = .text

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  func validate() throws {
    guard let identifier, Self.rule(identifier) == nil else { return }
    let guess = Suggestion.closest(to: identifier, in: RuleRegistry.descriptions.map(\.identifier))
    throw ValidationError("没有规则「\(identifier)」\(guess.map { "，是否要找「\($0)」" } ?? "")；fazhi rules 列出全部规则 id")
  }

  static func rule(_ identifier: String) -> RuleDescription? {
    RuleRegistry.descriptions.first { $0.identifier == identifier }
  }

  func run() throws {
    if let identifier, let rule = Self.rule(identifier) {
      print(rule.documentation(markdown: format == .markdown), terminator: "")
      return
    }
    switch format {
    case .text: printText()
    case .markdown: printMarkdown()
    }
  }

  func printText() {
    for rule in RuleRegistry.descriptions {
      print("\(rule.identifier)  [\(rule.severity.rawValue)]  \(rule.name)")
      print("    \(rule.description)")
    }
    guard relations else { return }
    print("\n指标算术关系（Schemas/catalog/relations.yaml，规则名即关系 id）：")
    for relation in Catalog.bundled().relations {
      print("\(relation.id)  [\(relation.severity.rawValue)]  \(relation.name)")
    }
  }

  func printMarkdown() {
    print(RuleRegistry.markdownTable(), terminator: "")
    guard relations else { return }
    print("\n| 关系 | 级别 | 名称 |\n| --- | --- | --- |")
    for relation in Catalog.bundled().relations {
      print("| `\(relation.id)` | \(relation.severity.rawValue) | \(RuleRegistry.markdownCell(relation.name)) |")
    }
  }
}
