import ArgumentParser
import FazhiCatalog
import FazhiCore
import FazhiChecks

struct Rules: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "rules", abstract: "列出全部校验规则（规则名、级别、说明）")

  @Flag(name: .long, help: "同时列出目录中声明的指标算术关系")
  var relations = false

  func run() throws {
    for rule in RuleRegistry.descriptions {
      print("\(rule.identifier)  [\(rule.severity.rawValue)]  \(rule.name)")
      print("    \(rule.description)")
    }
    if relations {
      let catalog = Catalog.bundled()
      print("\n指标算术关系（Schemas/catalog/relations.yaml，规则名即关系 id）：")
      for relation in catalog.relations {
        print("\(relation.id)  [\(relation.severity.rawValue)]  \(relation.name)")
      }
    }
  }
}
