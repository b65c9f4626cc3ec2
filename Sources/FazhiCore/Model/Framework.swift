/// 纲要：which 法治政府建设实施纲要 organises the achievements.
public enum Framework: String, Sendable, Hashable, Codable, CaseIterable {
  /// 《法治政府建设实施纲要（2015—2020年）》
  case outline2015 = "2015"
  /// 《法治政府建设实施纲要（2021—2025年）》
  case outline2021 = "2021"

  /// The framework a report of `year` normally follows.
  public static func `default`(forYear year: Int) -> Framework {
    year >= 2021 ? .outline2021 : .outline2015
  }
}
