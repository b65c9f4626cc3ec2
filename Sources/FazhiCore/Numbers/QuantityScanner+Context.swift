import Foundation

/// The words before a number: 第 (an ordinal), a quote (a slogan), 约/近/超 and 增长/下降/提升至, and the pairing
/// of a range's two ends.
extension QuantityScan {
  struct Context {
    var approximation: Quantity.Approximation?
    var hint: NumberLexicon.RoleHint?
    var hintStart: Index?
    var ordinalStart: Index?
    var quoted = false
  }

  /// What the words right before a number say about it (第, a quote, 约/近/超, 增长/下降/提升至 …).
  func context(before start: Index) -> Context {
    var context = Context()
    var j = text.skipSpacesBackward(from: start)
    guard let previous = text.before(j) else { return context }
    if text.scalars[previous] == "第" {
      context.ordinalStart = previous
      return context
    }
    if Lexicon.openingQuotes.contains(text.scalars[previous]) {
      context.quoted = true
      return context
    }
    if let prefix = text.longestMatch(Lexicon.prefixes, endingAt: j),
      text.longestMatch(Lexicon.falsePrefixes, endingAt: j) == nil
    {
      context.approximation = Lexicon.approximationPrefixes[prefix.word]
      j = text.skipSpacesBackward(from: prefix.start)
    }
    if let role = text.longestMatch(Lexicon.roles, endingAt: j) {
      context.hint = Lexicon.roleWords[role.word]
      context.hintStart = role.start
    }
    return context
  }

  /// The role of a number; pairs it with the previous figure for 由A提升至B, A精简为B and A～B.
  mutating func role(for context: Context, at start: Index) -> QuantityMatch.Role {
    switch context.hint {
    case .increase: return .changeIncrease
    case .decrease: return .changeDecrease
    case .to:
      if let hintStart = context.hintStart, pairWithPrevious(endingAt: text.skipSpacesBackward(from: hintStart)) {
        return .rangeTo
      }
      return .value
    case nil:
      let j = text.skipSpacesBackward(from: start)
      if let connector = text.before(j), Lexicon.rangeConnectors.contains(text.scalars[connector]),
        pairWithPrevious(endingAt: text.skipSpacesBackward(from: connector))
      {
        return .rangeTo
      }
      return .value
    }
  }

  /// Marks the previous match as `.rangeFrom` when it is a plain value ending exactly at `end`.
  mutating func pairWithPrevious(endingAt end: Index) -> Bool {
    guard let last = matches.last, last.role == .value, last.range.upperBound == end else { return false }
    matches[matches.count - 1].role = .rangeFrom
    return true
  }

  /// The closing quote of a slogan, looked for within a short distance.
  func closingQuote(from index: Index) -> Index? {
    var i = index
    for _ in 0..<24 {
      guard let scalar = text[i], scalar != "\n", scalar != "。" else { return nil }
      if Lexicon.closingQuotes.contains(scalar) { return i }
      i = text.after(i)
    }
    return nil
  }
}
