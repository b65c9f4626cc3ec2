import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiOutput

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `OutputFile` never writes through a planted link, never replaces a device or FIFO, never replaces an input.
@Suite struct OutputFileTests {
  static func folder() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-out-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func kind(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
  }

  /// The old temporary name was `.<name>.<pid>.tmp`: a link planted at any guessable name is never followed,
  /// and nothing is left behind in the folder.
  @Test func plantedLinksAtTemporaryNamesAreNotFollowed() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let victim = dir.appendingPathComponent("victim.txt").path
    try "原有内容".write(toFile: victim, atomically: false, encoding: .utf8)
    let pid = ProcessInfo.processInfo.processIdentifier
    for name in [".out.txt.\(pid).tmp", ".out.txt.tmp", ".fazhi-000000.tmp"] {
      try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(name).path, withDestinationPath: victim)
    }
    try OutputFile.write("新内容", to: dir.appendingPathComponent("out.txt").path, force: false)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "原有内容")
    #expect(try String(contentsOfFile: dir.appendingPathComponent("out.txt").path, encoding: .utf8) == "新内容")
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".fazhi-") }
    #expect(left == [".fazhi-000000.tmp"], "only the planted link remains: \(left)")
  }

  @Test func newFilesGetTheUsualModeAndFailuresLeaveNoTemporaryFile() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("a.txt").path
    try OutputFile.write("甲", to: path, force: false)
    let mask = umask(0o022)
    umask(mask)
    let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    #expect(mode == Int(0o666 & ~mask))
    #expect(throws: FazhiError.self) { try OutputFile.write("乙", to: path, force: false) }
    try OutputFile.write("乙", to: path, force: true)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "乙")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.txt"])
  }

  /// A link to a device, written with --force, stays a link to the device (a rename would replace it).
  @Test func devicesAreWrittenDirectlyNotReplaced() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let link = dir.appendingPathComponent("null.txt").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
    try OutputFile.write("丢弃", to: link, force: true)
    try OutputFile.write("丢弃", to: link, force: false)
    #expect(Self.kind(link) == S_IFLNK)
    #expect(Self.kind("/dev/null") == S_IFCHR)
  }

  @Test func fifosAreWrittenDirectly() async throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fifo = dir.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Task.detached { () -> Data? in FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() }
    try OutputFile.write("经管道", to: fifo, force: false)
    #expect(await reader.value == Data("经管道".utf8))
    #expect(Self.kind(fifo) == S_IFIFO)
  }

  /// The same file under another name, through a symbolic link or a hard link, is still the input.
  @Test func anInputIsNeverReplacedEvenWithForce() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("x.yaml").path
    try "年度: 2025\n".write(toFile: input, atomically: false, encoding: .utf8)
    let symbolic = dir.appendingPathComponent("s.yaml").path
    let hard = dir.appendingPathComponent("h.yaml").path
    try FileManager.default.createSymbolicLink(atPath: symbolic, withDestinationPath: input)
    try FileManager.default.linkItem(atPath: input, toPath: hard)
    for target in [input, symbolic, hard, dir.appendingPathComponent("./x.yaml").path] {
      #expect(throws: FazhiError.self) { try OutputFile.write("覆盖", to: target, force: true, inputs: [input]) }
      #expect(throws: FazhiError.self) { try OutputFile.write("覆盖", to: input, force: true, inputs: [target]) }
    }
    #expect(try String(contentsOfFile: input, encoding: .utf8) == "年度: 2025\n")
  }
}
