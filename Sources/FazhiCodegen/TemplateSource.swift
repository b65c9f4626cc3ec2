import Foundation

/// Every file of the templates folder as text, keyed by its path inside the folder (`report/standard.stencil`),
/// as Stencil's `{% include %}` names them. The text is kept as written; reading normalises BOM and line ends the
/// same way for built-in and user templates (`TemplateLibrary.normalized`).
enum TemplateSource {
  static func generate(from directory: URL) throws -> String {
    let root = directory.standardizedFileURL.path + "/"
    guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
      throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
    }
    var files: [(name: String, text: String)] = []
    for case let name as String in enumerator where name.hasSuffix(".stencil") {
      let path = root + name
      guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
      else {
        throw CocoaError(.fileReadInapplicableStringEncoding, userInfo: [NSFilePathErrorKey: path])
      }
      files.append((name, text))
    }
    let entries = files.sorted { $0.name < $1.name }
      .map { "\(SwiftLiteral.string($0.name)): \(SwiftLiteral.string($0.text))" }
    return """
      // Generated at build time by FazhiCodegen from Templates/ (the one source); do not edit.

      /// The templates built into fazhi, by their path in Templates/.
      enum BuiltInTemplates {
        static let files: [String: String] = \(entries.isEmpty ? "[:]" : SwiftLiteral.list(entries, indent: "  "))
      }

      """
  }
}
