import Foundation

/// 成稿写出器：turns a `RenderedDocument` into the bytes of one file.
///
/// Writers are pure: the same document and options always give the same bytes. They never print;
/// anything the user should know comes back as Chinese `warnings`.
public protocol DocumentWriter: Sendable {
  /// The output format this writer produces.
  var format: OutputFormat { get }
  /// Writes the document; throws `FazhiError` only for problems with the writer's own inputs (e.g. a reference doc).
  func write(_ document: RenderedDocument) throws -> WrittenOutput
}

/// 写出结果：the file's bytes and the warnings raised while writing them.
public struct WrittenOutput: Sendable, Hashable {
  /// The complete file content.
  public var data: Data
  /// Chinese messages, without trailing 。, in the order they arose.
  public var warnings: [String]

  public init(data: Data, warnings: [String] = []) {
    self.data = data
    self.warnings = warnings
  }
}
