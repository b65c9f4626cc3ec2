import Foundation
import FazhiCore
import FazhiOutput

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and error written with write(2), so that a full disk or a closed pipe is an error fazhi
/// reports (exit 2), not a trap inside `FileHandle.write` nor a silent exit 0.
enum StandardStreams {
  /// Writes `data` to standard output after whatever `print` buffered; throws an output error on failure.
  static func write(_ data: Data) throws {
    let buffered = flushStandardOutputBuffer()
    guard buffered == 0 else { throw outputError(buffered) }
    let failure = OutputFile.writeAll(data, to: STDOUT_FILENO)
    guard failure == 0 else { throw outputError(failure) }
  }

  /// Writes to standard error; a failure there has nowhere left to be reported, so it is ignored.
  static func writeError(_ text: String) {
    _ = OutputFile.writeAll(Data(text.utf8), to: STDERR_FILENO)
  }

  static func outputError(_ code: Int32) -> FazhiError {
    FazhiError(.output, "无法写出到标准输出：\(String(cString: strerror(code)))；请检查磁盘空间或输出重定向")
  }

  /// Makes every exit check what `print` (ours and the argument parser's help) left in the stdio buffer: if it
  /// cannot be written, or an earlier buffered write failed, the process exits 2 with a message. Runs for
  /// normal returns and for `exit()` alike (atexit handlers run before stdio's own final flush).
  static func checkStandardOutputAtExit() {
    atexit {
      let code = flushStandardOutputBuffer()
      guard code != 0 else { return }
      StandardStreams.writeError("fazhi: 错误: \(StandardStreams.outputError(code).description)\n")
      _exit(2)
    }
  }
}
