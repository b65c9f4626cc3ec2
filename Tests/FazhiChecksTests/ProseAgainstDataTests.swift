import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiTestSupport

/// Issue 12, class 1 (prose against data): each case is fictional 示例县 prose, a caught case with the findings
/// expected at its figures and a clean case with none. The rule examples hold one of each per rule; these cover
/// the phrasings around them.
struct ProseCase: Sendable, CustomTestStringConvertible {
  var name: String
  var prose: String
  var indicators: [String] = []
  /// `rule@figure` (`text_figure_mismatch@83件`), or `rule@figure!warning` for a warning of an error rule.
  var expected: [String] = []

  var testDescription: String { name }

  var yaml: String {
    var text = "年度: 2025\n报告主体: 示例县\n导语: \(prose)\n"
    if !indicators.isEmpty { text += "主要指标:\n" + indicators.map { "  \($0)\n" }.joined() }
    return text
  }

  static let rules: Set<String> = [
    "text_figure_mismatch", "part_exceeds_total", "remainder_mismatch", "share_mismatch", "rate_change_unit",
  ]

  static let all: [ProseCase] = sharedSubject + position + arithmetic

  /// Lists that name their subject once, at the head.
  static let sharedSubject: [ProseCase] = [
    ProseCase(
      name: "复议列表 caught", prose: "全年共收到行政复议申请95件，依法受理83件，不予受理12件。",
      indicators: ["行政复议收到申请: 95", "行政复议受理: 80", "行政复议不予受理: 15"],
      expected: ["text_figure_mismatch@83件", "text_figure_mismatch@12件"]),
    ProseCase(
      name: "复议列表 clean", prose: "全年共收到行政复议申请95件，依法受理83件，不予受理12件。",
      indicators: ["行政复议收到申请: 95", "行政复议受理: 83", "行政复议不予受理: 12"]),
    ProseCase(
      name: "其中受理 caught", prose: "全年收到行政复议申请60件，其中受理40件。",
      indicators: ["行政复议收到申请: 60", "行政复议受理: 45"], expected: ["text_figure_mismatch@40件"]),
    ProseCase(
      name: "其中受理 clean", prose: "全年收到行政复议申请60件，其中受理40件。",
      indicators: ["行政复议收到申请: 60", "行政复议受理: 40"]),
    ProseCase(
      name: "应诉列表 caught", prose: "全年办理行政应诉案件30件，其中开庭审理25件，审结28件。",
      indicators: ["行政应诉案件: 30", "行政应诉开庭审理: 24", "行政应诉审结: 27"],
      expected: ["text_figure_mismatch@25件", "text_figure_mismatch@28件"]),
    ProseCase(
      name: "应诉列表 clean", prose: "全年办理行政应诉案件30件，其中开庭审理25件，审结28件。",
      indicators: ["行政应诉案件: 30", "行政应诉开庭审理: 25", "行政应诉审结: 28"]),
    ProseCase(
      name: "调解列表 caught", prose: "各级人民调解组织受理矛盾纠纷1200件，调解成功1180件，调解成功率98.3%。",
      indicators: ["人民调解受理纠纷: 1200", "人民调解成功: 1150", "人民调解成功率: 98.3%"],
      expected: ["text_figure_mismatch@1180件"]),
    ProseCase(
      name: "调解列表 clean", prose: "各级人民调解组织受理矛盾纠纷1200件，调解成功1180件，调解成功率98.3%。",
      indicators: ["人民调解受理纠纷: 1200", "人民调解成功: 1180", "人民调解成功率: 98.3%"]),
    ProseCase(
      name: "许可 caught", prose: "梳理行政许可事项120项，全年办结行政许可3800件。", indicators: ["行政许可办件: 3600"],
      expected: ["text_figure_mismatch@3800件"]),
    ProseCase(name: "许可 clean", prose: "梳理行政许可事项120项，全年办结行政许可3800件。", indicators: ["行政许可办件: 3800"]),
    ProseCase(
      name: "执法列表 caught", prose: "全县共有行政执法人员860名，其中持证520名。",
      indicators: ["行政执法人员: 860", "持证行政执法人员: 500"], expected: ["text_figure_mismatch@520名"]),
    ProseCase(
      name: "执法列表 clean", prose: "全县共有行政执法人员860名，其中持证520名。",
      indicators: ["行政执法人员: 860", "持证行政执法人员: 520"]),
  ]

  /// Position, not presence.
  static let position: [ProseCase] = [
    ProseCase(
      name: "指标值在别处出现 caught",
      prose: "上半年行政机关负责人出庭应诉率达100%。全年行政机关负责人出庭应诉率为96%，政务服务事项网上可办率达到100%。",
      indicators: ["行政机关负责人出庭应诉率: 100%", "政务服务事项网上可办率: 100%"],
      expected: ["text_figure_mismatch@96%!warning"]),
    ProseCase(
      name: "同一数字两处 caught", prose: "全年受理行政复议申请100件。县政府加大复议工作力度，全年共受理行政复议申请102件。",
      indicators: ["行政复议受理: 100"], expected: ["text_figure_mismatch@102件!warning"]),
    ProseCase(
      name: "100%的指标 caught", prose: "行政机关负责人出庭应诉率为95%。", indicators: ["行政机关负责人出庭应诉率: 100%"],
      expected: ["text_figure_mismatch@95%"]),
    ProseCase(
      name: "正职负责人 clean", prose: "行政机关负责人出庭应诉率为96.06%，其中，正职负责人出庭应诉率为29.13%。",
      indicators: ["行政机关负责人出庭应诉率: 96.06%"]),
    ProseCase(
      name: "另一事项的结转 clean",
      prose: "全年共收到行政复议申请68件，审结54件（含上年结转10件）。收到行政赔偿申请14件，已办结15件（含上年结转1件）。",
      indicators: ["行政复议收到申请: 68", "行政复议审结: 54", "行政复议上年结转: 10"]),
    ProseCase(
      name: "另一单位的量 clean", prose: "法律顾问为各部门提供法律咨询500余次。全年为群众提供法律咨询4871余人次。",
      indicators: ["法律咨询: 500余次"]),
    ProseCase(
      name: "同句分列对象 clean", prose: "领导干部法治专题培训1次，领导班子法治专题讲座2次。", indicators: ["法治讲座培训: 1"]),
  ]

  /// Prose-only arithmetic.
  static let arithmetic: [ProseCase] = [
    ProseCase(name: "分项大于总数 caught", prose: "全县共有行政执法人员86名，其中持证102名。", expected: ["part_exceeds_total@102名"]),
    ProseCase(name: "分项大于总数 clean", prose: "全年共收到行政复议申请95件，其中依法受理83件，不予受理12件，审结行政复议案件90件。"),
    ProseCase(
      name: "括号内其中 caught", prose: "直接纠错17件（其中决定撤销18件、决定变更2件），调解和解结案23件。",
      expected: ["part_exceeds_total@18件"]),
    ProseCase(name: "括号内含 clean", prose: "接收复议申请121件（含新区7件），其中受理100件，不予受理21件，审结99件。"),
    ProseCase(name: "约数总数 clean", prose: "全年办理各类案件3100余件，其中简易程序3150件。"),
    ProseCase(
      name: "其余 caught", prose: "法治督察发现问题27个，已完成整改23个，其余2个已明确整改时限。", expected: ["remainder_mismatch@2个"]),
    ProseCase(name: "其余 clean", prose: "法治督察发现问题27个，已完成整改25个，其余2个已明确整改时限。"),
    ProseCase(
      name: "其中与其余 caught", prose: "全县行政机关30个，其中已完成清理的12个、正在清理的10个，其余6个列入下年计划。",
      expected: ["remainder_mismatch@6个"]),
    ProseCase(name: "其中与其余 clean", prose: "全县行政机关30个，其中已完成清理的12个、正在清理的10个，其余8个列入下年计划。"),
    ProseCase(
      name: "占比 caught", prose: "全年共收到行政复议申请95件，其中依法受理83件，占78.4%。", expected: ["share_mismatch@78.4%"]),
    ProseCase(name: "占比 clean", prose: "全年共收到行政复议申请95件，其中依法受理83件，占87.4%。"),
    ProseCase(
      name: "占全市 caught", prose: "全市受理行政复议申请300件，我县受理95件，占全市的35.1%。", expected: ["share_mismatch@35.1%"]),
    ProseCase(name: "占全市截位 clean", prose: "全市受理行政复议申请300件，我县受理95件，占全市的31.6%。"),
    ProseCase(name: "占比无总数 clean", prose: "全县受理行政复议申请95件，占全市的30%。"),
    ProseCase(
      name: "比率变化写% caught", prose: "政务服务事项网上可办率达到98.6%，较上年提高1.9%。", expected: ["rate_change_unit@1.9%"]),
    ProseCase(name: "比率变化 clean", prose: "政务服务事项网上可办率达到98.6%，较上年提高1.9个百分点。"),
    ProseCase(
      name: "数量变化写个百分点 caught", prose: "全年受理行政复议申请100件，同比增长25个百分点。",
      expected: ["rate_change_unit@25个百分点"]),
    ProseCase(name: "数量变化 clean", prose: "全年受理行政复议申请100件，同比增长25%。"),
    ProseCase(name: "效率 clean", prose: "全年审批效率提升50%，办理时限压缩60%。"),
    ProseCase(name: "另一主语的变化 clean", prose: "行政机关负责人出庭应诉率100%，涉企行政检查频次同比减少31.5%。"),
  ]
}

@Suite("正文与数据（issue 12 第1类）")
struct ProseAgainstDataTests {
  @Test(arguments: ProseCase.all)
  func findings(_ example: ProseCase) throws {
    let catalog = try Fixtures.catalog()
    let loaded = ReportLoader(catalog: catalog).load(text: example.yaml, file: "case.yaml")
    let found = Validator(catalog: catalog).validate(loaded, options: ValidationOptions()).filter {
      ProseCase.rules.contains($0.ruleID)
    }
    let lines = example.yaml.split(separator: "\n", omittingEmptySubsequences: false)
    let described = found.map { finding -> String in
      // The figure the finding points at: the text at its line and column.
      let line = finding.location.map { String(lines[$0.line - 1]) } ?? ""
      let column = (finding.location?.column ?? 1) - 1
      let rest = String(line.unicodeScalars.dropFirst(column))
      let figures = example.expected.map { String($0.split(separator: "@")[1].split(separator: "!")[0]) }
      let figure = figures.first { rest.hasPrefix($0) } ?? String(rest.prefix(8))
      let severity = finding.severity == .warning && finding.ruleID == "text_figure_mismatch" ? "!warning" : ""
      return "\(finding.ruleID)@\(figure)\(severity)"
    }
    #expect(described.sorted() == example.expected.sorted(), "\(found.map(\.message))")
  }

  /// Figures are located in one pass (issue 10): repeated texts, figures that are not mentions in between, and a
  /// folded scalar still give each finding the position of its own figure.
  @Test func locationsInOnePass() throws {
    let catalog = try Fixtures.catalog()
    let text = """
      年度: 2025
      报告主体: 示例县
      导语: >-
        办结100件，全年共受理行政复议申请100件。另有100件在途，
        全年共受理行政复议申请100件，再次受理行政复议申请100件。
        全年共受理行政复议申请101件。
      主要指标:
        行政复议受理: 102
      """
    let loaded = ReportLoader(catalog: catalog).load(text: text, file: "case.yaml")
    let found = Validator(catalog: catalog).validate(loaded, options: ValidationOptions()).filter {
      $0.ruleID == "text_figure_mismatch"
    }
    let positions = found.compactMap { $0.location.map { "\($0.line):\($0.column)" } }
    #expect(positions == ["4:21", "5:14", "5:29", "6:14"], "\(found.map(\.message))")
  }
}
