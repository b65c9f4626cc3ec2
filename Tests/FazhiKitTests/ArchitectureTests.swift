import Foundation
import Testing

/// Dependency fences from STYLE.md, checked by scanning imports.
@Suite struct ArchitectureTests {
  static func swiftFiles(under relative: String) throws -> [(path: String, text: String)] {
    let root = Fixtures.url(relative)
    let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
    var files: [(String, String)] = []
    for case let url as URL in enumerator where url.pathExtension == "swift" {
      let full = url.standardizedFileURL.path
      let relativePath = String(full[full.range(of: "/" + relative + "/")!.lowerBound...].dropFirst())
      files.append((relativePath, try String(contentsOf: url, encoding: .utf8)))
    }
    return files
  }

  static func imports(_ module: String, _ text: String) -> Bool {
    text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("import \(module)") }
  }

  @Test(arguments: [
    ("Yams", ["Sources/FazhiKit/Loading/"]),
    ("Stencil", ["Sources/FazhiKit/Rendering/"]),
    ("ZIPFoundation", ["Sources/FazhiKit/Rendering/Writers/"]),
    ("ArgumentParser", ["Sources/fazhi/"]),
  ])
  func importFence(module: String, allowed: [String]) throws {
    let files = try Self.swiftFiles(under: "Sources")
    #expect(!files.isEmpty)
    for (path, text) in files where Self.imports(module, text) {
      #expect(allowed.contains { path.hasPrefix($0) }, "\(path) imports \(module)")
    }
  }

  @Test func fazhiKitNeverPrints() throws {
    for (path, text) in try Self.swiftFiles(under: "Sources/FazhiKit") {
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//") else { continue }
        #expect(code.range(of: #"(^|[^A-Za-z0-9_.])print\("#, options: .regularExpression) == nil, "\(path):\(index + 1)")
      }
    }
  }
}
