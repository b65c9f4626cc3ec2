/// fazhi's version, printed by `fazhi --version`.
public enum FazhiVersion {
  public static let current = "0.1.0"
}
