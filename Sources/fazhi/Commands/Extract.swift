import ArgumentParser
import Foundation
import FazhiCatalog
import FazhiCore
import FazhiInput
import FazhiOutput

struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "从已发布的报告（Word、PDF、文本或网页）提取 YAML 数据",
    discussion: """
      输入可以是 Word 文档（.docx）、文字版 PDF、复制的正文或另存的网页（文本为 UTF-8，带或不带 BOM；GB18030/GBK 按内容自动识别）。
      格式按文件内容识别；Word 和 PDF 的位置「文件:行:列」中的行是第几段。
      去掉网页杂项后识别标题、年度、报告主体、主送、落款、发布日期、标题层级、五个法定部分、目录指标和其他数字。
      未指定 -o 时写到标准输出；多个文件时 -o 应为目录（以 / 结尾或已存在的目录），每个文件输出同名的 .yaml 或 .json。
      退出码：0 提取完整；1 有部分或元数据缺失（结果仍会写出）；2 文件无法读取或不是法治政府建设情况报告。
      """)

  @Argument(help: "报告文件（Word、PDF、文本或网页，可多个）")
  var files: [String]

  @OptionGroup var destination: OutputOptions

  @Option(name: .long, help: "输出格式：yaml（默认，可直接编辑和校验）或 json（完整提取结果，含标题树和位置）")
  var format: ExtractionOutput.Format = .yaml

  var output: String? { destination.path }

  func validate() throws {
    if files.isEmpty { throw ValidationError("请至少给出一个报告文件") }
    if files.count > 1, let output, !isDirectory(output) {
      throw ValidationError("有 \(files.count) 个输入文件时，-o 必须是目录（以 / 结尾或已存在的目录）：\(output)")
    }
    try refuseOutputClashes(inputs: files) { outputPath(for: URL(fileURLWithPath: $0)) }
  }

  func run() throws {
    let catalog = Catalog.bundled()
    let extractor = ReportExtractor(catalog: catalog, detail: ExtractionOutput.detail(for: format))
    let showProgress = files.count > 1 && isatty(STDERR_FILENO) == 1
    if let output, isDirectory(output), !FileManager.default.fileExists(atPath: output) {
      do {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
      } catch {
        printError("fazhi: 错误: 无法创建输出目录 \(output)：\(error.localizedDescription)")
        throw ExitCode(2)
      }
    }
    // Files are extracted on every core; progress, messages and output files still come in the order given,
    // and at most `Batch.run`'s window of finished results waits in memory.
    var worst: Int32 = 0
    let files = files
    let command = self
    Batch.run(count: files.count) { index in
      autoreleasepool { command.prepare(files[index], extractor: extractor, catalog: catalog) }
    } consume: { index, prepared in
      if showProgress { printProgress("[\(index + 1)/\(files.count)] \(files[index])") }
      worst = max(worst, commit(prepared, file: files[index]))
    }
    if showProgress { printProgress("", final: true) }
    if worst != 0 { throw ExitCode(worst) }
  }

  /// One file extracted but not yet delivered: made on any thread, delivered in input order by `commit`.
  /// Nothing from one file is kept for the next (flat memory in batches).
  struct PreparedExtraction: Sendable {
    /// Lines for standard error, printed before the output is written.
    var messages: [String] = []
    /// The rendered YAML or JSON; nil when the file could not be read or is not a report.
    var output: Data?
    /// The `extract_partial` warning, printed once the output is written.
    var partialWarning: String?
  }

  /// Reads, extracts and renders one file. Prints and writes nothing.
  func prepare(_ file: String, extractor: ReportExtractor, catalog: Catalog) -> PreparedExtraction {
    let result = extractor.extract(file: file)
    var prepared = PreparedExtraction()
    for diagnostic in result.diagnostics where diagnostic.severity != .note {
      let location = diagnostic.location.map { "\($0.file):\($0.line):\($0.column)" } ?? file
      // A Word or PDF document has no lines to go to: the message names the paragraph a reader can count.
      let paragraph = diagnostic.location?.paragraphName.map { "\($0)：" } ?? ""
      prepared.messages.append(
        "\(location): \(diagnostic.severity.rawValue): \(paragraph)\(diagnostic.message) [\(diagnostic.ruleID)]")
    }
    if result.report != nil, result.isPartial {
      prepared.partialWarning = "\(file): warning: 提取不完整：\(result.summary) [extract_partial]"
    }
    prepared.output = ExtractionOutput.data(for: result, file: file, format: format, catalog: catalog)
    return prepared
  }

  /// Prints the messages of one prepared file and writes its output; returns its exit code.
  func commit(_ prepared: PreparedExtraction, file: String) -> Int32 {
    for message in prepared.messages { printError(message) }
    guard let output = prepared.output else { return 2 }
    do {
      try destination.write(output, to: outputPath(for: URL(fileURLWithPath: file)), inputs: [file])
    } catch let error as FazhiError {
      printError("fazhi: 错误: \(error.description)")
      return 2
    } catch {
      printError("fazhi: 错误: \(error)")
      return 2
    }
    if let warning = prepared.partialWarning {
      printError(warning)
      return 1
    }
    return 0
  }

  private func outputPath(for input: URL) -> String? {
    guard let output else { return nil }
    if isDirectory(output) {
      let name = input.deletingPathExtension().lastPathComponent + "." + format.rawValue
      return URL(fileURLWithPath: output).appendingPathComponent(name).path
    }
    return output
  }

  private func isDirectory(_ path: String) -> Bool {
    if path.hasSuffix("/") { return true }
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  private func printProgress(_ text: String, final: Bool = false) {
    _ = final
    StandardStreams.writeError("\r\u{1B}[K" + text)
  }
}

#if !canImport(ObjectiveC)
  /// Linux has no autorelease pool; the closure just runs.
  @inline(__always) private func autoreleasepool<T>(_ body: () -> T) -> T { body() }
#endif

extension ExtractionOutput.Format: ExpressibleByArgument {}
