import FazhiCore

extension HTMLText {
  /// One pass over a page's scalars: a cursor that keeps the line and column of the original, and the visible
  /// text line being gathered.
  struct Reader {
    let scalars: [Unicode.Scalar]
    var index = 0
    var line = 1
    var column = 1
    /// Finished lines.
    var result: [SourceLine] = []
    /// The line being gathered and where its first scalar sits.
    var current = String.UnicodeScalarView()
    var currentStart: (line: Int, column: Int)?

    init(_ html: String) {
      scalars = Array(html.unicodeScalars)
    }

    var atEnd: Bool { index >= scalars.count }

    /// Ends the line being gathered (a block element).
    mutating func flush() {
      let text = String(current)
      if let start = currentStart, !text.isEmpty {
        result.append(SourceLine(text: text, line: start.line, column: start.column))
      }
      current = String.UnicodeScalarView()
      currentStart = nil
    }

    /// Adds visible text, one space for any run of whitespace.
    mutating func emit(_ scalar: Unicode.Scalar, atLine l: Int, column c: Int) {
      if scalar == " " && (current.isEmpty || current.last == " ") { return }
      if currentStart == nil { currentStart = (l, c) }
      current.append(scalar)
    }

    /// Emits `scalar` where the cursor is and moves past one scalar.
    mutating func emitHere(_ scalar: Unicode.Scalar) {
      emit(scalar, atLine: line, column: column)
      advance(1)
    }

    mutating func advance(_ n: Int) {
      var k = 0
      while k < n && index < scalars.count {
        if scalars[index] == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
        k += 1
      }
    }

    /// Whether the (ASCII-lowercased) text at `position` starts with `literal`.
    func startsWith(_ literal: String, at position: Int) -> Bool {
      var p = position
      for s in literal.unicodeScalars {
        guard p < scalars.count, HTMLText.lowerASCII(scalars[p]) == s else { return false }
        p += 1
      }
      return true
    }

    /// At a `<`: a comment, a tag (a block tag ends the line, a cell adds a space, a skipped element goes with its
    /// content) or a lone `<` of the text.
    mutating func readMarkup() {
      let count = scalars.count
      if startsWith("<!--", at: index) {
        var p = index + 4
        while p < count && !(scalars[p] == "-" && startsWith("-->", at: p)) { p += 1 }
        advance(min(p + 3, count) - index)
        return
      }
      var p = index + 1
      var closing = false
      if p < count && scalars[p] == "/" {
        closing = true
        p += 1
      }
      var name = String.UnicodeScalarView()
      while p < count, HTMLText.isNameScalar(scalars[p]) {
        name.append(HTMLText.lowerASCII(scalars[p]))
        p += 1
      }
      if name.isEmpty && !(p < count && (scalars[p] == "!" || scalars[p] == "?")) {
        emitHere("<")
        return
      }
      advance(min(endOfTag(from: p) + 1, count) - index)
      let tag = String(name)
      if !closing && HTMLText.skippedTags.contains(tag) {
        skipElement(tag)
      } else if HTMLText.blockTags.contains(tag) {
        flush()
      } else if HTMLText.cellTags.contains(tag) {
        emit(" ", atLine: line, column: column)
      }
    }

    /// The position of the tag's closing `>` (or the end), quotes respected.
    func endOfTag(from start: Int) -> Int {
      var p = start
      var quote: Unicode.Scalar?
      while p < scalars.count {
        let s = scalars[p]
        if let q = quote {
          if s == q { quote = nil }
        } else if s == "\"" || s == "'" {
          quote = s
        } else if s == ">" {
          break
        }
        p += 1
      }
      return p
    }

    /// Skips everything up to and including the close tag of a skipped element; a title or head ends the line.
    mutating func skipElement(_ tag: String) {
      let count = scalars.count
      let close = "</" + tag
      var q = index
      while q < count && !(scalars[q] == "<" && startsWith(close, at: q)) { q += 1 }
      advance(q - index)
      var r = index
      while r < count && scalars[r] != ">" { r += 1 }
      advance(min(r + 1, count) - index)
      if tag == "title" || tag == "head" { flush() }
    }

    /// At a `&`: a character entity decoded, located where it starts; anything else is a plain `&`.
    mutating func readEntity() {
      let count = scalars.count
      var p = index + 1
      var entity = String.UnicodeScalarView()
      while p < count && p - index <= 10 && scalars[p] != ";"
        && (HTMLText.isNameScalar(scalars[p]) || scalars[p] == "#")
      {
        entity.append(scalars[p])
        p += 1
      }
      if p < count && scalars[p] == ";", let decoded = HTMLText.decodeEntity(String(entity)) {
        let (l, c) = (line, column)
        for s in decoded.unicodeScalars { emit(s, atLine: l, column: c) }
        advance(p + 1 - index)
        return
      }
      emitHere("&")
    }
  }
}
