import FazhiCore
import FazhiInput
@testable import FazhiTestSupport
import Foundation

/// The five real reports in `../shared/seeds` (outside the package; absent on most machines).
enum SeedCorpus {
  /// `<package root>/../shared/seeds`.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/seeds")

  static var isAvailable: Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  /// The seed files, sorted.
  static func files() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "txt" || $0.pathExtension == "html" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// `Tests/FazhiInputTests/Fixtures/gold`.
  static let goldDirectory: URL = Fixtures.url("Tests/FazhiInputTests/Fixtures/gold")
}
