import FazhiCore

/// 一是…二是…: enumerators inside a paragraph, the writer's own structure (kept with their markers).
extension OutlineBuilder {
  struct InlineSegment {
    var number: Int
    /// `一是`, `二是`…
    var marker: String
    var title: String
    var text: String
    var offset: Int
  }

  /// The enumerators 一是…十九是 (index = number), scanned for in every paragraph: made once, not for each one.
  private static let ordinalMarkers = [""] + (1..<20).map { HeadingStyle.inlineOrdinal.marker($0) }
  private static let ordinalWords = ordinalMarkers.map { Array($0.unicodeScalars) }

  /// A paragraph of an unheaded part as items: the lead before 一是 and each enumerated item with its marker.
  static func paragraphItems(
    _ paragraph: Outline.Paragraph, chars: some Collection<Unicode.Scalar>, file: String
  ) -> [(text: String, location: TextLocation)] {
    let chars = Array(chars)
    let segments = inlineOrdinals(chars)
    let whole = (paragraph.text, paragraph.line.location(file: file, offset: paragraph.offset))
    guard let first = segments.first else { return [whole] }
    var items: [(text: String, location: TextLocation)] = []
    let lead = String(scalars: chars[..<first.offset].trimmingWhitespace())
    if !lead.isEmpty { items.append((lead, whole.1)) }
    for segment in segments {
      let text = segment.marker + segment.text
      items.append((text, paragraph.line.location(file: file, offset: paragraph.offset + segment.offset)))
    }
    return items
  }

  /// `一是…二是…三是…` in a paragraph: at least two in sequence, each after a sentence or clause boundary.
  static func inlineOrdinals(_ chars: [Unicode.Scalar]) -> [InlineSegment] {
    var starts: [Int] = []
    var expected = 1
    var i = 0
    var word = ordinalWords[expected]
    while i + 1 < chars.count && expected < ordinalWords.count {
      if chars[i] == word[0] && (i == 0 || ordinalBoundaries.contains(chars[i - 1])) && i + word.count <= chars.count
        && chars[i..<(i + word.count)].elementsEqual(word)
      {
        starts.append(i)
        expected += 1
        i += word.count
        guard expected < ordinalWords.count else { break }
        word = ordinalWords[expected]
        continue
      }
      i += 1
    }
    guard starts.count >= 2 else { return [] }
    var segments: [InlineSegment] = []
    for (k, start) in starts.enumerated() {
      let number = k + 1
      let bodyStart = start + ordinalWords[number].count
      let end = k + 1 < starts.count ? starts[k + 1] : chars.count
      guard bodyStart < end else { continue }
      let body = Array(chars[bodyStart..<end])
      var titleEnd = body.firstIndex { $0 == "。" || $0 == "；" || $0 == ";" } ?? body.count
      if titleEnd > 30, let comma = body.firstIndex(where: { $0 == "，" || $0 == "," }), comma >= 4 {
        titleEnd = comma
      }
      let title = trimTitle(body[..<titleEnd])
      segments.append(
        InlineSegment(
          number: number, marker: ordinalMarkers[number], title: title, text: String(scalars: body), offset: start))
    }
    return segments
  }

  private static let ordinalBoundaries: Set<Unicode.Scalar> = ["。", "；", ";", "：", ":", "，", ",", " "]
}
