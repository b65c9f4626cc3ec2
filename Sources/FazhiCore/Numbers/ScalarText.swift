import Foundation

/// A set of words matched longest first at or before a position, indexed by first and last scalar.
struct WordList: Sendable {
  struct Word: Sendable {
    let scalars: [Unicode.Scalar]
    let text: String
  }

  private let byFirst: [Unicode.Scalar: [Word]]
  private let byLast: [Unicode.Scalar: [Word]]

  /// Made once per list and process, for every report read: sorted once, longest first, and grouped in that
  /// order, with a repeated word (the same scalars) kept once. Which of two words of one length comes first does not
  /// matter: both can match at one place only when they are the same word.
  init(_ words: [String]) {
    let sorted = words.map { Word(scalars: Array($0.unicodeScalars), text: $0) }
      .sorted { $0.scalars.count > $1.scalars.count }
    var byFirst = [Unicode.Scalar: [Word]](minimumCapacity: sorted.count)
    var byLast = [Unicode.Scalar: [Word]](minimumCapacity: sorted.count)
    for word in sorted {
      guard let first = word.scalars.first, let last = word.scalars.last else { continue }
      if byFirst[first]?.contains(where: { $0.scalars == word.scalars }) ?? false { continue }
      byFirst[first, default: []].append(word)
      byLast[last, default: []].append(word)
    }
    self.byFirst = byFirst
    self.byLast = byLast
  }

  func candidates(startingWith scalar: Unicode.Scalar) -> [Word] { byFirst[scalar] ?? [] }
  func candidates(endingWith scalar: Unicode.Scalar) -> [Word] { byLast[scalar] ?? [] }
}

/// Scalar-level reading helpers over a string, shared by the parser and the scanner.
///
/// Holds the string's Unicode scalars in an array, so that every step is O(1) and an index is a scalar offset
/// (what extraction counts positions in). String.UnicodeScalarView decoded UTF-8 again at every step.
struct ScalarText {
  typealias Index = Int
  let scalars: [Unicode.Scalar]

  init(_ text: String) { scalars = Array(scalarsOf: text) }

  init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  var startIndex: Index { 0 }
  var endIndex: Index { scalars.count }

  subscript(index: Index) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

  func after(_ index: Index) -> Index { index + 1 }

  func before(_ index: Index) -> Index? { index > 0 ? index - 1 : nil }

  /// The scalar just before `index`.
  func scalar(before index: Index) -> Unicode.Scalar? { before(index).map { scalars[$0] } }

  /// The end of `word` when it occurs at `index`.
  func match(_ word: [Unicode.Scalar], at index: Index) -> Index? {
    guard index + word.count <= scalars.count else { return nil }
    var i = index
    for scalar in word {
      guard scalars[i] == scalar else { return nil }
      i += 1
    }
    return i
  }

  func match(_ word: String, at index: Index) -> Index? { match(Array(word.unicodeScalars), at: index) }

  /// The start of `word` when it ends right before `index`.
  func match(_ word: [Unicode.Scalar], endingAt index: Index) -> Index? {
    guard index - word.count >= 0 else { return nil }
    var i = index - word.count
    for scalar in word {
      guard scalars[i] == scalar else { return nil }
      i += 1
    }
    return index - word.count
  }

  /// The longest word of `list` at `index`.
  func longestMatch(_ list: WordList, at index: Index) -> (word: String, end: Index)? {
    guard let first = self[index] else { return nil }
    for word in list.candidates(startingWith: first) {
      if let end = match(word.scalars, at: index) { return (word.text, end) }
    }
    return nil
  }

  /// The longest word of `list` ending right before `index`.
  func longestMatch(_ list: WordList, endingAt index: Index) -> (word: String, start: Index)? {
    guard let last = scalar(before: index) else { return nil }
    for word in list.candidates(endingWith: last) {
      if let start = match(word.scalars, endingAt: index) { return (word.text, start) }
    }
    return nil
  }

  func skipSpaces(from index: Index) -> Index {
    var i = index
    while let s = self[i], s.isWhiteSpaceProperty { i = after(i) }
    return i
  }

  func skipSpacesBackward(from index: Index) -> Index {
    var i = index
    while let p = before(i), scalars[p].isWhiteSpaceProperty { i = p }
    return i
  }

  func text(_ range: Range<Index>) -> String { String(scalars: scalars[range]) }
}
