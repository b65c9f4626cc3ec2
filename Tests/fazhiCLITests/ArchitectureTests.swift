import Foundation
import Testing

@testable import FazhiTestSupport

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
    text.split(separator: "\n").contains { line in
      let words = line.split(separator: " ")
      return words.count >= 2 && words[words.count - 2] == "import" && words.last.map(String.init) == module
    }
  }

  @Test(arguments: [
    ("Yams", ["Sources/FazhiInput/"]),
    ("Stencil", ["Sources/FazhiOutput/"]),
    ("ZIPFoundation", ["Sources/FazhiInput/", "Sources/FazhiOutput/"]),
    ("ArgumentParser", ["Sources/fazhi/"]),
  ])
  func importFence(module: String, allowed: [String]) throws {
    let files = try Self.swiftFiles(under: "Sources")
    #expect(!files.isEmpty)
    for (path, text) in files where Self.imports(module, text) {
      #expect(allowed.contains { path.hasPrefix($0) }, "\(path) imports \(module)")
    }
  }

  /// The layers, top to bottom; each may import only the layers before it. FazhiCatalog (the catalog compiled in
  /// at build time) imports FazhiCore only; nothing between may import it, since its generator uses FazhiInput.
  static let layers = ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare", "FazhiCatalog", "fazhi"]

  /// SwiftPM only warns when a target imports a module it does not declare, so the layering is also checked here.
  @Test(arguments: layers)
  func importsOnlyLowerLayers(layer: String) throws {
    let lower = Set(Self.layers.prefix { $0 != layer })
    let files = try Self.swiftFiles(under: "Sources/" + layer)
    #expect(!files.isEmpty)
    for (path, text) in files {
      for other in Self.layers where other != layer && Self.imports(other, text) {
        #expect(lower.contains(other), "\(path) imports \(other), a layer above or beside \(layer)")
      }
    }
  }

  @Test(arguments: layers.dropLast())
  func librariesNeverPrint(layer: String) throws {
    for (path, text) in try Self.swiftFiles(under: "Sources/" + layer) {
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.trimmingCharacters(in: .whitespaces)
        guard !code.hasPrefix("//") else { continue }
        #expect(code.range(of: #"(^|[^A-Za-z0-9_.])print\("#, options: .regularExpression) == nil, "\(path):\(index + 1)")
      }
    }
  }
}
