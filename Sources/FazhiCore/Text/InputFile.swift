import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// 输入文件：the one place a user's input file is looked at before it is read, for every command.
///
/// The size comes from `stat(2)`, which follows symbolic links (a link's own size says nothing about what is
/// behind it), and a file over its limit is refused before a byte of it is read: a 100 MB or sparse 1 TB file
/// costs a `stat`, not its size in memory. Reading stops one byte past the limit, so a file that grows after the
/// check (or a device that never ends) is refused too.
public struct InputFile: Sendable {
  /// Why a file cannot be used.
  public enum Failure: Error, Sendable, Equatable {
    case missing
    case directory
    case unreadable
    case tooLarge(bytes: Int)
  }

  public let path: String
  /// Bytes, as `stat(2)` gives them after following links; nil for a pipe or device (`<(…)`, /dev/stdin), which
  /// has no size to check and is read only up to the limit.
  public let size: Int?

  /// Looks at the file without opening it.
  public init(_ path: String) throws(Failure) {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw errno == EACCES ? .unreadable : .missing
    }
    let type = status.st_mode & S_IFMT
    guard type != S_IFDIR else { throw .directory }
    self.path = path
    size = type == S_IFREG ? Int(status.st_size) : nil
  }

  /// The size of the file at `path` (links followed); nil for a pipe or device.
  public static func size(of path: String) throws(Failure) -> Int? { try InputFile(path).size }

  /// Reads the whole file when it is at most `limit` bytes; refuses it before reading otherwise.
  public func read(limit: Int) throws(Failure) -> Data {
    if let size, size > limit { throw .tooLarge(bytes: size) }
    guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: limit + 1) ?? Data()
    } catch {
      throw .unreadable
    }
    guard data.count <= limit else { throw .tooLarge(bytes: data.count) }
    return data
  }

  /// Reads the file at `path` when it is at most `limit` bytes.
  public static func read(_ path: String, limit: Int) throws(Failure) -> Data {
    try InputFile(path).read(limit: limit)
  }

  /// 「文件过大（120.0 MB，上限 5 MB），<reason>，请确认选对了文件」: the one wording of a size refusal.
  public static func tooLargeMessage(bytes: Int, limit: TextDecoder.Limit) -> String {
    let megabytes = String(format: "%.1f", Double(bytes) / 1_048_576)
    return "文件过大（\(megabytes) MB，上限 \(limit.bytes / 1_048_576) MB），\(limit.reason)，请确认选对了文件"
  }
}
