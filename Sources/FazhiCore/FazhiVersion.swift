/// fazhi's version, printed by `fazhi --version`.
public enum FazhiVersion {
  public static let current = "0.1.0"

  /// What `fazhi --version` prints: fazhi's version, then the version of the catalog it was built with
  /// (Schemas/catalog/version.yaml), since the same fazhi with another catalog finds other things.
  public static func describe(catalogVersion: String) -> String {
    "\(current)（目录数据 \(catalogVersion)）"
  }
}
