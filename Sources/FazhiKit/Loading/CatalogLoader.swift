import Foundation
import Yams

extension Catalog {
  /// The catalog bundled with fazhi (`Schemas/catalog/*.yaml`), loaded once per process.
  public static func bundled() throws -> Catalog {
    try CatalogCache.shared.bundled()
  }

  /// Loads a catalog from a folder holding parts.yaml, framework-*.yaml, indicators.yaml, relations.yaml and
  /// wordlists.yaml.
  public static func load(from directory: URL) throws -> Catalog {
    let decoder = YAMLDecoder()
    func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
      let url = directory.appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw FazhiError(.unreadableInput, path: url.path, "找不到目录数据文件，请确认 fazhi 安装完整（Schemas/catalog）")
      }
      do {
        return try decoder.decode(T.self, from: data)
      } catch {
        throw FazhiError(.unreadableInput, path: url.path, "目录数据文件格式有误：\(error)")
      }
    }
    struct Parts: Decodable { var parts: [PartSpec] }
    struct Indicators: Decodable { var indicators: [IndicatorSpec] }
    struct Relations: Decodable { var relations: [RelationSpec] }
    struct WordLists: Decodable {
      var placeholders: [String]
      var stockPhrases: [String]
    }
    let frameworkFiles = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
      .filter { $0.hasPrefix("framework-") && $0.hasSuffix(".yaml") }.sorted() ?? []
    let words = try read("wordlists.yaml", as: WordLists.self)
    return Catalog(
      parts: try read("parts.yaml", as: Parts.self).parts,
      frameworks: try frameworkFiles.map { try read($0, as: FrameworkSpec.self) },
      indicators: try read("indicators.yaml", as: Indicators.self).indicators,
      relations: try read("relations.yaml", as: Relations.self).relations,
      placeholders: words.placeholders,
      stockPhrases: words.stockPhrases)
  }

  /// The bundled resources folder (`Schemas/` and `Templates/` copied into the resource bundle).
  public static func bundledResource(_ name: String) -> URL? {
    Bundle.module.url(forResource: name, withExtension: nil)
  }
}

/// Loads the bundled catalog once; the catalog is immutable afterwards.
final class CatalogCache: @unchecked Sendable {
  static let shared = CatalogCache()
  private let lock = NSLock()
  private var cached: Catalog?

  func bundled() throws -> Catalog {
    lock.lock()
    defer { lock.unlock() }
    if let cached { return cached }
    guard let schemas = Catalog.bundledResource("Schemas") else {
      throw FazhiError(.unreadableInput, "找不到内置的 Schemas 资源，请确认 fazhi 安装完整")
    }
    let catalog = try Catalog.load(from: schemas.appendingPathComponent("catalog"))
    cached = catalog
    return catalog
  }
}
