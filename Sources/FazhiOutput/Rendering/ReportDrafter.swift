import Foundation
import FazhiCore
import FazhiInput
import FazhiChecks

/// 起草：one data file in, one draft (or its template context) out — load, validate, refuse on errors unless
/// allowed, render, write. Shared by every file of a batch and safe to use from several threads.
public struct ReportDrafter: Sendable {
  /// What to make of each file.
  public struct Options: Sendable {
    /// Report template name (`standard`, `flat`) or path of a `.stencil` file.
    public var template: String
    public var format: OutputFormat
    /// Word reference document styles are taken from (`.docx` only).
    public var referenceDocument: URL?
    /// Draft even when the data has error findings (`--allow-errors`).
    public var allowErrors: Bool
    /// `--force` was given: it only lets an output file be replaced, and a refusal says so (before
    /// `--allow-errors` existed, `--force` also drafted despite errors).
    public var overwrite: Bool
    /// Produce the template context (JSON) instead of a draft.
    public var contextOnly: Bool
    /// Threads that share the validation rules of one file (`Validator.ruleThreads`): more than one only when a
    /// single file is drafted.
    public var ruleThreads: Int

    public init(
      template: String = "standard", format: OutputFormat = .text, referenceDocument: URL? = nil,
      allowErrors: Bool = false, overwrite: Bool = false, contextOnly: Bool = false, ruleThreads: Int = 1
    ) {
      self.template = template
      self.format = format
      self.referenceDocument = referenceDocument
      self.allowErrors = allowErrors
      self.overwrite = overwrite
      self.contextOnly = contextOnly
      self.ruleThreads = ruleThreads
    }
  }

  public let catalog: Catalog
  public let options: Options
  private let loader: ReportLoader
  private let validator: Validator
  private let renderer: ReportRenderer

  /// Starts preparing the template on another core, then loads the catalog with `catalog`: the template needs
  /// nothing of the catalog, so the two overlap and the first draft finds the template ready.
  public init(templates: TemplateLibrary, options: Options, catalog: () throws -> Catalog) rethrows {
    let prepared = PreparedTemplates(library: templates)
    if !options.contextOnly { prepared.prepareInBackground(options.template) }
    self.catalog = try catalog()
    self.options = options
    loader = ReportLoader(catalog: self.catalog)
    validator = Validator(catalog: self.catalog, ruleThreads: options.ruleThreads)
    renderer = ReportRenderer(catalog: self.catalog, templates: prepared)
  }

  /// The draft of `file` (or its template context), with every line for standard error passed to `log`. Throws
  /// `FazhiError(.findings)` when the data cannot be decoded, or has errors and `allowErrors` is off.
  public func draft(_ file: String, log: (String) -> Void) throws -> Data {
    let loaded = try loader.load(path: file)
    let findings = validator.validate(loaded)
    let errors = findings.filter { $0.severity == .error }
    guard let report = loaded.report else {
      log(DiagnosticReporter.text(findings))
      throw FazhiError(.findings, path: file, "数据文件无法解析，不能起草")
    }
    if !errors.isEmpty {
      log(DiagnosticReporter.text(errors))
      guard options.allowErrors else {
        let forceNote = options.overwrite ? "（--force 只表示覆盖已有的输出文件）" : ""
        throw FazhiError(
          .findings, path: file,
          "数据有 \(errors.count) 个错误，已停止起草；请先修正（fazhi validate 查看全部问题），或加 --allow-errors 仍然起草\(forceNote)")
      }
      log("fazhi: 警告: 数据有 \(errors.count) 个错误，因 --allow-errors 仍然起草")
      // Content an error kept out of the report is named, so nothing is missing from the draft unannounced.
      if !loaded.omissions.isEmpty {
        log("fazhi: 警告: 以下 \(loaded.omissions.count) 处内容有错误，未写入草稿：")
        for omission in loaded.omissions { log("  \(omission.location): \(omission.what)") }
      }
    }
    if options.contextOnly {
      return Data(TemplateContext(report: report, catalog: catalog).json.utf8)
    }
    let document = try renderer.render(report, template: options.template)
    let written = try options.format.makeWriter(referenceDocument: options.referenceDocument).write(document)
    for warning in written.warnings { log("fazhi: 警告: \(warning)") }
    return written.data
  }
}
