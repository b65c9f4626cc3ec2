import Foundation

/// A set of words matched longest first at or before a position, indexed by first and last scalar.
struct WordList: Sendable {
  struct Word: Sendable {
    let scalars: [Unicode.Scalar]
    let text: String
  }

  private let byFirst: [Unicode.Scalar: [Word]]
  private let byLast: [Unicode.Scalar: [Word]]

  init(_ words: [String]) {
    var byFirst: [Unicode.Scalar: [Word]] = [:]
    var byLast: [Unicode.Scalar: [Word]] = [:]
    for text in Set(words) {
      let word = Word(scalars: Array(text.unicodeScalars), text: text)
      guard let first = word.scalars.first, let last = word.scalars.last else { continue }
      byFirst[first, default: []].append(word)
      byLast[last, default: []].append(word)
    }
    self.byFirst = byFirst.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
    self.byLast = byLast.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
  }

  func candidates(startingWith scalar: Unicode.Scalar) -> [Word] { byFirst[scalar] ?? [] }
  func candidates(endingWith scalar: Unicode.Scalar) -> [Word] { byLast[scalar] ?? [] }
}

/// Scalar-level reading helpers over a string, shared by the parser and the scanner.
///
/// Works on Unicode scalars so that every step is O(1) and indices stay valid `String.Index` values.
struct ScalarText {
  let scalars: String.UnicodeScalarView

  init(_ text: String) { scalars = text.unicodeScalars }

  var startIndex: String.Index { scalars.startIndex }
  var endIndex: String.Index { scalars.endIndex }

  subscript(index: String.Index) -> Unicode.Scalar? { index < scalars.endIndex ? scalars[index] : nil }

  func after(_ index: String.Index) -> String.Index { scalars.index(after: index) }

  func before(_ index: String.Index) -> String.Index? {
    index > scalars.startIndex ? scalars.index(before: index) : nil
  }

  /// The scalar just before `index`.
  func scalar(before index: String.Index) -> Unicode.Scalar? { before(index).map { scalars[$0] } }

  /// The end of `word` when it occurs at `index`.
  func match(_ word: [Unicode.Scalar], at index: String.Index) -> String.Index? {
    var i = index
    for scalar in word {
      guard i < scalars.endIndex, scalars[i] == scalar else { return nil }
      i = scalars.index(after: i)
    }
    return i
  }

  func match(_ word: String, at index: String.Index) -> String.Index? { match(Array(word.unicodeScalars), at: index) }

  /// The start of `word` when it ends right before `index`.
  func match(_ word: [Unicode.Scalar], endingAt index: String.Index) -> String.Index? {
    var i = index
    for scalar in word.reversed() {
      guard i > scalars.startIndex else { return nil }
      i = scalars.index(before: i)
      guard scalars[i] == scalar else { return nil }
    }
    return i
  }

  /// The longest word of `list` at `index`.
  func longestMatch(_ list: WordList, at index: String.Index) -> (word: String, end: String.Index)? {
    guard let first = self[index] else { return nil }
    for word in list.candidates(startingWith: first) {
      if let end = match(word.scalars, at: index) { return (word.text, end) }
    }
    return nil
  }

  /// The longest word of `list` ending right before `index`.
  func longestMatch(_ list: WordList, endingAt index: String.Index) -> (word: String, start: String.Index)? {
    guard let last = scalar(before: index) else { return nil }
    for word in list.candidates(endingWith: last) {
      if let start = match(word.scalars, endingAt: index) { return (word.text, start) }
    }
    return nil
  }

  func skipSpaces(from index: String.Index) -> String.Index {
    var i = index
    while let s = self[i], s.properties.isWhitespace { i = after(i) }
    return i
  }

  func skipSpacesBackward(from index: String.Index) -> String.Index {
    var i = index
    while let p = before(i), scalars[p].properties.isWhitespace { i = p }
    return i
  }

  func text(_ range: Range<String.Index>) -> String { String(Substring(scalars[range])) }
}
