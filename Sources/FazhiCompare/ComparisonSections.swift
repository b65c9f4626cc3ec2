import FazhiCore
import Foundation

/// 对比报告的章节：what a human-readable diff report shows, decided once for the text, Markdown and HTML reporters —
/// the sections in reading order, which entries each holds, their labels, places, counts and figures as the reader
/// sees them. A reporter only lays this out in its format (tables, lists, colour, markup).
///
/// The JSON reporter does not use it: its documented shape is the comparison data itself (`ReportComparison`),
/// not a page for reading.
struct ComparisonSections {
  /// The two reports and the warnings about the pair.
  var header: Header
  /// 一、部分、领域和事项
  var coverage: Coverage
  /// 二、指标同比
  var figures: Figures
  /// 三、重复文字
  var reuse: Reuse
  /// 四、过时内容
  var stale: Stale
  /// 五、上年安排的落实
  var plans: Plans
  /// 正文对照：both years' sentences with the passages the sections above point at (HTML only).
  var sideBySide: SideBySide

  /// A section's heading: its Chinese ordinal (一 … 五) and its title.
  struct Heading {
    var ordinal: String
    var title: String

    /// `一、部分、领域和事项`
    var numbered: String { "\(ordinal)、\(title)" }
  }

  struct Header {
    var this: ComparedReportSummary
    var last: ComparedReportSummary
    var warnings: [ComparisonWarning]
  }

  struct Coverage {
    static let heading = Heading(ordinal: "一", title: "部分、领域和事项")
    /// Every mandated part present in either year.
    var parts: [SectionChange]
    /// Every area present in either year; empty when neither year has one (no table then).
    var areas: [SectionChange]
    /// How items were matched: the title-similarity threshold, as printed.
    var itemTitleThreshold: String
    var matchedItemCount: Int
    var droppedItems: [ItemEntry]
    var addedItems: [ItemEntry]

    /// Parts and areas that are in one year only, parts first.
    var changedSections: [SectionChange] { (parts + areas).filter { $0.status != .kept } }
    /// Parts and areas of last year missing this year.
    var droppedSectionCount: Int { (parts + areas).filter { $0.status == .dropped }.count }
  }

  /// An item (事项) in one year only: its title and where it sits.
  struct ItemEntry {
    var title: String
    /// The file position, else the area, else the part id.
    var place: String
  }

  struct Figures {
    static let heading = Heading(ordinal: "二", title: "指标同比")
    /// Percent change above which a figure counts as a swing.
    var swingThreshold: Int
    /// Catalog indicators present in either year.
    var indicators: [IndicatorRow]
    /// Labels of the indicators stated last year and not this year.
    var missingIndicators: [String]
    /// Other figures matched by label: the label-similarity threshold, as printed.
    var factLabelThreshold: String
    var facts: [FactRow]
    /// Figures of last year with no match this year, as `label quantity`.
    var lastOnlyFacts: [String]
  }

  /// One catalog indicator's row; figures already in their printed form.
  struct IndicatorRow {
    var label: String
    var last: String
    var this: String
    var change: String
    var percent: String
    /// 向好 / 变差 / 持平 / 本年缺失 / 本年新增 …
    var assessmentName: String
    var assessment: IndicatorChange.Assessment
    var status: IndicatorChange.Status
    var isSwing: Bool
    var percentChange: Decimal?
  }

  /// One figure found in both years by label similarity.
  struct FactRow {
    var lastLabel: String
    var thisLabel: String
    var score: String
    var last: String
    var this: String
    var change: String
    var percent: String
    var isSwing: Bool
    var percentChange: Decimal?
  }

  /// A bar of the HTML chart: a percentage change and how it reads.
  struct ChangeBar {
    var label: String
    var percent: Double
    /// The assessment's raw value for indicators, `neutral` for other figures.
    var tone: String
  }

  struct Reuse {
    static let heading = Heading(ordinal: "三", title: "重复文字")
    /// Share of reused text from which the share is shown as alarming.
    static let alarmingShare = 0.3
    var shingleSize: Int
    var threshold: String
    var share: String
    var isAlarming: Bool
    var reusedCharacters: Int
    var totalCharacters: Int
    var stockPhraseOccurrences: Int
    var matches: [ReuseEntry]
  }

  /// A reused sentence of this year beside last year's.
  struct ReuseEntry {
    var kind: ReuseMatch.Kind
    var containment: String
    var thisPlace: String
    var lastPlace: String
    var thisText: String
    var lastText: String
  }

  struct Stale {
    static let heading = Heading(ordinal: "四", title: "过时内容")
    var entries: [StaleEntry]
  }

  /// Text of this year that still speaks of last year.
  struct StaleEntry {
    /// The sentence's place, the file position, else 主要指标 (a figure under the indicators).
    var place: String
    var message: String
    /// The whole sentence, when the finding is in prose.
    var sentence: String?
  }

  struct Plans {
    static let heading = Heading(ordinal: "五", title: "上年安排的落实")
    /// Sentence similarity threshold after tense words are removed, as printed.
    var threshold: String
    var entries: [PlanEntry]
  }

  /// A plan of last year that reappears this year.
  struct PlanEntry {
    var status: PlanFollowUp.Status
    var plan: String
    var achievement: String
    var achievementPlace: String
  }

  struct SideBySide {
    var this: SentenceColumn
    var last: SentenceColumn
  }

  /// One year's sentences with the highlighted ones marked.
  struct SentenceColumn {
    var year: Int
    var sentences: [TextSentence]
    /// Sentence id → highlight (`identical`, `near`, `plan_restated`, `fulfilled`, `stale`).
    var marks: [Int: String]
    /// Sentence id → id of the sentence of last year it repeats.
    var links: [Int: Int]
  }
}
