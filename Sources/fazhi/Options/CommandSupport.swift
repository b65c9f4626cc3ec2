import ArgumentParser
import Foundation
import FazhiCore
import FazhiOutput

/// Prints to standard error.
func printError(_ text: String) {
  StandardStreams.writeError(text.hasSuffix("\n") ? text : text + "\n")
}

/// Runs a command body, turning tool errors into a Chinese message and their exit code.
func runReportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as FazhiError {
    printError("fazhi: 错误: \(error.description)")
    throw ExitCode(error.exitCode)
  }
}

/// The bundled catalog, or exit 2 with a message.
func loadCatalog() throws -> Catalog {
  do {
    return try Catalog.bundled()
  } catch let error as FazhiError {
    printError("fazhi: 错误: \(error.description)")
    throw ExitCode(2)
  }
}

/// Writes to a file atomically, or to standard output when no path is given.
func emit(_ data: Data, to path: String?, force: Bool) throws {
  if let path {
    try OutputFile.write(data, to: path, force: force)
  } else {
    try StandardStreams.write(data)
  }
}
