/// 对比参数：thresholds of `fazhi diff`, all stated in the report so a reader knows what was counted.
public struct ComparisonOptions: Sendable, Hashable, Codable {
  /// A sentence of this year counts as reused when at least this share of its shingles occurs in one sentence of
  /// last year (containment, 0…1).
  public var reuseThreshold: Double
  /// Shingle length in characters (after removing punctuation, spaces and stock phrases).
  public var shingleSize: Int
  /// Sentences with fewer counted characters are only reported when identical (too short to call near copies).
  public var minimumSentenceLength: Int
  /// An indicator whose value changes by more than this percentage (absolute) is flagged as a swing.
  public var swingThreshold: Double
  /// Character-bigram Dice similarity at which two item titles are taken as the same item (0…1).
  public var itemTitleThreshold: Double
  /// Character-bigram Dice similarity at which two fact labels are taken as the same figure (0…1).
  public var factLabelThreshold: Double
  /// Dice similarity of 3-character shingles, tense markers removed, at which an achievement repeats a plan.
  public var planThreshold: Double
  /// Shingles shared by more sentences than this are too common to select candidates (keeps the search linear).
  public var maximumPostings: Int

  public init(
    reuseThreshold: Double = 0.8, shingleSize: Int = 5, minimumSentenceLength: Int = 10, swingThreshold: Double = 50,
    itemTitleThreshold: Double = 0.5, factLabelThreshold: Double = 0.6, planThreshold: Double = 0.6,
    maximumPostings: Int = 64
  ) {
    self.reuseThreshold = reuseThreshold
    self.shingleSize = shingleSize
    self.minimumSentenceLength = minimumSentenceLength
    self.swingThreshold = swingThreshold
    self.itemTitleThreshold = itemTitleThreshold
    self.factLabelThreshold = factLabelThreshold
    self.planThreshold = planThreshold
    self.maximumPostings = maximumPostings
  }
}
