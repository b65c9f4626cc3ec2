import Foundation
import FazhiCore
import FazhiInput
import FazhiChecks

/// 起草：one data file in, one draft (or its template context) out — load, validate, refuse on errors unless
/// forced, render, write. Shared by every file of a batch and safe to use from several threads.
public struct ReportDrafter: Sendable {
  /// What to make of each file.
  public struct Options: Sendable {
    /// Report template name (`standard`, `flat`) or path of a `.stencil` file.
    public var template: String
    public var format: OutputFormat
    /// Word reference document styles are taken from (`.docx` only).
    public var referenceDocument: URL?
    /// Draft even when the data has error findings.
    public var force: Bool
    /// Produce the template context (JSON) instead of a draft.
    public var contextOnly: Bool

    public init(
      template: String = "standard", format: OutputFormat = .text, referenceDocument: URL? = nil, force: Bool = false,
      contextOnly: Bool = false
    ) {
      self.template = template
      self.format = format
      self.referenceDocument = referenceDocument
      self.force = force
      self.contextOnly = contextOnly
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
    validator = Validator(catalog: self.catalog)
    renderer = ReportRenderer(catalog: self.catalog, templates: prepared)
  }

  /// The draft of `file` (or its template context), with every line for standard error passed to `log`. Throws
  /// `FazhiError(.findings)` when the data cannot be decoded, or has errors and `force` is off.
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
      guard options.force else {
        throw FazhiError(
          .findings, path: file,
          "数据有 \(errors.count) 个错误，已停止起草；请先修正（fazhi validate 查看全部问题），或加 --force 强制起草")
      }
      log("fazhi: 警告: 数据有 \(errors.count) 个错误，因 --force 仍然起草")
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
