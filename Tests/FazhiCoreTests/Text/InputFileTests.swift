import Foundation
import Testing

@testable import FazhiCore

/// Issue 10: the size of an input is taken with `stat` after following links, and checked before reading.
@Suite struct InputFileTests {
  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-input-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A sparse file of 1 TB: reading it would fail (or exhaust memory), so only a refusal made before reading
  /// can name its size.
  private func sparseFile(_ url: URL, bytes: UInt64) throws {
    #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
    let handle = try FileHandle(forWritingTo: url)
    try handle.truncate(atOffset: bytes)
    try handle.close()
  }

  @Test func aLinkIsMeasuredByWhatItPointsToAndRefusedBeforeReading() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("huge.yaml")
    let terabyte: UInt64 = 1 << 40
    try sparseFile(target, bytes: terabyte)
    let link = directory.appendingPathComponent("link.yaml")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    #expect(try InputFile(link.path).size == Int(terabyte))
    #expect(throws: InputFile.Failure.tooLarge(bytes: Int(terabyte))) {
      try InputFile.read(link.path, limit: 5 * 1_048_576)
    }
  }

  @Test func readsUpToTheLimitAndNotOneByteMore() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("十字节.txt")
    try Data(repeating: 0x41, count: 10).write(to: file)
    #expect(try InputFile.read(file.path, limit: 10).count == 10)
    #expect(throws: InputFile.Failure.tooLarge(bytes: 10)) { try InputFile.read(file.path, limit: 9) }
  }

  @Test func aDeviceWithoutEndIsReadOnlyToTheLimit() throws {
    guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
    #expect(try InputFile("/dev/zero").size == nil)
    #expect(throws: InputFile.Failure.tooLarge(bytes: 1025)) { try InputFile.read("/dev/zero", limit: 1024) }
  }

  @Test func missingFilesAndFoldersAreNamed() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(throws: InputFile.Failure.directory) { try InputFile(directory.path) }
    #expect(throws: InputFile.Failure.missing) { try InputFile(directory.appendingPathComponent("无.yaml").path) }
    let dangling = directory.appendingPathComponent("dangling.yaml")
    try FileManager.default.createSymbolicLink(
      at: dangling, withDestinationURL: directory.appendingPathComponent("gone.yaml"))
    #expect(throws: InputFile.Failure.missing) { try InputFile(dangling.path) }
  }

  @Test func theRefusalSaysSizeLimitAndWhy() {
    let message = InputFile.tooLargeMessage(bytes: 100 * 1_048_576, limit: .reportData)
    #expect(message == "文件过大（100.0 MB，上限 5 MB），报告数据文件一般不超过 1 MB，请确认选对了文件")
  }
}
