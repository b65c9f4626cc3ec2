/// 法定部分：the five parts that 《法治政府建设与责任落实督察工作规定》 art. 25 requires of an annual report.
///
/// The enum is the parts' identity in code; what users read and type (key, heading, aliases, description) is data
/// in `Schemas/catalog/parts.yaml`, one entry per case with the case's raw value as its `id` (a catalog test and
/// the catalog loader hold the two to each other). Cases are in the order of art. 25.
public enum ReportPart: String, CaseIterable, Sendable, Hashable, Codable {
  /// 主要举措和成效
  case achievements
  /// 存在的不足和原因
  case shortcomings
  /// 党政主要负责人履行推进法治建设第一责任人职责情况
  case firstResponsible = "first_responsible"
  /// 下一年度主要安排
  case nextYear = "next_year"
  /// 其他需要报告的情况 (the one optional part)
  case other
}

extension ReportPart: Comparable {
  /// Order of art. 25 (the catalog's and a report's order).
  public static func < (a: ReportPart, b: ReportPart) -> Bool {
    // `allCases` holds every case, so both are found (the fallback, last place, is never taken).
    (allCases.firstIndex(of: a) ?? allCases.count) < (allCases.firstIndex(of: b) ?? allCases.count)
  }
}
