import Foundation
import FazhiCore

/// Writes outputs safely: never over an existing file without `force`, always through a temporary file in the
/// same folder renamed into place, so a failure never leaves half a file.
public enum OutputFile {
  public static func write(_ data: Data, to path: String, force: Bool) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue {
        throw FazhiError(.output, path: path, "这是一个文件夹，请指定输出文件名")
      }
      if !force {
        throw FazhiError(.output, path: path, "文件已存在；如需覆盖请加 --force")
      }
    }
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FazhiError(.output, path: path, "输出文件夹「\(folder.path)」不存在，请先创建")
    }
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    let failure = writeWithoutSync(data, to: temporary.path)
    guard failure == 0 else {
      try? FileManager.default.removeItem(at: temporary)
      throw FazhiError(.output, path: path, "写入失败：\(String(cString: strerror(failure)))")
    }
    // rename(2) replaces the target atomically; Foundation's replaceItemAt on Linux can remove the target
    // and then fail, losing the user's file.
    guard rename(temporary.path, url.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw FazhiError(.output, path: path, "写入失败：\(reason)")
    }
  }

  /// Writes `data` to a new file at `path` with plain write(2) calls. `Data.write(to:)` also calls fsync, which
  /// made writing a batch of outputs wait on the disk once per file; the rename in `write(_:to:force:)` is what
  /// keeps a reader (and the user's old file) from ever seeing half a file.
  /// Returns 0, or the errno of the call that failed.
  static func writeWithoutSync(_ data: Data, to path: String) -> Int32 {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { return errno }
    var failure = writeAll(data, to: descriptor)
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    return failure
  }

  /// Writes all of `data` to an open descriptor, retrying short writes and EINTR. Returns 0 or the errno.
  package static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
    var failure: Int32 = 0
    data.withUnsafeBytes { buffer in
      guard var next = buffer.baseAddress else { return }
      var remaining = buffer.count
      while remaining > 0 {
        let written = systemWrite(descriptor, next, remaining)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        next += written
        remaining -= written
      }
    }
    return failure
  }

  /// Writes text as UTF-8.
  public static func write(_ text: String, to path: String, force: Bool) throws {
    try write(Data(text.utf8), to: path, force: force)
  }
}

/// write(2); at file scope, where `write` is not shadowed by `OutputFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
