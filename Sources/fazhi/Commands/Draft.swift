import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiInput
import FazhiChecks
import FazhiOutput

struct Draft: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "draft",
    abstract: "按模板起草报告：纯文本、Markdown、HTML 或 Word（GB/T 9704 公文格式）",
    discussion: """
      数据有错误级问题时拒绝起草（列出问题），可用 --allow-errors 仍然起草，因错误未能写入草稿的内容会逐项列出；--force 只表示覆盖已有的输出文件。未指定 -o 时文本类格式输出到屏幕；-o 的格式可由扩展名推断（.txt .md .html .docx）。
      一次起草多份：fazhi draft 甲县-2025.yaml 乙县-2025.yaml --output-dir 草稿/ --format docx（每份输出为「文件夹/数据文件名.扩展名」）。
      """)

  @Argument(help: "报告数据文件（YAML），可多个；多个时用 --output-dir 指定输出文件夹")
  var files: [String]

  @OptionGroup var destination: OutputOptions

  @Option(name: .long, help: "输出文件夹：每份数据文件起草为「文件夹/数据文件名.扩展名」（起草多份时必需）")
  var outputDir: String?

  @Option(name: .long, help: "输出格式：text、markdown、html、docx")
  var format: FormatOption?

  @Option(name: .shortAndLong, help: "模板名称（standard、flat）或 .stencil 文件路径")
  var template = "standard"

  @OptionGroup var templates: TemplateOptions

  @Option(name: .long, help: "Word 参考文档：从中取样式（字体、字号、页边距），同 pandoc")
  var referenceDoc: String?

  @Flag(name: .long, help: "数据有错误时仍然起草（列出错误和因此未写入草稿的内容）")
  var allowErrors = false

  @Flag(name: .long, help: "输出模板上下文（JSON），用于编写自定义模板")
  var context = false

  enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, txt, markdown, md, html, docx

    var outputFormat: OutputFormat {
      switch self {
      case .text, .txt: .text
      case .markdown, .md: .markdown
      case .html: .html
      case .docx: .docx
      }
    }
  }

  var output: String? { destination.path }

  func validate() throws {
    if files.isEmpty {
      throw ValidationError("请指定报告数据文件，如 fazhi draft 示例县-2025.yaml")
    }
    if outputDir != nil && (output != nil || context) {
      throw ValidationError("--output-dir 不能与 -o 或 --context 同时使用")
    }
    if files.count > 1 && outputDir == nil {
      throw ValidationError("起草多份时请用 --output-dir 指定输出文件夹，如 --output-dir 草稿/")
    }
    if let output, format == nil, OutputFormat(inferredFrom: output) == nil {
      throw ValidationError("无法从输出文件名「\(output)」判断格式，请加 --format text|markdown|html|docx")
    }
    if resolvedFormat == .docx && output == nil && outputDir == nil && !context {
      throw ValidationError("Word 格式需要用 -o 指定输出文件，如 -o 报告.docx")
    }
    try refuseOutputClashes(inputs: files, output: outputPath(for:))
  }

  var resolvedFormat: OutputFormat {
    format?.outputFormat ?? output.flatMap(OutputFormat.init(inferredFrom:)) ?? .text
  }

  func run() throws {
    let options = ReportDrafter.Options(
      template: template, format: resolvedFormat, referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) },
      allowErrors: allowErrors, overwrite: destination.force, contextOnly: context,
      ruleThreads: Validator.ruleThreads(checking: files.count))
    let drafter = ReportDrafter(templates: templates.library, options: options) { Catalog.bundled() }
    // One process for many reports: a failed file is reported and the others are still drafted; the exit code
    // is the worst one. Files are drafted on every core; messages and files are written in the order given.
    var worst: Int32 = 0
    let files = files
    try Batch.run(count: files.count) { index in
      Self.prepare(files[index], drafter: drafter)
    } consume: { index, prepared in
      do {
        try runReportingErrors {
          try commit(prepared, file: files[index])
        }
      } catch let exit as ExitCode {
        guard files.count > 1 else { throw exit }
        worst = max(worst, exit.rawValue)
      }
    }
    if worst != 0 { throw ExitCode(worst) }
  }

  /// Where the draft of `file` goes: `-o`, `--output-dir/<name>.<ext>`, or standard output (nil).
  func outputPath(for file: String) -> String? {
    guard let outputDir else { return output }
    let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    return URL(fileURLWithPath: outputDir).appendingPathComponent("\(name).\(resolvedFormat.fileExtension)").path
  }

  /// A draft made but not yet delivered: what to print to standard error, then the bytes to write, or the
  /// error that stopped it. Made on any thread; delivered in input order by `commit`.
  struct PreparedDraft: @unchecked Sendable {
    var messages: [String] = []
    var data: Data?
    /// A `FazhiError`, or whatever else stopped drafting (rethrown as is). Only read by the consumer.
    var error: (any Error)?
  }

  static func prepare(_ file: String, drafter: ReportDrafter) -> PreparedDraft {
    var prepared = PreparedDraft()
    do {
      prepared.data = try drafter.draft(file) { prepared.messages.append($0) }
    } catch {
      prepared.error = error
    }
    return prepared
  }

  func commit(_ prepared: PreparedDraft, file: String) throws {
    for message in prepared.messages { printError(message) }
    if let error = prepared.error { throw error }
    guard let data = prepared.data else { return }
    let output = outputPath(for: file)
    try destination.write(data, to: output, inputs: [file] + (referenceDoc.map { [$0] } ?? []))
    if let output, !context { printError("已生成 \(output)") }
  }
}
