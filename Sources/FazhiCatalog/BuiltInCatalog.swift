import FazhiCore

extension Catalog {
  /// The catalog built into fazhi: Schemas/catalog/*.yaml, turned into Swift values at build time by the
  /// EmbedData plugin, so that start-up parses no YAML and the binary needs no files beside it.
  /// `Catalog.load(from:)` (FazhiInput) reads a catalog folder instead, for tests and the generator.
  public static func bundled() -> Catalog { compiled }

  /// The built-in catalog's version (`version` in Schemas/catalog/version.yaml), printed by `fazhi --version`.
  public static var bundledVersion: String { compiledVersion }
}
