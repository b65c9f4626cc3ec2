import FazhiCore

/// 元数据片段：title, jurisdiction, level, 主送 and 落款 as reports write them.
enum MetadataFragments {
  struct TitleParts: Sendable, Hashable {
    var jurisdiction: String?
    var year: Int?
    var issuer: String?
  }

  /// `保定市人民政府关于保定市2023年度法治政府建设情况的报告` → 保定市, 2023, issuer 保定市人民政府.
  static func parseTitle(_ title: String) -> TitleParts {
    var parts = TitleParts()
    var text = Whitespace.trim(title)
    if let range = text.range(of: "关于") {
      let before = String(text[..<range.lowerBound])
      if !before.isEmpty { parts.issuer = before }
      text = String(text[range.upperBound...])
    }
    let chars = Array(text)
    var i = 0
    while i + 4 < chars.count {
      let digits = chars[i..<(i + 4)].compactMap(DateText.digit)
      if digits.count == 4 && chars[i + 4] == "年" && (i == 0 || DateText.digit(chars[i - 1]) == nil) {
        parts.year = digits.reduce(0) { $0 * 10 + $1 }
        var name = Whitespace.trim(String(chars[..<i]))
        for suffix in ["人民政府", "政府"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
          name.removeLast(suffix.count)
        }
        if !name.isEmpty { parts.jurisdiction = name }
        break
      }
      i += 1
    }
    if parts.jurisdiction == nil, let issuer = parts.issuer {
      parts.jurisdiction = issuer.replacingOccurrences(of: "人民政府", with: "")
    }
    return parts
  }

  /// The level a jurisdiction's name implies, when its suffix tells.
  static func level(of name: String) -> ReportLevel? {
    let zones = ["高新区", "开发区", "新区", "园区", "经开区", "试验区", "管委会", "示范区", "保税区", "自贸区", "合作区"]
    if zones.contains(where: { name.hasSuffix($0) || name.contains($0 + "管") }) { return .zone }
    let departments = ["局", "委员会", "委", "办公室", "办", "厅", "中心", "院", "署", "队", "所"]
    if departments.contains(where: { name.hasSuffix($0) }) { return .department }
    if ["北京市", "上海市", "天津市", "重庆市"].contains(name) || name.hasSuffix("省") || name.hasSuffix("自治区") { return .province }
    if name.hasSuffix("乡") || name.hasSuffix("镇") || name.hasSuffix("街道") { return .township }
    // 自治县 and 自治旗 end in 县 and 旗; 林区 (神农架) and 特区 (六枝) are county-level too.
    if name.hasSuffix("县") || name.hasSuffix("区") || name.hasSuffix("旗") { return .county }
    if name.hasSuffix("市") || name.hasSuffix("州") || name.hasSuffix("盟") { return .city }
    return nil
  }

  /// A 市 is a 县级市 when the text says so, or when it reports to another 市's government (a 地级市 reports to
  /// its province).
  static func isCountyLevelCity(_ name: String, recipients: [String], mentionsCountyLevelCity: Bool) -> Bool {
    guard name.hasSuffix("市") else { return false }
    if mentionsCountyLevelCity { return true }
    return recipients.contains { organ in
      let government = IssuerEvidence.stripGovernment(organ)
      return organ.hasSuffix("政府") && government.hasSuffix("市") && government != name && !organ.fastContains("省")
    }
  }

  /// `河北省人民政府：` or `中共示例县委、示例县人民政府：` → the recipients.
  static func recipients(_ line: String) -> [String]? {
    let text = Whitespace.trim(line)
    guard text.hasSuffix(":") || text.hasSuffix("："), text.count <= 60, !text.fastContains("。") else { return nil }
    let body = String(text.dropLast())
    let organs = ["政府", "委", "办", "局", "厅", "部", "人大", "常委会", "法院", "检察院", "管委会", "领导小组", "中心"]
    guard organs.contains(where: { body.contains($0) }) else { return nil }
    if ["如下", "报告", "情况"].contains(where: { body.contains($0) }) { return nil }
    return body.split(whereSeparator: { "、，,；;".contains($0) }).map { Whitespace.trim($0) }
      .filter { !$0.isEmpty }
  }

  /// A line that is only a date (落款 date), e.g. `2024年3月6日`.
  static func signatureDate(_ line: String) -> ReportDate? {
    let text = Whitespace.trim(line)
    guard text.count <= 16, let found = DateText.firstDate(in: text), found.range.lowerBound == 0,
      found.range.upperBound >= text.count - 1
    else { return nil }
    return found.date
  }

  /// A line that can be a 落款 (an organ name, no sentence punctuation).
  static func isIssuerLine(_ line: String) -> Bool {
    let text = Whitespace.trim(line)
    guard (3...40).contains(text.count), !text.contains(where: { "。，,；;：:".contains($0) }) else { return false }
    return ["政府", "委", "办", "局", "厅", "部", "管委会", "中心", "院", "室", "区", "县", "市"].contains {
      text.hasSuffix($0) || text.fastContains($0)
    }
  }
}
