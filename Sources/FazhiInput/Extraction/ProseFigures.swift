import FazhiCore

/// 文中数字：catalog indicators quoted in a piece of prose, found by the same number reader and indicator
/// matcher as extraction. Used by `validate` to hold the user's text against the user's figures.
public struct IndicatorMention: Sendable, Hashable {
  public var indicatorID: String
  public var quantity: Quantity
  /// The figure as written (`100件`, `97.2%`).
  public var raw: String
  public var role: NumberRole
  /// Character offset of the figure in the text.
  public var offset: Int
  /// The sentence it stands in.
  public var sentence: String
}

/// Finds indicator mentions in prose.
public struct ProseFigures: Sendable {
  let matcher: IndicatorMatcher
  /// Figures whose own clause names the indicator: a wrong accusation costs more than a missed one.
  static let strictScore = 900
  /// Figures of a list that names its subject once, at its head, bound with that subject: the clause holds the
  /// indicator's ending or its verb and the sentence before it the rest (`共收到行政复议申请95件，依法受理83件，
  /// 不予受理12件`, `……其中受理40件`, `共有行政执法人员860名，其中持证520名`). The same binding extraction makes,
  /// from this score on.
  static let sharedSubjectScore = 600

  /// True when `match` binds a figure firmly enough for `validate` to hold it against the data.
  static func isFirm(_ match: IndicatorMatcher.Match) -> Bool {
    match.score >= strictScore || (match.usesSharedSubject && match.score >= sharedSubjectScore)
  }

  public init(catalog: Catalog) {
    matcher = IndicatorMatcher(catalog: catalog)
  }

  /// Levels (`受理100件`) and changes (`同比增长12%`, `提高3.5个百分点`) of catalog indicators in `text`.
  public func mentions(in text: String) -> [IndicatorMention] {
    let paragraph = Outline.Paragraph(text: text, line: LineStart(line: 1, column: 1), offset: 0)
    var result: [IndicatorMention] = []
    // Sentences are compared by their scalars, which the figures share: their texts are made only for mentions.
    var previous: (sentence: [Unicode.Scalar], id: String)?
    // The figure before, and whether it was bound: an inclusion (`已办结15件（含上年结转1件）`) belongs to it.
    var host: (sentence: [Unicode.Scalar], isBound: Bool)?
    var lastMentionSentence: [Unicode.Scalar]?
    // The text of the last mention's sentence, made once for the mentions of that sentence.
    var sentenceText: (scalars: [Unicode.Scalar], text: String)?
    for figure in FigureFinder.figures(in: paragraph, file: "") {
      let count = result.count
      defer {
        if result.count > count { lastMentionSentence = figure.sentenceScalars }
        if let last = result.last, lastMentionSentence == figure.sentenceScalars {
          previous = (figure.sentenceScalars, last.indicatorID)
        }
        host = (figure.sentenceScalars, result.count > count)
      }
      let offset = figure.location.column - 1
      func mention(of id: String) -> IndicatorMention {
        let text = sentenceText.flatMap { $0.scalars == figure.sentenceScalars ? $0.text : nil } ?? figure.sentence
        sentenceText = (figure.sentenceScalars, text)
        return IndicatorMention(
          indicatorID: id, quantity: figure.quantity, raw: figure.raw, role: figure.role, offset: offset, sentence: text)
      }
      switch figure.role {
      case .value, .rangeTo:
        // 含上年结转1件 counts a part of the figure it follows: a catalog figure only when that one is.
        let isInclusion = figure.label.hasPrefix("含")
        let hostIsBound = host.map { $0.sentence == figure.sentenceScalars && $0.isBound } ?? false
        if let match = matcher.scoredMatch(figure), Self.isFirm(match),
          !isPart(figure, of: match.spec, after: result), !isInclusion || hostIsBound
        {
          result.append(mention(of: match.spec.id))
        }
      case .changeIncrease, .changeDecrease:
        // A percentage change belongs to a count or amount; a change in 个百分点 to a rate.
        let probes: [Quantity] =
          figure.quantity.unit == "个百分点"
          ? [Quantity(value: 1, unit: "%")]
          : figure.quantity.unit == "%" ? [Quantity(value: 1, unit: "件"), Quantity(value: 1, unit: "元")] : []
        for probe in probes {
          var copy = figure
          copy.role = .value
          copy.quantity = probe
          if let spec = matcher.match(copy, minimumScore: Self.strictScore) {
            result.append(mention(of: spec.id))
            break
          }
        }
        // 「受理100件，同比增长25%」: the change belongs to the figure before it in the sentence.
        if result.last?.offset != offset, let previous, previous.sentence == figure.sentenceScalars {
          result.append(mention(of: previous.id))
        }
      default:
        continue
      }
    }
    return result
  }

  /// True when the figure stands in a 其中 list whose total is a figure of the same indicator: it then counts a
  /// narrower subject (`出庭应诉率为96.06%，其中，正职负责人出庭应诉率为29.13%`), not the indicator itself.
  func isPart(_ figure: Figure, of spec: IndicatorSpec, after mentions: [IndicatorMention]) -> Bool {
    guard let marker = figure.subsetMarker,
      let total = mentions.last(where: { $0.offset < marker && ($0.role == .value || $0.role == .rangeTo) })
    else { return false }
    return total.indicatorID == spec.id
  }
}
