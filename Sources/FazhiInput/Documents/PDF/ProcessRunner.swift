import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program with a time limit and a bound on how much of its output is kept.
enum ProcessRunner {
  struct Outcome {
    var status: Int32
    var output: Data
    var errorOutput: String
    var timedOut: Bool
    var outputExceeded: Bool
  }

  /// Runs `executable`; kills it (SIGKILL) when it runs past `timeout` seconds or writes more than
  /// `maxOutputBytes` to standard output. Throws only when the program cannot be started.
  static func run(executable: URL, arguments: [String], timeout: Double, maxOutputBytes: Int) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let pid = process.processIdentifier
    let collector = OutputCollector(maxOutputBytes: maxOutputBytes, maxErrorBytes: 64 * 1024)
    let readers = DispatchGroup()
    let output = outputPipe.fileHandleForReading
    let errors = errorPipe.fileHandleForReading
    DispatchQueue.global().async(group: readers) {
      drain(output) { chunk in
        if !collector.appendOutput(chunk) { kill(pid, SIGKILL) }
      }
    }
    DispatchQueue.global().async(group: readers) {
      drain(errors) { collector.appendError($0) }
    }
    var timedOut = false
    if readers.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      kill(pid, SIGKILL)
      readers.wait()
    }
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, output: collector.output,
      errorOutput: String(decoding: collector.errorOutput, as: UTF8.self), timedOut: timedOut,
      outputExceeded: collector.outputExceeded)
  }

  private static func drain(_ handle: FileHandle, _ consume: (Data) -> Void) {
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { return }
      consume(chunk)
    }
  }
}

/// Output gathered from the reader threads, behind a lock.
private final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private let maxOutputBytes: Int
  private let maxErrorBytes: Int
  private var outputStorage = Data()
  private var errorStorage = Data()
  private var exceeded = false

  init(maxOutputBytes: Int, maxErrorBytes: Int) {
    self.maxOutputBytes = maxOutputBytes
    self.maxErrorBytes = maxErrorBytes
  }

  /// Returns false once the output passed its bound (the chunk is then dropped).
  func appendOutput(_ chunk: Data) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    guard !exceeded, outputStorage.count + chunk.count <= maxOutputBytes else {
      exceeded = true
      outputStorage = Data()
      return false
    }
    outputStorage.append(chunk)
    return true
  }

  func appendError(_ chunk: Data) {
    lock.lock()
    defer { lock.unlock() }
    if errorStorage.count < maxErrorBytes { errorStorage.append(chunk.prefix(maxErrorBytes - errorStorage.count)) }
  }

  var output: Data { lock.withLock { outputStorage } }
  var errorOutput: Data { lock.withLock { errorStorage } }
  var outputExceeded: Bool { lock.withLock { exceeded } }
}
