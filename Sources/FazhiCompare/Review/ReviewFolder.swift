import Foundation
import FazhiCore

/// 材料目录：the files of a submissions folder, found recursively, in a stable order.
///
/// Hidden files and folders (`.DS_Store`, `.git`) and Office lock files (`~$报告.docx`) are passed over. Links to
/// files are followed; links to folders are not, so a link loop cannot make the walk endless. Each real file is
/// listed once even when links reach it twice.
public enum ReviewFolder {
  public struct File: Sendable, Hashable {
    /// The path to open.
    public var path: String
    /// The path relative to the folder, as reports show it.
    public var name: String
  }

  /// The files below `folder`, sorted by their relative path. Throws `FazhiError(.unreadableInput)` when the folder
  /// cannot be read.
  public static func files(in folder: String) throws -> [File] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FazhiError(.unreadableInput, path: folder, "找不到这个文件夹，请检查路径")
    }
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles])
    else {
      throw FazhiError(.unreadableInput, path: folder, "无法读取文件夹，请检查权限")
    }
    var seen: Set<String> = []
    var files: [File] = []
    for case let url as URL in enumerator {
      let name = url.lastPathComponent
      if name.hasPrefix("~$") || name.hasPrefix(".") { continue }
      let real = url.resolvingSymlinksInPath()
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        // A link to a folder is not entered (the enumerator does not follow it either): no loops.
        continue
      }
      guard seen.insert(real.path).inserted else { continue }
      files.append(File(path: url.path, name: relativePath(of: url, under: root)))
    }
    return files.sorted { $0.name < $1.name }
  }

  static func relativePath(of url: URL, under root: URL) -> String {
    let path = url.standardizedFileURL.path
    let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : url.lastPathComponent
  }
}
