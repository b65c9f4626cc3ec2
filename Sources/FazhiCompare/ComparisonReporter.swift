/// 对比报告输出格式.
public enum ComparisonFormat: String, Sendable, Hashable, CaseIterable {
  case text
  case markdown
  case json
  case html

  /// The reporter for this format; `color` only affects `text`.
  public func reporter(color: Bool = false) -> any ComparisonReporter {
    switch self {
    case .text: ComparisonTextReporter(color: color)
    case .markdown: ComparisonMarkdownReporter()
    case .json: ComparisonJSONReporter()
    case .html: ComparisonHTMLReporter()
    }
  }

  /// Usual file extension.
  public var fileExtension: String {
    switch self {
    case .text: "txt"
    case .markdown: "md"
    case .json: "json"
    case .html: "html"
    }
  }
}

/// Turns a `ReportComparison` into one output format. Reporters never print; the CLI writes what they return.
public protocol ComparisonReporter: Sendable {
  func render(_ comparison: ReportComparison) throws -> String
}
