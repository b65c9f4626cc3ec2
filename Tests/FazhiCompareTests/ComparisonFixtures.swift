import Foundation

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiCompare
@testable import FazhiTestSupport

/// Two fictional 示例县 reports (2024 and 2025) exercising every part of `fazhi diff`.
enum ComparisonFixtures {
  static let copiedParagraph =
    "全县共有行政执法人员六百余名，全部实行持证上岗，组织开展行政执法案卷评查活动，评查案卷一百余卷并逐卷反馈整改意见。"
  static let nearlyCopiedLast = "县政府法律顾问团队全年审查各类合同和规范性文件，提出法律意见建议，有效防范了政府法律风险。"
  static let nearlyCopiedThis = "县政府法律顾问团队全年审查各类合同和规范性文件，提出法律意见建议，切实防范了政府法律风险。"
  static let stockSentence = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。"

  /// A small catalog with the real ids, labels and directions of the indicators used here.
  static let catalog: Catalog = {
    func spec(_ id: String, _ label: String, _ unit: String, _ direction: IndicatorSpec.Direction) -> IndicatorSpec {
      IndicatorSpec(
        id: id, label: label, unit: unit, kind: unit == "%" ? .rate : .count, area: nil, direction: direction,
        aliases: [], description: "")
    }
    func part(_ id: ReportPart, _ heading: String) -> PartSpec {
      PartSpec(id: id, key: heading, heading: heading, required: id != .other, aliases: [], description: "")
    }
    return Catalog(
      parts: [
        part(.achievements, "主要举措和成效"), part(.shortcomings, "存在的不足和原因"),
        part(.firstResponsible, "党政主要负责人履行推进法治建设第一责任人职责情况"),
        part(.nextYear, "下一年度推进法治政府建设的主要安排"), part(.other, "其他需要报告的情况"),
      ],
      frameworks: [],
      indicators: [
        spec("reconsideration_correction_rate", "行政复议纠错率", "%", .lowerIsBetter),
        spec("litigation_loss_rate", "行政诉讼败诉率", "%", .lowerIsBetter),
        spec("litigation_appearance_rate", "行政机关负责人出庭应诉率", "%", .higherIsBetter),
        spec("mediation_success_rate", "人民调解成功率", "%", .higherIsBetter),
        spec("legal_aid_cases", "法律援助案件", "件", .neutral),
        spec("pre_meeting_study", "政府常务会议会前学法", "次", .higherIsBetter),
        spec("executive_meeting_topics", "常务会议研究法治议题", "次", .neutral),
      ],
      relations: [], placeholders: [],
      stockPhrases: ["以习近平新时代中国特色社会主义思想为指导", "深入学习贯彻习近平法治思想", "现将有关情况报告如下"])
  }()

  static func loc(_ file: String, _ line: Int) -> TextLocation { TextLocation(file: file, line: line, column: 5) }

  static var last: Report {
    let f = "示例县-2024.yaml"
    return Report(
      metadata: ReportMetadata(jurisdiction: "示例县", level: .county, year: 2024),
      preamble: "2024年，示例县" + stockSentence + "现将有关情况报告如下：",
      achievements: [
        AreaSection(
          areaID: "enforcement", title: "严格规范公正文明执法",
          items: [
            Item(title: "深化行政执法体制改革", text: copiedParagraph, location: loc(f, 10)),
            Item(title: "规范涉企行政检查", text: "全面推行涉企检查计划管理，全年开展联合检查四十二次，减少入企检查一百余户次。", location: loc(f, 14)),
          ]),
        AreaSection(
          areaID: "decision_making", title: "健全依法行政决策制度体系",
          items: [Item(title: "发挥法律顾问作用", text: nearlyCopiedLast, location: loc(f, 20))]),
        AreaSection(
          areaID: "emergency", title: "健全突发事件应对体系",
          items: [Item(title: "完善应急预案体系", text: "修订完善县级专项应急预案十二件，组织开展综合应急演练八次，提升了突发事件依法处置能力。", location: loc(f, 26))]),
      ],
      indicators: [
        IndicatorValue(
          id: "reconsideration_correction_rate", label: "行政复议纠错率", quantity: Quantity(value: 10, unit: "%"), raw: "10%"),
        IndicatorValue(
          id: "litigation_loss_rate", label: "行政诉讼败诉率", quantity: Quantity(value: 5, unit: "%"), raw: "5%"),
        IndicatorValue(
          id: "litigation_appearance_rate", label: "行政机关负责人出庭应诉率", quantity: Quantity(value: 80, unit: "%"), raw: "80%"),
        IndicatorValue(id: "legal_aid_cases", label: "法律援助案件", quantity: Quantity(value: 100, unit: "件"), raw: "100"),
        IndicatorValue(
          id: "mediation_success_rate", label: "人民调解成功率", quantity: Quantity(value: 97.2, unit: "%"), raw: "97.2%"),
        IndicatorValue(
          id: "executive_meeting_topics", label: "常务会议研究法治议题", quantity: Quantity(value: 6, unit: "次"), raw: "6"),
      ],
      customIndicators: [
        IndicatorValue(id: "办结营商环境投诉举报", label: "办结营商环境投诉举报", quantity: Quantity(value: 20, unit: "起"), raw: "20起")
      ],
      firstResponsible: [
        Item(title: "带头履行第一责任人职责", text: "县政府召开常务会议专题研究法治政府建设工作6次，听取法治建设工作汇报。", location: loc(f, 40))
      ],
      shortcomings: [
        Shortcoming(problem: "基层行政执法人员专业能力有待提升。", cause: "培训的针对性不强。", location: loc(f, 46))
      ],
      nextYearPlans: [
        Item(title: "推进执法监督", text: "将推进行政执法协调监督工作体系建设全面落实。", location: loc(f, 52)),
        Item(title: "建设智慧调解平台", text: "将建设县级智慧调解平台并接入全部乡镇。", location: loc(f, 55)),
      ],
      facts: [
        Fact(
          label: "普法宣传活动", quantity: Quantity(value: 200, unit: "场", approximation: .over), sentence: "开展普法宣传活动200余场。")
      ])
  }

  static var this: Report {
    let f = "示例县-2025.yaml"
    return Report(
      metadata: ReportMetadata(jurisdiction: "示例县", level: .county, year: 2025),
      preamble: "2025年，示例县" + stockSentence + "现将有关情况报告如下：",
      achievements: [
        AreaSection(
          areaID: "enforcement", title: "严格规范公正文明执法",
          items: [
            Item(title: "深化行政执法体制改革", text: copiedParagraph, location: loc(f, 10)),
            Item(title: "推行柔性执法", text: "推行包容审慎监管，对轻微违法行为依法不予处罚一百二十三件，2024年制定的清单已动态调整。", location: loc(f, 14)),
            Item(title: "强化执法监督", text: "推进了行政执法协调监督工作体系建设全面落实，实现县乡两级全覆盖。", location: loc(f, 17)),
          ]),
        AreaSection(
          areaID: "decision_making", title: "健全依法行政决策制度体系",
          items: [Item(title: "发挥法律顾问的作用", text: nearlyCopiedThis, location: loc(f, 20))]),
        AreaSection(
          areaID: "digital", title: "全面建设数字法治政府",
          items: [Item(title: "建设智慧调解平台", text: "建设县级智慧调解平台并接入全部乡镇。", location: loc(f, 26))]),
      ],
      indicators: [
        IndicatorValue(
          id: "reconsideration_correction_rate", label: "行政复议纠错率", quantity: Quantity(value: 12, unit: "%"), raw: "12%"),
        IndicatorValue(
          id: "litigation_loss_rate", label: "行政诉讼败诉率", quantity: Quantity(value: 3, unit: "%"), raw: "3%"),
        IndicatorValue(
          id: "litigation_appearance_rate", label: "行政机关负责人出庭应诉率", quantity: Quantity(value: 95, unit: "%"), raw: "95%"),
        IndicatorValue(id: "legal_aid_cases", label: "法律援助案件", quantity: Quantity(value: 180, unit: "件"), raw: "180"),
        IndicatorValue(
          id: "executive_meeting_topics", label: "常务会议研究法治议题", quantity: Quantity(value: 6, unit: "次"), raw: "6"),
        IndicatorValue(
          id: "pre_meeting_study", label: "政府常务会议会前学法", quantity: Quantity(value: 12, unit: "次"), raw: "12"),
      ],
      customIndicators: [
        IndicatorValue(id: "办结营商环境投诉举报件", label: "办结营商环境投诉举报件", quantity: Quantity(value: 35, unit: "起"), raw: "35起")
      ],
      firstResponsible: [
        Item(title: "带头履行第一责任人职责", text: "县政府召开常务会议专题研究法治政府建设工作6次，部署年度重点任务。", location: loc(f, 40))
      ],
      shortcomings: [
        Shortcoming(problem: "行政复议案件办理质量有待提高。", cause: "复议人员力量不足。", location: loc(f, 46))
      ],
      nextYearPlans: [Item(title: "推进数字法治", text: "将推进行政执法监督平台与政务服务平台数据共享。", location: loc(f, 52))],
      otherMatters: [Item(text: "无其他需要报告的情况。", location: loc(f, 58))],
      facts: [
        Fact(
          label: "开展普法宣传活动", quantity: Quantity(value: 260, unit: "场", approximation: .over), sentence: "开展普法宣传活动260余场。"
        )
      ])
  }
}
