import Foundation
import FazhiCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes outputs without ever destroying data:
/// - never over an existing file without `force`, and never over one of the command's own inputs (compared by
///   device and inode, so another name or a link to an input is caught too), even with `force`;
/// - a regular file is written to a temporary file created exclusively (mkstemp: a random name, O_EXCL, so a
///   link planted in the folder is never followed) and renamed into place, so a failure never leaves half a file;
/// - a character device or a FIFO (`-o /dev/stdout`, a named pipe) is written directly: renaming a file over it
///   would replace the device node itself; anything else that is not a regular file is refused.
public enum OutputFile {
  public static func write(_ data: Data, to path: String, force: Bool, inputs: [String] = []) throws {
    if let target = FileIdentity(path) {
      if let input = inputs.first(where: { FileIdentity($0) == target }) {
        throw FazhiError(.output, path: path, "输出文件就是输入文件「\(input)」，不能覆盖；请换一个输出文件名")
      }
      switch target.kind {
      case .directory:
        throw FazhiError(.output, path: path, "这是一个文件夹，请指定输出文件名")
      case .stream:
        return try writeDirectly(data, to: path)
      case .other:
        throw FazhiError(.output, path: path, "这不是普通文件（设备或套接字），不能写入；请换一个输出文件名")
      case .regular:
        if !force { throw FazhiError(.output, path: path, "文件已存在；如需覆盖请加 --force") }
      }
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FazhiError(.output, path: path, "输出文件夹「\(folder)」不存在，请先创建")
    }
    try replace(path, in: folder, with: data)
  }

  /// Writes text as UTF-8.
  public static func write(_ text: String, to path: String, force: Bool, inputs: [String] = []) throws {
    try write(Data(text.utf8), to: path, force: force, inputs: inputs)
  }

  /// The temporary file, then rename(2) over `path`. rename replaces the target atomically; Foundation's
  /// replaceItemAt on Linux can remove the target and then fail, losing the user's file.
  private static func replace(_ path: String, in folder: String, with data: Data) throws {
    // A short fixed prefix: the output's own name could make the temporary name longer than NAME_MAX.
    var template = Array((folder as NSString).appendingPathComponent(".fazhi-XXXXXX.tmp").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemps($0, 4) } ?? -1 }
    guard descriptor >= 0 else { throw writeError(path, errno) }
    let temporary = String(cString: template)
    // mkstemp creates the file 0600; give it the mode a plain creation would (0666 less the umask).
    var failure = fchmod(descriptor, 0o666 & ~processUmask) == 0 ? 0 : errno
    if failure == 0 { failure = writeAll(data, to: descriptor) }
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    if failure == 0 && rename(temporary, path) != 0 { failure = errno }
    guard failure == 0 else {
      unlink(temporary)
      throw writeError(path, failure)
    }
  }

  /// Writes into an existing FIFO or character device, without creating or truncating anything.
  private static func writeDirectly(_ data: Data, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { throw writeError(path, errno) }
    var failure = writeAll(data, to: descriptor)
    if close(descriptor) != 0 && failure == 0 { failure = errno }
    guard failure == 0 else { throw writeError(path, failure) }
  }

  private static func writeError(_ path: String, _ code: Int32) -> FazhiError {
    FazhiError(.output, path: path, "写入失败：\(String(cString: strerror(code)))")
  }

  /// Writes all of `data` to an open descriptor, retrying short writes and EINTR. Returns 0 or the errno.
  /// Plain write(2) calls: `Data.write(to:)` also calls fsync, which made a batch of outputs wait on the disk
  /// once per file; the rename is what keeps a reader (and the user's old file) from seeing half a file.
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

  /// The process's umask, read once (umask(2) can only be read by setting it).
  private static let processUmask: mode_t = {
    let mask = umask(0o022)
    umask(mask)
    return mask
  }()
}

/// What a path names after following links: its device and inode, and what kind of file it is.
package struct FileIdentity: Equatable {
  package enum Kind { case regular, directory, stream, other }

  let device: UInt64
  let inode: UInt64
  let kind: Kind

  /// nil when nothing is there (or it cannot be examined).
  package init?(_ path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    switch status.st_mode & S_IFMT {
    case S_IFREG: kind = .regular
    case S_IFDIR: kind = .directory
    case S_IFCHR, S_IFIFO: kind = .stream
    default: kind = .other
    }
  }

  package static func == (a: FileIdentity, b: FileIdentity) -> Bool { a.device == b.device && a.inode == b.inode }
}

/// write(2); at file scope, where `write` is not shadowed by `OutputFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
