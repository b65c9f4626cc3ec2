import Foundation

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
    do {
      try data.write(to: temporary)
      // rename(2) replaces the target atomically; Foundation's replaceItemAt on Linux can remove the target
      // and then fail, losing the user's file.
      guard rename(temporary.path, url.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw FazhiError(.output, path: path, "写入失败：\(reason)")
      }
    } catch let error as FazhiError {
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw FazhiError(.output, path: path, "写入失败：\(error.localizedDescription)")
    }
  }

  /// Writes text as UTF-8.
  public static func write(_ text: String, to path: String, force: Bool) throws {
    try write(Data(text.utf8), to: path, force: force)
  }
}
