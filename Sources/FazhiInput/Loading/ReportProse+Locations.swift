import FazhiCore

extension ReportProse {
  /// Puts every sentence at its own line and column in the YAML file the report was read from, instead of at its
  /// paragraph (an item's first key, often its 标题): a sentence on the third line of a `内容: |` block is found
  /// on that line. Uses validate's map from the report's texts to their paths (`TextSpan.spans`) and its locator
  /// (`PositionMap.locations`); a sentence that cannot be found keeps its paragraph's location.
  package mutating func locateSentences(of report: Report, catalog: Catalog, positions: PositionMap) {
    // Both walk the report in the same order; a paragraph takes the first unused span with its text, so two equal
    // paragraphs still get their own places.
    var pathsByText: [String: [String]] = [:]
    for span in TextSpan.spans(of: report, catalog: catalog, positions: positions) where !span.isTitle {
      pathsByText[span.text, default: []].append(span.path)
    }
    var first = 0
    while first < sentences.count {
      let paragraph = sentences[first].paragraph
      var end = first
      while end < sentences.count && sentences[end].paragraph == paragraph { end += 1 }
      let text = paragraphs[paragraph].text
      if var paths = pathsByText[text], !paths.isEmpty {
        let path = paths.removeFirst()
        pathsByText[text] = paths
        let offsets = Self.scalarOffsets(of: text)
        let quotes = sentences[first..<end].map { (offset: offsets[min($0.offset, offsets.count - 1)], raw: $0.text) }
        for (index, location) in zip(first..<end, positions.locations(of: quotes, in: text, at: path)) {
          if let location { sentences[index].location = location }
        }
      }
      first = end
    }
  }

  /// The scalar offset of each character of `text` (and of its end): sentences count characters, the file scalars.
  private static func scalarOffsets(of text: String) -> [Int] {
    var offsets: [Int] = []
    var scalars = 0
    for character in text {
      offsets.append(scalars)
      scalars += character.unicodeScalars.count
    }
    offsets.append(scalars)
    return offsets
  }
}
