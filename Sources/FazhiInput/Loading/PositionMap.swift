import FazhiCore

/// Where each value of a report file sits: data path → line and column.
///
/// Paths read like `主要举措和成效[0].事项[1].内容` and `主要指标.行政复议受理`.
public struct PositionMap: Sendable {
  struct Entry: Sendable {
    var key: TextLocation?
    var value: TextLocation
  }

  public let file: String
  private var entries: [String: Entry] = [:]
  /// Scalar offset of the start of each line (0-based line index).
  private let lineStarts: [Int]
  private let scalars: [Unicode.Scalar]

  init(file: String, text: String) {
    self.file = file
    self.scalars = Array(text.unicodeScalars)
    var starts = [0]
    for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
    self.lineStarts = starts
    // A report records about one path per line; growing the table from empty rehashed it several times.
    entries.reserveCapacity(starts.count)
  }

  /// Records where the value at `path` sits; a key location recorded earlier is kept when `key` is nil (the
  /// decoder records a part's key, then its value again while decoding it).
  mutating func record(_ path: String, key: TextLocation?, value: TextLocation) {
    // One hash of the path either way (paths are mostly Chinese, and hashing them normalises).
    if let key {
      entries[path] = Entry(key: key, value: value)
    } else {
      entries[path, default: Entry(key: nil, value: value)].value = value
    }
  }

  /// The location of the value at `path`.
  public func location(_ path: String) -> TextLocation? { entries[path]?.value }

  /// The location of the key at `path` (falls back to the value).
  public func keyLocation(_ path: String) -> TextLocation? { entries[path]?.key ?? entries[path]?.value }

  /// The start of the file.
  public var start: TextLocation { TextLocation(file: file, line: 1, column: 1) }

  /// The location of the `occurrence`-th (0-based) appearance of `needle` inside the value at `path`, found by
  /// searching the file text from the value's start; the value's own location when it cannot be found (e.g. a
  /// needle that spans a folded line).
  public func locate(_ needle: String, occurrence: Int = 0, in path: String) -> TextLocation? {
    guard let base = entries[path]?.value else { return nil }
    let needleScalars = Array(needle.unicodeScalars)
    guard !needleScalars.isEmpty, base.line - 1 < lineStarts.count else { return base }
    var offset = lineStarts[base.line - 1] + base.column - 1
    var seen = 0
    while offset + needleScalars.count <= scalars.count {
      if scalars[offset] == needleScalars[0] && Array(scalars[offset..<offset + needleScalars.count]) == needleScalars {
        if seen == occurrence { return location(ofOffset: offset) }
        seen += 1
        offset += needleScalars.count
      } else {
        offset += 1
      }
    }
    return base
  }

  /// A reader that finds, in order, the texts quoted inside the value at `path` (nil when the path was never
  /// recorded). Each search continues where the previous one stopped, so locating every figure of a long value
  /// costs one pass over it instead of one pass per figure.
  public func sequentialLocator(in path: String) -> SequentialLocator? {
    guard let base = entries[path]?.value, base.line - 1 < lineStarts.count else { return nil }
    return SequentialLocator(map: self, base: base, cursor: lineStarts[base.line - 1] + base.column - 1)
  }

  /// Finds occurrences inside one value in file order (see `sequentialLocator(in:)`).
  public struct SequentialLocator: Sendable {
    let map: PositionMap
    /// The value's own location.
    public let base: TextLocation
    /// File offset where the next search starts: the start of the last occurrence found (the next text asked
    /// for may overlap it, or start at the same place).
    var cursor: Int

    /// Skips `skipping` occurrences of `needle` from the previous find on, overlapping ones each counted, and
    /// returns where the next one starts; nil when it is not found within `window` scalars (an escape inside
    /// it), the window keeping a miss from reading the rest of the file.
    public mutating func next(_ needle: String, skipping: Int, window: Int) -> TextLocation? {
      let needleScalars = Array(needle.unicodeScalars)
      let scalars = map.scalars
      guard let first = needleScalars.first else { return nil }
      let limit = min(scalars.count, cursor + window + needleScalars.count)
      var offset = cursor
      var seen = 0
      while offset + needleScalars.count <= limit {
        if scalars[offset] == first, map.end(of: needleScalars, writtenAt: offset) != nil {
          if seen == skipping {
            cursor = offset
            return map.location(ofOffset: offset)
          }
          seen += 1
        }
        offset += 1
      }
      return nil
    }
  }

  /// Where `needle`, a piece of a value, ends in the file when it is written from `offset`; nil when it is not.
  /// A value's text is the file's, except where YAML folded a line: a scalar written over several lines (`>`, a
  /// plain or quoted one) reads the line break and the next line's indentation as one space. So a run of spaces
  /// in the needle matches either the same spaces or blanks around one line break; every other scalar matches
  /// itself.
  func end(of needle: [Unicode.Scalar], writtenAt offset: Int) -> Int? {
    var i = offset
    var j = 0
    while j < needle.count {
      guard i < scalars.count else { return nil }
      if needle[j] == " ", let fold = foldEnd(at: i) {
        i = fold
        while j < needle.count && needle[j] == " " { j += 1 }
      } else {
        guard scalars[i] == needle[j] else { return nil }
        i += 1
        j += 1
      }
    }
    return i
  }

  /// The end of a folded line break at `offset`: blanks, one line break, then the next line's indentation; nil
  /// when the file has no line break there (the spaces are then matched one by one).
  private func foldEnd(at offset: Int) -> Int? {
    func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" }
    var i = offset
    while i < scalars.count && isBlank(scalars[i]) { i += 1 }
    guard i < scalars.count, scalars[i] == "\n" else { return nil }
    i += 1
    while i < scalars.count && isBlank(scalars[i]) { i += 1 }
    return i
  }

  /// Line and column of a scalar offset.
  func location(ofOffset offset: Int) -> TextLocation {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return TextLocation(file: file, line: low + 1, column: offset - lineStarts[low] + 1)
  }

  /// All recorded paths (for tests and tooling).
  public var paths: [String] { entries.keys.sorted() }
}
