import FazhiCore

/// 报告类型：decides from the whole document whether it is a 法治政府建设情况报告.
///
/// Offices publish several annual reports on the same pages: the 政府信息公开工作年度报告 and the 政府工作报告
/// are the two saved by mistake most often. A title decides when it names the kind. Without one, the decision
/// weighs the whole text: phrases that only the other kinds use against the parts only this report has. A report
/// issued by a 人民政府办公厅 that also mentions 政府信息公开 is still a 法治政府建设情况报告; when the evidence is
/// mixed the report is extracted with a warning rather than refused.
enum ReportKindJudge {
  enum Verdict: Sendable, Hashable {
    case lawBasedGovernment
    /// Another kind of report: not extracted.
    case other(String)
    /// Mixed evidence: extracted, with a warning naming the other kind.
    case uncertain(String)
  }

  static let informationDisclosure = "政府信息公开工作年度报告"
  static let governmentWork = "政府工作报告"

  /// Phrases of this report: its parts and its subject matter.
  static let ownMarkers = [
    "法治政府建设", "依法行政", "第一责任人", "存在的不足", "存在的问题", "行政复议", "行政执法", "行政应诉", "重大行政决策", "规范性文件",
    "法治政府建设实施纲要", "全面依法治",
  ]
  /// Phrases of the 政府信息公开工作年度报告 (its fixed sections under the 条例 and the 国办 format).
  static let disclosureMarkers = [
    "政府信息公开条例", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "依申请公开",
    "政府信息公开工作存在的主要问题",
  ]
  /// Phrases of the 政府工作报告 read to the 人民代表大会.
  static let governmentWorkMarkers = ["各位代表", "请予审议", "政府工作报告", "提请", "列席人员提出意见"]

  static func judge(title: String?, lines: [SourceLine]) -> Verdict {
    if let title, let verdict = judge(title: title) { return verdict }
    let text = lines.prefix(400).map(\.text).joined(separator: "\n")
    let own = score(text, ownMarkers)
    let disclosure = score(text, disclosureMarkers)
    let work = score(text, governmentWorkMarkers)
    for (kind, other) in [(informationDisclosure, disclosure), (governmentWork, work)] where other >= 2 {
      // The other kind's own phrases and few of this report's: a report of that kind.
      if own <= 1 { return .other(kind) }
      if other >= own { return .uncertain(kind) }
    }
    return .lawBasedGovernment
  }

  /// A title that names its kind decides.
  static func judge(title: String) -> Verdict? {
    if title.fastContains("法治政府建设") || title.fastContains("法治建设") || title.fastContains("依法行政") {
      return .lawBasedGovernment
    }
    if title.fastContains(governmentWork) { return .other(governmentWork) }
    if title.fastContains("信息公开") && title.fastContains("年度报告") { return .other(informationDisclosure) }
    return nil
  }

  /// How many of `markers` occur in `text` (each counted once).
  static func score(_ text: String, _ markers: [String]) -> Int {
    markers.filter { text.fastContains($0) }.count
  }
}
