import FazhiCore
import Foundation

/// 网页转文本：turns a saved web page into lines of visible text.
///
/// Block elements (`p`, `div`, `br`, `tr`, `li`, headings …) end a line, table cells are separated by a space,
/// `script`, `style`, `noscript`, `template`, `title` and comments are dropped, and character entities are
/// decoded. Each output line remembers where its first character sits in the original file.
/// One pass over the input: linear time.
public enum HTMLText {
  /// True when `text` looks like HTML rather than plain text (a tag such as `<p>`, `<div>`, `<br>` or `<html>` in
  /// its first 65,536 Unicode scalars).
  public static func looksLikeHTML(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      // The end of the first 65,536 scalars (UTF-8 continuation bytes do not start one): the whole text when it
      // has no more bytes than that.
      var end = 0
      if utf8.count <= 65_536 {
        end = utf8.count
      } else {
        var scalars = 0
        while end < utf8.count {
          if utf8[end] & 0xC0 != 0x80 {
            if scalars == 65_536 { break }
            scalars += 1
          }
          end += 1
        }
      }
      // The tags are ASCII without k, so ASCII lowercasing finds exactly what full Unicode lowercasing found.
      for start in 0..<end where utf8[start] == UInt8(ascii: "<") {
        for tag in tagOpenings where start + tag.count <= end {
          var k = 1
          while k < tag.count, lowerASCII(utf8[start + k]) == tag[k] { k += 1 }
          if k == tag.count { return true }
        }
      }
      return false
    }
  }

  private static let tagOpenings = [
    "<html", "<body", "<p>", "<p ", "<div", "<br", "<table", "<!doctype html", "<span", "<td",
  ].map { Array($0.utf8) }

  private static func lowerASCII(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
  }

  static let blockTags: Set<String> = [
    "p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead",
    "tfoot", "section", "article", "header", "footer", "dd", "dt", "dl", "blockquote", "pre", "hr", "form", "nav",
    "center", "caption", "aside", "main", "body", "html",
  ]
  static let cellTags: Set<String> = ["td", "th"]
  static let skippedTags: Set<String> = [
    "script", "style", "noscript", "template", "title", "head", "iframe", "select",
  ]

  /// The visible text of `html`, as lines located in the original.
  public static func lines(_ html: String) -> [SourceLine] {
    var reader = Reader(html)
    while !reader.atEnd {
      let scalar = reader.scalars[reader.index]
      switch scalar {
      case "<": reader.readMarkup()
      case "&": reader.readEntity()
      case "\n", "\r", "\t", " ": reader.emitHere(" ")
      default: reader.emitHere(scalar)
      }
    }
    reader.flush()
    return reader.result.compactMap { line in
      var l = line
      l.text = Whitespace.trim(l.text)
      return l.text.isEmpty ? nil : l
    }
  }

  static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
    (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
  }

  static func lowerASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
    if s >= "A" && s <= "Z", let lower = Unicode.Scalar(s.value + 32) { return lower }
    return s
  }

  static let namedEntities: [String: String] = [
    "nbsp": " ", "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
    "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "emsp": " ", "ensp": " ",
    "thinsp": " ", "times": "×", "copy": "©", "reg": "®", "laquo": "«", "raquo": "»", "bull": "•", "deg": "°",
    "yen": "¥", "permil": "‰", "sect": "§", "zwj": "", "zwnj": "", "shy": "",
  ]

  static func decodeEntity(_ entity: String) -> String? {
    if entity.hasPrefix("#") {
      let body = entity.dropFirst()
      let value: UInt32?
      if body.hasPrefix("x") || body.hasPrefix("X") {
        value = UInt32(body.dropFirst(), radix: 16)
      } else {
        value = UInt32(body, radix: 10)
      }
      guard let value, let scalar = Unicode.Scalar(value) else { return nil }
      if value == 0xA0 || value == 0x3000 { return " " }
      return String(Character(scalar))
    }
    return namedEntities[entity] ?? namedEntities[entity.lowercased()]
  }
}
