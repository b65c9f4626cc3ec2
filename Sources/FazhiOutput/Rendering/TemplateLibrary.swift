import Foundation
import Stencil
import FazhiCore

/// Where templates come from: the user's folder (`--templates DIR`) first, then the built-in copy of Templates/
/// (compiled into fazhi by the EmbedData plugin, `BuiltInTemplates`).
public struct TemplateLibrary: Sendable {
  /// One template a user can pick.
  public struct Entry: Sendable, Hashable {
    /// Name as given to `--template` (`standard`, `flat`).
    public var name: String
    /// The file's path; for a built-in template, its path in fazhi's sources (`Templates/report/standard.stencil`),
    /// which names it in messages.
    public var path: String
    /// True for the built-in copy.
    public var isBundled: Bool
  }

  public let userDirectory: URL?

  public init(userDirectory: URL?) {
    self.userDirectory = userDirectory
  }

  /// A built-in template's text by its path inside Templates/ (`report/standard.stencil`, `_shared/opening.stencil`).
  static func builtIn(_ name: String) -> String? {
    BuiltInTemplates.files[name].map(normalized)
  }

  static let builtInPrefix = "Templates/"

  /// The report templates available, user ones shadowing built-in ones of the same name.
  public func reportTemplates() -> [Entry] {
    var seen = Set<String>()
    var entries: [Entry] = []
    if let userDirectory {
      let folder = userDirectory.appendingPathComponent("report")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in names.sorted() where file.hasSuffix(".stencil") {
        let name = String(file.dropLast(".stencil".count))
        seen.insert(name)
        entries.append(Entry(name: name, path: folder.appendingPathComponent(file).path, isBundled: false))
      }
    }
    for file in BuiltInTemplates.files.keys.sorted() where file.hasPrefix("report/") && file.hasSuffix(".stencil") {
      let name = String(file.dropFirst("report/".count).dropLast(".stencil".count))
      guard !name.contains("/"), seen.insert(name).inserted else { continue }
      entries.append(Entry(name: name, path: Self.builtInPrefix + file, isBundled: true))
    }
    return entries
  }

  /// The template for a name (`standard` → report/standard.stencil), or a path given directly.
  public func locate(_ name: String) throws -> Entry {
    if name.hasSuffix(".stencil"), FileManager.default.fileExists(atPath: name) {
      return Entry(name: name, path: name, isBundled: false)
    }
    if let userDirectory {
      guard FileManager.default.fileExists(atPath: userDirectory.path) else {
        throw FazhiError(.template, path: userDirectory.path, "模板文件夹不存在，请检查 --templates 参数")
      }
      let url = userDirectory.appendingPathComponent("report/\(name).stencil")
      if FileManager.default.fileExists(atPath: url.path) {
        return Entry(name: name, path: url.path, isBundled: false)
      }
    }
    if BuiltInTemplates.files["report/\(name).stencil"] != nil {
      return Entry(name: name, path: Self.builtInPrefix + "report/\(name).stencil", isBundled: true)
    }
    let names = reportTemplates().map(\.name).joined(separator: "、")
    throw FazhiError(.template, "找不到模板「\(name)」；可用的模板：\(names)（fazhi templates list 查看）")
  }

  /// The text of a template: the file read, or the built-in copy, with BOM and line ends normalised alike.
  public func text(of entry: Entry) throws -> String {
    guard entry.isBundled else { return try Self.read(entry.path) }
    guard let text = Self.builtIn(String(entry.path.dropFirst(Self.builtInPrefix.count))) else {
      throw FazhiError(.template, path: entry.path, "fazhi 中没有这个内置模板")
    }
    return text
  }

  /// The largest template file read; the bundled ones are a few KB.
  static let sizeLimit = TextDecoder.Limit(bytes: 1_048_576, reason: "模板文件一般只有几 KB")

  /// Reads a template file with BOM and CRLF normalised; one over `sizeLimit` is refused before it is read.
  public static func read(_ path: String) throws -> String {
    let data: Data
    do {
      data = try InputFile.read(path, limit: sizeLimit.bytes)
    } catch .tooLarge(let bytes) {
      throw FazhiError(.template, path: path, InputFile.tooLargeMessage(bytes: bytes, limit: sizeLimit))
    } catch {
      throw FazhiError(.template, path: path, "无法读取模板文件")
    }
    guard let text = String(validatingUTF8Data: data) else {
      throw FazhiError(.template, path: path, "模板文件不是 UTF-8 编码，请另存为 UTF-8")
    }
    return normalized(text)
  }

  /// Template text without a BOM and with `\n` line ends, as Stencil's line numbers expect.
  static func normalized(_ text: String) -> String {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }
}

/// Stencil loader for `{% include %}` and `{% extends %}`: the user's folder first, then the built-in templates.
/// Each template is read and tokenized once: Stencil asks again every time a report renders an include. One
/// loader serves one environment (a renderer makes both together), so a template cached by name is always for
/// this environment.
final class LibraryLoader: Loader, @unchecked Sendable {
  let userDirectory: URL?
  private let lock = NSLock()
  private var loadedTemplates: [(name: String, text: String)] = []
  private var templates: [String: Template] = [:]

  /// The templates loaded so far (for error messages), in the order they were first loaded.
  var loaded: [(name: String, text: String)] {
    lock.lock()
    defer { lock.unlock() }
    return loadedTemplates
  }

  init(userDirectory: URL?) {
    self.userDirectory = userDirectory
  }

  func loadTemplate(name: String, environment: Environment) throws -> Template {
    // Reports are drafted on several threads through one loader.
    lock.lock()
    defer { lock.unlock() }
    if let cached = templates[name] { return cached }
    guard let text = try userTemplate(name) ?? TemplateLibrary.builtIn(name) else {
      throw TemplateDoesNotExist(templateNames: [name], loader: self)
    }
    loadedTemplates.append((name, text))
    let template = environment.templateClass.init(templateString: text, environment: environment, name: name)
    // Stencil splits a token's components lazily; do it here, under the lock, so that threads sharing the
    // template only ever read them.
    for token in template.tokens { _ = token.components }
    templates[name] = template
    return template
  }

  /// The text of `name` in the user's folder, if it is there (and inside the folder).
  private func userTemplate(_ name: String) throws -> String? {
    guard let directory = userDirectory else { return nil }
    let url = directory.appendingPathComponent(name)
    guard url.standardizedFileURL.path.hasPrefix(directory.standardizedFileURL.path),
      FileManager.default.fileExists(atPath: url.path)
    else { return nil }
    return try TemplateLibrary.read(url.path)
  }
}
