import ArgumentParser
import FazhiCatalog
import FazhiCore
import FazhiChecks

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "列出全部校验规则（规则名、级别、说明）",
    discussion: "--format markdown 输出 README 中的规则表。")

  @Flag(name: .long, help: "同时列出目录中声明的指标算术关系")
  var relations = false

  @Option(name: .long, help: "输出格式：text（默认）或 markdown（表格）")
  var format: Format = .text

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown
  }

  func run() throws {
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
