/// 工具错误：a problem with the tool's inputs or outputs (not a finding about the data).
/// Each carries a Chinese message with a remedy and the exit code it maps to.
public struct FazhiError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    /// The input cannot be read or decoded (missing, unreadable, binary, too large, bad encoding). Exit 2.
    case unreadableInput
    /// An output cannot be written (missing folder, exists without --force, I/O failure). Exit 2.
    case output
    /// A template is missing or wrong. Exit 2.
    case template
    /// The command line is wrong. Exit 64.
    case usage
    /// The data has error-level findings and the command refuses to go on. Exit 1.
    case findings
  }

  public var kind: Kind
  /// The file concerned, if any.
  public var path: String?
  /// Chinese, says what happened and what to do.
  public var message: String

  public init(_ kind: Kind, path: String? = nil, _ message: String) {
    self.kind = kind
    self.path = path
    self.message = message
  }

  public var exitCode: Int32 {
    switch kind {
    case .unreadableInput, .output, .template: 2
    case .usage: 64
    case .findings: 1
    }
  }

  public var description: String {
    if let path { return "\(path): \(message)" }
    return message
  }
}
