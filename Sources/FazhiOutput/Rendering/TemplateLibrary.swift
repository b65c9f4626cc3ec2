import Foundation
import Stencil
import FazhiCore

/// Where templates come from: the user's folder (`--templates DIR`) first, then the bundled copy.
public struct TemplateLibrary: Sendable {
  /// One template a user can pick.
  public struct Entry: Sendable, Hashable {
    /// Name as given to `--template` (`standard`, `flat`).
    public var name: String
    public var path: String
    /// True for the bundled copy.
    public var isBundled: Bool
  }

  public let userDirectory: URL?
  public let bundledDirectory: URL?

  public init(userDirectory: URL?) {
    self.userDirectory = userDirectory
    self.bundledDirectory = Catalog.bundledResource("Templates")
  }

  var searchPath: [URL] { [userDirectory, bundledDirectory].compactMap { $0 } }

  /// The report templates available, user ones shadowing bundled ones of the same name.
  public func reportTemplates() -> [Entry] {
    var seen = Set<String>()
    var entries: [Entry] = []
    for directory in searchPath {
      let folder = directory.appendingPathComponent("report")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for file in names.sorted() where file.hasSuffix(".stencil") {
        let name = String(file.dropLast(".stencil".count))
        guard seen.insert(name).inserted else { continue }
        entries.append(
          Entry(name: name, path: folder.appendingPathComponent(file).path, isBundled: directory == bundledDirectory))
      }
    }
    return entries
  }

  /// The file for a template name (`standard` → report/standard.stencil), or a path given directly.
  public func locate(_ name: String) throws -> Entry {
    if name.hasSuffix(".stencil"), FileManager.default.fileExists(atPath: name) {
      return Entry(name: name, path: name, isBundled: false)
    }
    if let userDirectory, !FileManager.default.fileExists(atPath: userDirectory.path) {
      throw FazhiError(.template, path: userDirectory.path, "模板文件夹不存在，请检查 --templates 参数")
    }
    for directory in searchPath {
      let url = directory.appendingPathComponent("report/\(name).stencil")
      if FileManager.default.fileExists(atPath: url.path) {
        return Entry(name: name, path: url.path, isBundled: directory == bundledDirectory)
      }
    }
    let names = reportTemplates().map(\.name).joined(separator: "、")
    throw FazhiError(.template, "找不到模板「\(name)」；可用的模板：\(names)（fazhi templates list 查看）")
  }

  /// Reads a template file with BOM and CRLF normalised.
  public static func read(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw FazhiError(.template, path: path, "无法读取模板文件")
    }
    guard var text = String(validatingUTF8Data: data) else {
      throw FazhiError(.template, path: path, "模板文件不是 UTF-8 编码，请另存为 UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }
}

/// Stencil loader over the library's search path, for `{% include %}` and `{% extends %}`. Each template is read
/// and tokenized once: Stencil asks again every time a report renders an include. One loader serves one
/// environment (a renderer makes both together), so a template cached by name is always for this environment.
final class LibraryLoader: Loader, @unchecked Sendable {
  let directories: [URL]
  private let lock = NSLock()
  private var loadedTemplates: [(name: String, text: String)] = []
  private var templates: [String: Template] = [:]

  /// The templates loaded so far (for error messages), in the order they were first loaded.
  var loaded: [(name: String, text: String)] {
    lock.lock()
    defer { lock.unlock() }
    return loadedTemplates
  }

  init(directories: [URL]) {
    self.directories = directories
  }

  func loadTemplate(name: String, environment: Environment) throws -> Template {
    // Reports are drafted on several threads through one loader.
    lock.lock()
    defer { lock.unlock() }
    if let cached = templates[name] { return cached }
    for directory in directories {
      let url = directory.appendingPathComponent(name)
      guard url.standardizedFileURL.path.hasPrefix(directory.standardizedFileURL.path),
        FileManager.default.fileExists(atPath: url.path)
      else { continue }
      let text = try TemplateLibrary.read(url.path)
      loadedTemplates.append((name, text))
      let template = environment.templateClass.init(templateString: text, environment: environment, name: name)
      // Stencil splits a token's components lazily; do it here, under the lock, so that threads sharing the
      // template only ever read them.
      for token in template.tokens { _ = token.components }
      templates[name] = template
      return template
    }
    throw TemplateDoesNotExist(templateNames: [name], loader: self)
  }
}
