import ArgumentParser
import Foundation
import FazhiOutput

/// `--templates DIR`: a folder searched for templates before the bundled ones.
struct TemplateOptions: ParsableArguments {
  @Option(name: .long, help: "自定义模板文件夹（先找这里，再找内置模板）")
  var templates: String?

  var library: TemplateLibrary { TemplateLibrary(userDirectory: templates.map { URL(fileURLWithPath: $0) }) }
}
