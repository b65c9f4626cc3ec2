/// The scaffold written by `fazhi init`.
public enum Scaffold {
  /// The marker `fazhi init` leaves wherever the user must write something.
  public static let marker = "【待填】"
}
