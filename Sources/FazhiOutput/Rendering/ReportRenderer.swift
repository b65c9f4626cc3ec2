import Foundation
import Stencil
import FazhiCore

/// Renders a report through a Stencil template into a `RenderedDocument`. Templates are checked against the
/// context: a variable the data does not have is an error naming the template and line, never empty text.
public struct ReportRenderer: Sendable {
  public let catalog: Catalog
  /// Located, read, tokenized and parsed templates, shared by copies of this renderer: drafting many reports in
  /// one process prepares each template once.
  public let templates: PreparedTemplates
  public var library: TemplateLibrary { templates.library }

  public init(catalog: Catalog, templatesDirectory: URL? = nil) {
    let library = TemplateLibrary(userDirectory: templatesDirectory)
    self.init(catalog: catalog, templates: PreparedTemplates(library: library))
  }

  /// A renderer using templates that may already be prepared (see `PreparedTemplates.prepareInBackground`).
  public init(catalog: Catalog, templates: PreparedTemplates) {
    self.catalog = catalog
    self.templates = templates
  }

  /// Renders `report` with the named template (`standard`, `flat`, or a path to a .stencil file).
  public func render(
    _ report: Report, template name: String = "standard", generatedOn: ReportDate? = nil
  ) throws -> RenderedDocument {
    let context = TemplateContext(report: report, catalog: catalog, generatedOn: generatedOn)
    return try render(context: context, template: name)
  }

  /// Renders a prepared context.
  public func render(context: TemplateContext, template name: String) throws -> RenderedDocument {
    let (text, displayName, loader, environment, template, names) = try templates.template(named: name)
    try TemplateChecker.checkNames(names, context: context, name: displayName)
    let recorder = MissingKeyRecorder()
    let rendered: String
    do {
      // What `Template.render` does, but with the nodes parsed once: it parses the tokens on every call.
      let nodes = try templates.nodes(named: name) {
        try TokenParser(tokens: template.tokens, environment: environment).parse()
      }
      let stencilContext = Context(dictionary: context.strict(recorder: recorder), environment: environment)
      rendered = try renderNodes(nodes, stencilContext)
    } catch let error as TemplateSyntaxError {
      throw TemplateChecker.describe(error, fallbackName: displayName, text: text)
    } catch let error as TemplateDoesNotExist {
      throw FazhiError(.template, path: displayName, "模板引用的文件不存在：\(error.description)")
    }
    if let first = recorder.missing.first {
      let sources = [(displayName, text)] + loader.loaded.map { ($0.name, $0.text) }
      let (file, line) = TemplateChecker.findLine(of: first.member, in: sources)
      let full = first.path.isEmpty ? first.member : "\(first.path).\(first.member)"
      let more = recorder.missing.count > 1 ? "（另有 \(recorder.missing.count - 1) 处）" : ""
      throw FazhiError(
        .template, path: line.map { "\(file):\($0)" } ?? file,
        "模板引用了数据中不存在的变量「\(Self.generic(full))」\(more)；可用的变量见 Templates/README.md")
    }
    do {
      return try DocumentAssembler.assemble(rendered)
    } catch DocumentAssembler.AssemblyError.message(let message) {
      throw FazhiError(.template, path: displayName, message)
    }
  }

  /// `achievements.0.items.1.titel` → `achievements[].items[].titel`.
  static func generic(_ path: String) -> String {
    path.split(separator: ".").map { $0.allSatisfy(\.isNumber) ? "[]" : String($0) }.joined(separator: ".")
      .replacingOccurrences(of: ".[]", with: "[]")
  }
}

/// Report templates located, read and tokenized once, by the name they were asked for, for the renderers that
/// share them. Stencil's nodes hold no state while rendering, so threads drafting reports share them too.
public final class PreparedTemplates: @unchecked Sendable {
  typealias Prepared = (
    text: String, displayName: String, loader: LibraryLoader, environment: Environment, template: Template,
    names: TemplateChecker.Names
  )
  public let library: TemplateLibrary
  private let lock = NSLock()
  private var byName: [String: Prepared] = [:]
  private var nodesByName: [String: [NodeType]] = [:]

  public init(library: TemplateLibrary) {
    self.library = library
  }

  /// Starts preparing the template `name` on another thread, so that the first render finds it ready (it needs
  /// nothing of the catalog or the report). A template that cannot be prepared is left for the render to
  /// report: failures are not kept.
  public func prepareInBackground(_ name: String) {
    DispatchQueue.global().async { _ = try? self.template(named: name) }
  }

  /// The template `name`, prepared on first use.
  func template(named name: String) throws -> Prepared {
    lock.lock()
    defer { lock.unlock() }
    if let hit = byName[name] { return hit }
    let entry = try library.locate(name)
    let text = try library.text(of: entry)
    let displayName = entry.path
    let loader = LibraryLoader(userDirectory: library.userDirectory)
    let environment = Environment(loader: loader, extensions: [DocumentTags.makeExtension()], trimBehaviour: .smart)
    let template = Template(templateString: text, environment: environment, name: displayName)
    // Stencil splits a token's components lazily, on first use; do it here, under the lock, so that threads
    // drafting reports with this shared template only ever read them.
    for token in template.tokens { _ = token.components }
    let made = (text, displayName, loader, environment, template, TemplateChecker.names(in: template))
    byName[name] = made
    return made
  }

  /// The parsed nodes of a prepared template, parsed on first use (after the names are checked, so that an
  /// unknown variable is reported before a syntax error, as when Stencil parsed on every render).
  func nodes(named name: String, parse: () throws -> [NodeType]) throws -> [NodeType] {
    lock.lock()
    defer { lock.unlock() }
    if let hit = nodesByName[name] { return hit }
    let made = try parse()
    nodesByName[name] = made
    return made
  }
}

/// Static checks of template variables against the context.
enum TemplateChecker {
  static let keywords: Set<String> = [
    "for", "in", "if", "elif", "else", "endif", "endfor", "and", "or", "not", "empty", "reversed", "where", "true",
    "false", "include", "extends", "block", "endblock", "filter", "endfilter", "forloop", "break", "continue", "cell",
    "ifnot", "nil",
  ]

  /// The top-level names a template uses, in order and with their lines, and the names it declares (loop
  /// variables, block tags): worked out once per template.
  struct Names {
    var declared: Set<String> = []
    var uses: [(identifier: String, line: UInt)] = []
  }

  /// Every top-level name used in the template must be a context key or a loop variable it declares.
  static func checkNames(_ names: Names, context: TemplateContext, name: String) throws {
    for use in names.uses
    where context.tree[use.identifier] == nil && !names.declared.contains(use.identifier)
      && !keywords.contains(use.identifier)
    {
      throw FazhiError(
        .template, path: "\(name):\(use.line)",
        "模板引用了数据中不存在的变量「\(use.identifier)」；可用的顶层变量：\(context.tree.keys.sorted().joined(separator: "、"))")
    }
  }

  static func names(in template: Template) -> Names {
    var names = Names()
    for token in template.tokens {
      if case .block = token.kind, token.components.first == "for" {
        for component in token.components.dropFirst() {
          if component == "in" { break }
          for variable in component.split(separator: ",") { names.declared.insert(String(variable)) }
        }
      }
    }
    names.declared.formUnion(DocumentTags.blockTags)
    names.declared.formUnion(DocumentTags.blockTags.map { "end" + $0 })
    for token in template.tokens {
      let expression: String
      switch token.kind {
      case .variable: expression = token.contents
      case .block:
        let first = token.components.first ?? ""
        guard ["if", "elif", "for", "ifnot", "heading", "lead", "table"].contains(first) else { continue }
        expression = token.components.dropFirst().joined(separator: " ")
      default: continue
      }
      for identifier in rootIdentifiers(in: expression) {
        names.uses.append((identifier, token.sourceMap.location.lineNumber))
      }
    }
    return names
  }

  /// The first component of each variable path in an expression, skipping quoted strings, numbers and filter names.
  static func rootIdentifiers(in expression: String) -> [String] {
    var result: [String] = []
    var chars = Array(expression)[...]
    var afterPipe = false
    while let c = chars.first {
      if c == "\"" || c == "'" {
        chars = chars.dropFirst()
        while let d = chars.first, d != c { chars = chars.dropFirst() }
        chars = chars.dropFirst()
        continue
      }
      if c == "|" {
        afterPipe = true
        chars = chars.dropFirst()
        continue
      }
      if c.isLetter || c == "_" {
        var word = ""
        while let d = chars.first, d.isLetter || d.isNumber || d == "_" || d == "." {
          word.append(d)
          chars = chars.dropFirst()
        }
        let root = String(word.split(separator: ".").first ?? "")
        if !afterPipe { result.append(root) }
        afterPipe = false
        continue
      }
      if c == ":" { afterPipe = false }
      if c.isNumber {
        while let d = chars.first, d.isNumber || d == "." { chars = chars.dropFirst() }
        continue
      }
      chars = chars.dropFirst()
    }
    return result
  }

  static func findLine(of member: String, in sources: [(String, String)]) -> (String, Int?) {
    for (file, text) in sources {
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.contains(".\(member)") || line.contains("{{ \(member)") || line.contains(" \(member) ") {
          return (file, index + 1)
        }
      }
    }
    return (sources.first?.0 ?? "", nil)
  }

  static func describe(_ error: TemplateSyntaxError, fallbackName: String, text: String) -> FazhiError {
    let file = error.templateName ?? fallbackName
    let line = error.token.map { Int($0.sourceMap.location.lineNumber) }
    let where_ = line.map { "\(file):\($0)" } ?? file
    return FazhiError(.template, path: where_, "模板语法错误：\(error.reason)")
  }
}
