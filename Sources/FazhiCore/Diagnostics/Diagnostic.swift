/// How serious a finding is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

  /// The Chinese word, for summaries (`3 个错误`).
  public var chineseName: String {
    switch self {
    case .note: "提示"
    case .warning: "警告"
    case .error: "错误"
    }
  }
}

/// 检查结果：one finding about the user's data, located in a file.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// Stable rule id (ASCII snake_case), e.g. `reconsideration_sum`.
  public var ruleID: String
  public var severity: Severity
  /// Nil only when no position can be given (a part missing from an empty file is located at 1:1).
  public var location: TextLocation?
  /// Chinese message saying what is wrong and what to do, no trailing 。.
  public var message: String
  /// Extra lines (a suggestion, the implied value …).
  public var notes: [String]

  public init(ruleID: String, severity: Severity, location: TextLocation?, message: String, notes: [String] = []) {
    self.ruleID = ruleID
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
  }
}

extension Diagnostic: Comparable {
  public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
    switch (a.location, b.location) {
    case let (l?, r?) where l != r: return l < r
    case (nil, _?): return true
    case (_?, nil): return false
    default: return (a.ruleID, a.message) < (b.ruleID, b.message)
    }
  }
}
