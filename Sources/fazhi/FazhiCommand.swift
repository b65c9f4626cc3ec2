import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore

@main
struct FazhiCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fazhi",
    abstract: "法治政府建设年度报告起草助手：生成数据模板、校验、起草、提取、对比",
    discussion: """
      典型流程：
        fazhi init --jurisdiction 示例县 --level county --year 2025 -o 示例县-2025.yaml
        fazhi validate 示例县-2025.yaml
        fazhi draft 示例县-2025.yaml -o 报告.docx
      """,
    version: FazhiVersion.describe(catalogVersion: Catalog.bundledVersion),
    subcommands: [
      Init.self, Validate.self, Draft.self, Extract.self, Diff.self, Review.self, Rules.self, Indicators.self, Templates.self, Schema.self,
    ]
  )

  /// The argument parser's entry point, with standard output checked on the way out (a full disk is exit 2).
  static func main() {
    StandardStreams.checkStandardOutputAtExit()
    main(nil)
  }
}
