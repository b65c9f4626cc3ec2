import ArgumentParser
import Foundation
import FazhiOutput

struct Templates: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "templates",
    abstract: "查看模板：list 列出，which 显示路径，cat 输出内容（便于复制后修改）",
    subcommands: [List.self, Which.self, Cat.self])

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出可用的报告模板")
    @OptionGroup var location: TemplateOptions

    func run() throws {
      for entry in location.library.reportTemplates() {
        print("\(entry.name)\t\(entry.isBundled ? "内置" : "自定义")\t\(entry.path)")
      }
    }
  }

  struct Which: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "which", abstract: "显示模板文件的路径（内置模板编在 fazhi 中，显示为「（内置）Templates/…」）")
    @OptionGroup var location: TemplateOptions
    @Argument(help: "模板名称") var name: String

    func run() throws {
      try runReportingErrors {
        let entry = try location.library.locate(name)
        print(entry.isBundled ? "（内置）\(entry.path)" : entry.path)
      }
    }
  }

  struct Cat: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cat", abstract: "输出模板内容")
    @OptionGroup var location: TemplateOptions
    @Argument(help: "模板名称") var name: String

    func run() throws {
      try runReportingErrors {
        let library = location.library
        print(try library.text(of: library.locate(name)), terminator: "")
      }
    }
  }
}
