import FazhiCore

/// 过时内容：text of this year that still speaks of last year.
public struct StaleReference: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Last year's year number (`2024年`) outside a range or a comparison.
    case lastYearNumber = "last_year_number"
    /// A meeting count of last year repeated this year in the same wording.
    case repeatedMeetingCount = "repeated_meeting_count"
  }

  public var kind: Kind
  /// The sentence of this year (nil for a figure under 主要指标).
  public var sentence: TextSentence?
  /// Where it is in this year's file, when known.
  public var location: TextLocation?
  /// The text found (`2024年`, `召开常务会议研究法治议题6次`).
  public var excerpt: String
  /// The sentence of last year it repeats, when there is one.
  public var lastSentence: TextSentence?
  /// Chinese, no trailing 。.
  public var message: String

  public init(
    kind: Kind, sentence: TextSentence?, location: TextLocation? = nil, excerpt: String, lastSentence: TextSentence?,
    message: String
  ) {
    self.kind = kind
    self.sentence = sentence
    self.location = location ?? sentence?.location
    self.excerpt = excerpt
    self.lastSentence = lastSentence
    self.message = message
  }
}

/// 去年安排的落实：a plan of last year (下一年度主要安排) that reappears this year.
public struct PlanFollowUp: Sendable, Hashable, Codable {
  public enum Status: String, Sendable, Hashable, Codable {
    /// Reworded into past tense (将推进 → 推进了/已完成): 实现了去年安排.
    case fulfilled
    /// Restated without a change of tense: counted as reuse.
    case copied

    /// 实现了去年安排 / 照搬去年安排.
    public var chineseName: String {
      switch self {
      case .fulfilled: "实现了去年安排"
      case .copied: "照搬去年安排"
      }
    }
  }

  public var status: Status
  public var plan: TextSentence
  public var achievement: TextSentence
  /// Dice similarity of the two sentences with tense markers removed (0…1).
  public var score: Double

  public init(status: Status, plan: TextSentence, achievement: TextSentence, score: Double) {
    self.status = status
    self.plan = plan
    self.achievement = achievement
    self.score = score
  }
}
