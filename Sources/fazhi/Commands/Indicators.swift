import ArgumentParser
import FazhiCatalog
import FazhiCore

struct Indicators: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "indicators", abstract: "列出目录中的全部指标（名称、单位、别名）")

  @Argument(help: "只列出名称或别名包含此文字的指标")
  var filter: String?

  func run() throws {
    let catalog = Catalog.bundled()
    for spec in catalog.indicators {
      if let filter, !(spec.label.contains(filter) || spec.aliases.contains { $0.contains(filter) } || spec.id.contains(filter)) {
        continue
      }
      print("\(spec.label)（\(spec.unit)）  \(spec.id)")
      print("    \(spec.description)")
      if !spec.aliases.isEmpty { print("    别名：\(spec.aliases.joined(separator: "、"))") }
    }
  }
}
