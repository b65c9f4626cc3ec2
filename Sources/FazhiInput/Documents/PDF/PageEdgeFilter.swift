import FazhiCore
/// Removes page numbers and running headers/footers from the pages of `pdftotext` output.
///
/// A running header or footer is a short line (at most 40 characters) that repeats, digits aside, at the same
/// position among the first or last two lines of at least half of the pages (and of two pages or more).
/// Matching lines are removed from every page, page 1 included: a document title that differs from the
/// running header (it usually names the issuer and year) is kept, since only exact repeats match.
enum PageEdgeFilter {
  static let edgeDepth = 2
  static let maxRunningLineLength = 40

  /// - Parameter pages: each page's lines (blank lines included).
  /// - Returns: the pages with page-number and running lines replaced by blank lines.
  static func clean(_ pages: [[String]]) -> [[String]] {
    var pages = pages.map(removePageNumbers)
    let running = runningLines(pages)
    guard !running.isEmpty else { return pages }
    for index in pages.indices {
      for (slot, lineIndex) in edgeSlots(pages[index]) {
        if running.contains(Key(slot: slot, text: normalized(pages[index][lineIndex]))) {
          pages[index][lineIndex] = ""
        }
      }
    }
    return pages
  }

  private static func removePageNumbers(_ lines: [String]) -> [String] {
    let edges = Set(edgeSlots(lines, depth: edgeDepth + 1).map(\.lineIndex))
    return lines.enumerated().map { index, line in
      LinePatterns.isPageNumber(line, atPageEdge: edges.contains(index)) ? "" : line
    }
  }

  private struct Key: Hashable {
    /// 0, 1 … from the top; -1, -2 … from the bottom.
    var slot: Int
    var text: String
  }

  private static func runningLines(_ pages: [[String]]) -> Set<Key> {
    guard pages.count >= 2 else { return [] }
    var counts: [Key: Int] = [:]
    for page in pages {
      let keys = Set(edgeSlots(page).map { Key(slot: $0.slot, text: normalized(page[$0.lineIndex])) })
      for key in keys where !key.text.isEmpty && key.text.count <= maxRunningLineLength {
        counts[key, default: 0] += 1
      }
    }
    let needed = max(2, (pages.count + 1) / 2)
    return Set(counts.filter { $0.value >= needed }.keys)
  }

  /// The first and last `depth` non-blank lines of a page with their slots.
  private static func edgeSlots(_ lines: [String], depth: Int = edgeDepth) -> [(slot: Int, lineIndex: Int)] {
    let content = lines.indices.filter { !Whitespace.isBlank(lines[$0]) }
    var slots: [(slot: Int, lineIndex: Int)] = []
    for (slot, lineIndex) in content.prefix(depth).enumerated() {
      slots.append((slot, lineIndex))
    }
    for (offset, lineIndex) in content.suffix(depth).reversed().enumerated()
    where !slots.contains(where: { $0.lineIndex == lineIndex }) {
      slots.append((-1 - offset, lineIndex))
    }
    return slots
  }

  /// Whitespace removed and digits replaced, so "第 3 页" and "第 4 页" match.
  private static func normalized(_ line: String) -> String {
    String(line.compactMap { $0.isWhitespace ? nil : ($0.isASCIIDigit ? "#" : $0) })
  }
}
