import Foundation
import Testing

@testable import FazhiTestSupport

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
import FazhiCatalog

/// Paths and shared values for the tests, found through `#filePath`.
enum Fixtures {
  /// The package root (two levels above Tests/FazhiTestSupport/).
  static func packageRoot(filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static func url(_ relativePath: String) -> URL {
    packageRoot().appendingPathComponent(relativePath)
  }

  static func text(_ relativePath: String) throws -> String {
    let data = try Data(contentsOf: url(relativePath))
    return try #require(String(data: data, encoding: .utf8), "\(relativePath) is not UTF-8")
  }

  static var examplePath: String { url("Examples/示例县-2025.yaml").path }

  static func catalog() throws -> Catalog { Catalog.bundled() }

  /// Loads YAML text under a short file name.
  static func load(_ text: String, file: String = "t.yaml") throws -> LoadedReport {
    ReportLoader(catalog: try catalog()).load(text: text, file: file)
  }

  /// Loads and validates YAML text with every rule.
  static func findings(_ text: String, file: String = "t.yaml") throws -> [Diagnostic] {
    let catalog = try catalog()
    return Validator(catalog: catalog).validate(ReportLoader(catalog: catalog).load(text: text, file: file))
  }
}

/// A position in an example, 1-based line and column (Unicode scalars).
struct Position: Hashable, Comparable, CustomStringConvertible {
  var line: Int
  var column: Int

  static func < (a: Position, b: Position) -> Bool { (a.line, a.column) < (b.line, b.column) }
  var description: String { "\(line):\(column)" }

  init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  init?(_ location: TextLocation?) {
    guard let location else { return nil }
    self.init(line: location.line, column: location.column)
  }
}

/// Rule examples mark expected finding positions with `↓` (the position of the character after it).
enum MarkedText {
  static let marker: Unicode.Scalar = "↓"

  /// The text without markers and the marked positions.
  static func strip(_ marked: String) -> (text: String, positions: [Position]) {
    var scalars = String.UnicodeScalarView()
    var positions: [Position] = []
    var line = 1
    var column = 1
    for scalar in marked.unicodeScalars {
      if scalar == marker {
        positions.append(Position(line: line, column: column))
        continue
      }
      scalars.append(scalar)
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (String(scalars), positions.sorted())
  }
}
