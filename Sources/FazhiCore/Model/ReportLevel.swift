/// 层级：the kind of reporting body, which fixes the deadline and the default 落款.
public enum ReportLevel: String, Sendable, Hashable, Codable, CaseIterable {
  case province
  case city
  case county
  case township
  case department
  case zone

  /// The Chinese value a user types in `层级`.
  public var chineseName: String {
    switch self {
    case .province: "省级"
    case .city: "市级"
    case .county: "县级"
    case .township: "乡级"
    case .department: "部门"
    case .zone: "开发区"
    }
  }

  /// Accepted spellings in YAML and on the command line (Chinese first, English ids too).
  public static func parse(_ text: String) -> ReportLevel? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let level = ReportLevel(rawValue: t.lowercased()) { return level }
    let table: [String: ReportLevel] = [
      "省级": .province, "省": .province, "省政府": .province, "自治区": .province,
      "市级": .city, "市": .city, "地市": .city, "设区的市": .city, "市政府": .city,
      "县级": .county, "县": .county, "区": .county, "县区": .county, "县（市、区）": .county, "县政府": .county,
      "县级市": .county, "自治县": .county, "旗": .county, "自治旗": .county, "林区": .county, "特区": .county,
      "地级市": .city, "自治州": .city, "盟": .city, "州": .city,
      "乡级": .township, "乡镇": .township, "乡": .township, "镇": .township, "街道": .township,
      "部门": .department, "政府部门": .department, "工作部门": .department,
      "开发区": .zone, "园区": .zone, "新区": .zone, "高新区": .zone, "经开区": .zone, "经济技术开发区": .zone,
    ]
    return table[t]
  }

  /// True for governments (reports due to be published by 1 April), false for departments (due by 1 March).
  public var isGovernment: Bool { self != .department }
}
