import Foundation
import Testing

@testable import FazhiTestSupport

/// Size limits from the project brief: no source file over 400 lines, no function over 80 lines.
extension ArchitectureTests {
  static let fileLineLimit = 400
  static let bodyLineLimit = 80

  @Test func sourceFilesAndBodiesStayWithinTheSizeLimits() throws {
    let files = try Self.swiftFiles(under: "Sources")
    #expect(!files.isEmpty)
    var offenders: [String] = []
    for (path, text) in files.sorted(by: { $0.path < $1.path }) {
      let lines = text.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
      if lines > Self.fileLineLimit { offenders.append("\(path): \(lines) lines (limit \(Self.fileLineLimit))") }
      for body in BodyLengths.measure(text) where body.lines > Self.bodyLineLimit {
        offenders.append("\(path):\(body.line) \(body.name): \(body.lines) lines (limit \(Self.bodyLineLimit))")
      }
    }
    #expect(offenders.isEmpty, "split these by meaning:\n\(offenders.joined(separator: "\n"))")
  }

  @Test func bodyLengthsMatchBracesOutsideCommentsAndStrings() {
    let filler = String(repeating: "    total += 1\n", count: 79)
    let source = """
      struct Sample {
        // A brace in a comment: {
        /* and in a /* nested */ block comment: { */
        func short() -> String { "}" + #"{"# + "\\(["{": 1].count)" }
        static let text = \"\"\"
          {
          \"\"\"
        var computed: Int {
          1
        }
        let closure: () -> Int = {
          2
        }
        func long() -> Int {
          var total = 0
      \(filler)    return total
        }
        init() {}
        func call() { let v = Self().long(); _ = v }
      }

      """
    let bodies = BodyLengths.measure(source).map { "\($0.name)@\($0.line):\($0.lines)" }
    #expect(bodies == ["short@4:1", "computed@8:3", "closure@11:3", "long@14:83", "init@97:1", "call@98:1"])
  }
}

/// Lengths of the bodies in Swift source, found by matching braces. A body counts the lines from its
/// declaration's first line to its closing brace, both included, for a `func`, an `init`, and a `var` or `let`
/// whose value or getter is a brace block (a computed property, a closure or a trailing closure). Braces in
/// comments, in string literals (raw and multi-line ones too) and in interpolations do not count. Nested
/// declarations are measured on their own as well as inside their parent.
enum BodyLengths {
  struct Body: Equatable {
    var name: String
    var line: Int
    var lines: Int
  }

  private struct Declaration {
    var name: String
    var line: Int
    /// Nesting depth (braces, parentheses, brackets) where it was declared: its body opens at the same depth.
    var depth: Int
    var isProperty: Bool
  }

  static func measure(_ source: String) -> [Body] {
    var scanner = BraceScanner(bytes: Array(source.utf8))
    scanner.run()
    return scanner.bodies.sorted { $0.line < $1.line }
  }

  private struct BraceScanner {
    let bytes: [UInt8]
    var i = 0
    var line = 1
    /// One entry per open brace, parenthesis or bracket; a brace carries the declaration whose body it opens.
    var open: [(isBrace: Bool, declaration: Declaration?)] = []
    var pending: Declaration?
    var bodies: [Body] = []

    init(bytes: [UInt8]) { self.bytes = bytes }

    func byte(at p: Int) -> UInt8? { p < bytes.count ? bytes[p] : nil }

    func starts(with literal: String, at p: Int) -> Bool {
      let l = Array(literal.utf8)
      return p + l.count <= bytes.count && Array(bytes[p..<(p + l.count)]) == l
    }

    mutating func run() {
      while let c = byte(at: i) {
        switch c {
        case UInt8(ascii: "\n"):
          line += 1
          if let p = pending, p.isProperty, p.depth == open.count { pending = nil }
          i += 1
        case UInt8(ascii: "/") where byte(at: i + 1) == UInt8(ascii: "/"):
          while let b = byte(at: i), b != UInt8(ascii: "\n") { i += 1 }
        case UInt8(ascii: "/") where byte(at: i + 1) == UInt8(ascii: "*"):
          skipBlockComment()
        case UInt8(ascii: "#"), UInt8(ascii: "\""):
          if !skipString() { i += 1 }
        case UInt8(ascii: "("), UInt8(ascii: "["):
          open.append((false, nil))
          i += 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"):
          if open.last?.isBrace == false { open.removeLast() }
          i += 1
        case UInt8(ascii: "{"):
          var declaration: Declaration?
          if let p = pending, p.depth == open.count {
            declaration = p
            pending = nil
          }
          open.append((true, declaration))
          i += 1
        case UInt8(ascii: "}"):
          closeBrace()
          i += 1
        case UInt8(ascii: ";"):
          if pending?.isProperty == true { pending = nil }
          i += 1
        default:
          if isIdentifierStart(c) { readWord() } else { i += 1 }
        }
      }
    }

    mutating func closeBrace() {
      while open.last?.isBrace == false { open.removeLast() }
      if let last = open.popLast(), let d = last.declaration {
        bodies.append(Body(name: d.name, line: d.line, lines: line - d.line + 1))
      }
      if let p = pending, p.depth > open.count { pending = nil }
    }

    mutating func skipBlockComment() {
      var level = 0
      repeat {
        if starts(with: "/*", at: i) {
          level += 1
          i += 2
        } else if starts(with: "*/", at: i) {
          level -= 1
          i += 2
        } else {
          if bytes[i] == UInt8(ascii: "\n") { line += 1 }
          i += 1
        }
      } while level > 0 && i < bytes.count
    }

    /// Skips a string literal starting at `i` (`"…"`, `"""…"""`, `#"…"#`); false when `i` starts none.
    mutating func skipString() -> Bool {
      var p = i
      while byte(at: p) == UInt8(ascii: "#") { p += 1 }
      let hashes = String(repeating: "#", count: p - i)
      guard byte(at: p) == UInt8(ascii: "\"") else { return false }
      let quote = starts(with: "\"\"\"", at: p) ? "\"\"\"" : "\""
      i = p + quote.utf8.count
      let close = quote + hashes
      let escape = "\\" + hashes
      while i < bytes.count {
        if starts(with: escape + "(", at: i) {
          i += escape.utf8.count + 1
          skipInterpolation()
        } else if hashes.isEmpty && bytes[i] == UInt8(ascii: "\\") {
          i += 2
        } else if starts(with: close, at: i) {
          i += close.utf8.count
          return true
        } else {
          if bytes[i] == UInt8(ascii: "\n") { line += 1 }
          i += 1
        }
      }
      return true
    }

    /// Skips `…)` of an interpolation, with strings nested in it.
    mutating func skipInterpolation() {
      var level = 1
      while level > 0, let c = byte(at: i) {
        if c == UInt8(ascii: "\"") {
          i += 1
          while let b = byte(at: i), b != UInt8(ascii: "\"") { i += b == UInt8(ascii: "\\") ? 2 : 1 }
        } else if c == UInt8(ascii: "(") {
          level += 1
        } else if c == UInt8(ascii: ")") {
          level -= 1
        } else if c == UInt8(ascii: "\n") {
          line += 1
        }
        i += 1
      }
    }

    func isIdentifierStart(_ c: UInt8) -> Bool {
      (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
        || c == UInt8(ascii: "_")
    }

    func word(at p: Int) -> String {
      var q = p
      while let b = byte(at: q), isIdentifierStart(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) { q += 1 }
      return String(decoding: bytes[p..<q], as: UTF8.self)
    }

    /// A keyword that starts a measured declaration: `func NAME`, `init`, `var NAME`, `let NAME` (not after `.`).
    mutating func readWord() {
      let w = word(at: i)
      let afterDot = i > 0 && bytes[i - 1] == UInt8(ascii: ".")
      i += w.utf8.count
      guard !afterDot, ["func", "init", "var", "let"].contains(w) else { return }
      var p = i
      while byte(at: p) == UInt8(ascii: " ") { p += 1 }
      switch w {
      case "init":
        pending = Declaration(name: "init", line: line, depth: open.count, isProperty: false)
      case "func":
        var q = p
        while let b = byte(at: q), b != UInt8(ascii: "("), b != UInt8(ascii: "<"), b != UInt8(ascii: " ") { q += 1 }
        let name = String(decoding: bytes[p..<q], as: UTF8.self)
        pending = Declaration(name: name, line: line, depth: open.count, isProperty: false)
      default:
        guard let b = byte(at: p), isIdentifierStart(b) else { return }
        pending = Declaration(name: word(at: p), line: line, depth: open.count, isProperty: true)
      }
    }
  }
}
