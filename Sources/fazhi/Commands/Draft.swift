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
      数据有错误级问题时拒绝起草（列出问题），可用 --force 强制。未指定 -o 时文本类格式输出到屏幕。
      一次起草多份：fazhi draft 甲县-2025.yaml 乙县-2025.yaml --output-dir 草稿/ --format docx（每份输出为「文件夹/数据文件名.扩展名」）。
      """)

  @Argument(help: "报告数据文件（YAML），可多个；多个时用 --output-dir 指定输出文件夹")
  var files: [String]

  @Option(name: .shortAndLong, help: "输出文件；格式可由扩展名推断（.txt .md .html .docx）")
  var output: String?

  @Option(name: .long, help: "输出文件夹：每份数据文件起草为「文件夹/数据文件名.扩展名」（起草多份时必需）")
  var outputDir: String?

  @Option(name: .long, help: "输出格式：text、markdown、html、docx")
  var format: FormatOption?

  @Option(name: .shortAndLong, help: "模板名称（standard、flat）或 .stencil 文件路径")
  var template = "standard"

  @Option(name: .long, help: "自定义模板文件夹（先找这里，再找内置模板）")
  var templates: String?

  @Option(name: .long, help: "Word 参考文档：从中取样式（字体、字号、页边距），同 pandoc")
  var referenceDoc: String?

  @Flag(name: .long, help: "覆盖已存在的输出文件；数据有错误时仍然起草")
  var force = false

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
    if let output, format == nil, Self.inferFormat(output) == nil {
      throw ValidationError("无法从输出文件名「\(output)」判断格式，请加 --format text|markdown|html|docx")
    }
    if resolvedFormat == .docx && output == nil && outputDir == nil && !context {
      throw ValidationError("Word 格式需要用 -o 指定输出文件，如 -o 报告.docx")
    }
    try refuseOutputClashes(inputs: files, output: outputPath(for:))
  }

  static func inferFormat(_ path: String) -> OutputFormat? {
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case "txt", "text": .text
    case "md", "markdown": .markdown
    case "html", "htm": .html
    case "docx": .docx
    default: nil
    }
  }

  var resolvedFormat: OutputFormat {
    format?.outputFormat ?? output.flatMap(Self.inferFormat) ?? .text
  }

  func run() throws {
    let library = TemplateLibrary(userDirectory: templates.map { URL(fileURLWithPath: $0) })
    let prepared = PreparedTemplates(library: library)
    // The template needs nothing of the catalog: prepare it on another core while the catalog loads.
    if !context { prepared.prepareInBackground(template) }
    let catalog = Catalog.bundled()
    let loader = ReportLoader(catalog: catalog)
    let validator = Validator(catalog: catalog)
    let renderer = ReportRenderer(catalog: catalog, templates: prepared)
    // One process for many reports: a failed file is reported and the others are still drafted; the exit code
    // is the worst one. Files are drafted on every core; messages and files are written in the order given.
    var worst: Int32 = 0
    let files = files
    let command = self
    try Batch.run(count: files.count) { index in
      command.prepare(files[index], loader: loader, validator: validator, renderer: renderer)
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

  func prepare(_ file: String, loader: ReportLoader, validator: Validator, renderer: ReportRenderer) -> PreparedDraft {
    var prepared = PreparedDraft()
    do {
      prepared.data = try draft(file, loader: loader, validator: validator, renderer: renderer) {
        prepared.messages.append($0)
      }
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
    try emit(data, to: output, force: force, inputs: [file] + (referenceDoc.map { [$0] } ?? []))
    if let output, !context { printError("已生成 \(output)") }
  }

  /// The draft of `file` (or its template context), with every message for standard error passed to `log`.
  func draft(
    _ file: String, loader: ReportLoader, validator: Validator, renderer: ReportRenderer, log: (String) -> Void
  ) throws -> Data {
    let catalog = loader.catalog
    let loaded = try loader.load(path: file)
    let findings = validator.validate(loaded)
    let errors = findings.filter { $0.severity == .error }
    guard let report = loaded.report else {
      log(DiagnosticReporter.text(findings))
      throw FazhiError(.findings, path: file, "数据文件无法解析，不能起草")
    }
    if !errors.isEmpty {
      if force {
        log(DiagnosticReporter.text(errors))
        log("fazhi: 警告: 数据有 \(errors.count) 个错误，因 --force 仍然起草")
      } else {
        log(DiagnosticReporter.text(errors))
        throw FazhiError(.findings, path: file, "数据有 \(errors.count) 个错误，已停止起草；请先修正（fazhi validate 查看全部问题），或加 --force 强制起草")
      }
    }
    if context {
      let tree = TemplateContext(report: report, catalog: catalog)
      return Data(tree.json.utf8)
    }
    let document = try renderer.render(report, template: template)
    let writer = resolvedFormat.makeWriter(referenceDocument: referenceDoc.map { URL(fileURLWithPath: $0) })
    let written = try writer.write(document)
    for warning in written.warnings { log("fazhi: 警告: \(warning)") }
    return written.data
  }
}
