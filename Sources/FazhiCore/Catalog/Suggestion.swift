/// "Did you mean": the candidate closest to what a user wrote, by edit distance over characters.
///
/// A candidate is close enough when its distance is at most half the shorter of the two names (at least 1), or when
/// one name contains the other (受理 → 行政复议受理), which counts as distance 1 unless they are equal. Of the close
/// ones the nearest wins, the first listed on a tie. Both names are compared as lookup keys (`TextKey.key`).
///
/// A file can hold thousands of unknown names, each asking once (issue 10: 10,000 unknown indicators took 7.8 s).
/// So the candidates are prepared once — normalised, their characters numbered so comparing two is comparing two
/// integers — and each candidate is examined only as far as it could still win: a distance is at least the
/// difference in length, so candidates much longer or shorter are passed over without computing one, and the
/// distance is computed in a diagonal band that stops as soon as every way through exceeds what could still win.
public struct Suggestion: Sendable {
  private struct Candidate: Sendable {
    let text: String
    let codes: [Int32]
  }

  /// What one search did, for tests that bound the work.
  struct Search {
    var match: String?
    /// Candidates whose edit distance was computed (not ruled out by length or containment).
    var distancesComputed = 0
    /// Cells of the edit-distance table filled, over all candidates.
    var cellsComputed = 0
  }

  private let candidates: [Candidate]
  /// Every character of a candidate key and its number; an input character outside it matches no candidate.
  private let codes: [Character: Int32]
  private let longestCandidate: Int

  public init(candidates: [String]) {
    var codes: [Character: Int32] = [:]
    self.candidates = candidates.map { text in
      let key = TextKey.key(text).map { character in
        if let code = codes[character] { return code }
        let code = Int32(codes.count)
        codes[character] = code
        return code
      }
      return Candidate(text: text, codes: key)
    }
    self.codes = codes
    longestCandidate = self.candidates.map(\.codes.count).max() ?? 0
  }

  /// The candidate closest to `input`, when it is close enough to be a plausible typo or variant.
  public static func closest(to input: String, in candidates: [String]) -> String? {
    Suggestion(candidates: candidates).closest(to: input)
  }

  /// The candidate closest to `input`, when it is close enough to be a plausible typo or variant.
  public func closest(to input: String) -> String? { search(input).match }

  func search(_ input: String) -> Search {
    let source = TextKey.key(input).map { codes[$0] ?? -1 }
    var result = Search()
    guard !source.isEmpty else { return result }
    var best = Int.max
    var table = EditDistanceTable(capacity: longestCandidate + 1)
    for candidate in candidates {
      let target = candidate.codes
      let score: Int
      if target.count > 1 && (Self.contains(target, source) || Self.contains(source, target)) {
        score = source == target ? 0 : 1
      } else {
        // Only a distance below the best so far and within the limit can change the answer.
        let bound = min(max(1, min(source.count, target.count) / 2), best - 1)
        guard abs(source.count - target.count) <= bound else { continue }
        result.distancesComputed += 1
        score = table.distance(source, target, bound: bound, cells: &result.cellsComputed)
      }
      let limit = max(1, min(source.count, target.count) / 2)
      if score <= limit && score < best {
        best = score
        result.match = candidate.text
        if best == 0 { break }
      }
    }
    return result
  }

  /// True when `needle` occurs in `haystack` as a run of consecutive characters.
  static func contains(_ haystack: [Int32], _ needle: [Int32]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
    let first = needle[0]
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == first {
        var offset = 1
        while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return true }
      }
      start += 1
    }
    return false
  }
}

/// Two rows of the Levenshtein table, reused across the candidates of one search.
private struct EditDistanceTable {
  var previous: [Int]
  var current: [Int]

  init(capacity: Int) {
    previous = [Int](repeating: 0, count: capacity)
    current = [Int](repeating: 0, count: capacity)
  }

  /// The edit distance of `a` and `b` when it is at most `bound`, else `bound + 1`. Only cells within `bound` of
  /// the diagonal are filled (any path leaving the band costs more than `bound`), and the rows stop as soon as
  /// all of one row exceeds `bound`.
  mutating func distance(_ a: [Int32], _ b: [Int32], bound: Int, cells: inout Int) -> Int {
    let n = a.count
    let m = b.count
    let over = bound + 1
    guard abs(n - m) <= bound else { return over }
    if n == 0 || m == 0 { return max(n, m) }
    for j in 0...m { previous[j] = j <= bound ? j : over }
    for i in 1...n {
      let low = max(1, i - bound)
      let high = min(m, i + bound)
      current[low - 1] = low == 1 && i <= bound ? i : over
      var rowMinimum = current[low - 1]
      for j in low...high {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        let value = min(substitution, previous[j] + 1, current[j - 1] + 1, over)
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      cells += high - low + 1
      // The next row reads one cell past this band; it must not see a value left from an earlier row.
      if high < m { current[high + 1] = over }
      guard rowMinimum <= bound else { return over }
      swap(&previous, &current)
    }
    return previous[m]
  }
}
