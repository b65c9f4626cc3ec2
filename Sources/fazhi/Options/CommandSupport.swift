import ArgumentParser
import Foundation
import FazhiCore
import FazhiOutput

/// Prints to standard error.
func printError(_ text: String) {
  StandardStreams.writeError(TerminalText.escaped(text.hasSuffix("\n") ? text : text + "\n"))
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

/// Writes to a file atomically, or to standard output when no path is given. `inputs`: the files the command
/// read, which the output may never replace.
func emit(_ data: Data, to path: String?, force: Bool, inputs: [String]) throws {
  if let path {
    try OutputFile.write(data, to: path, force: force, inputs: inputs)
  } else {
    try StandardStreams.write(data)
  }
}

/// Refuses a batch in which two inputs would be written to the same output (a/x.yaml and b/x.yaml into one
/// folder): one draft would silently replace the other. Names every clash.
func refuseOutputClashes(inputs: [String], output: (String) -> String?) throws {
  var firstInput: [String: String] = [:]
  var clashes: [String] = []
  for input in inputs {
    guard let path = output(input) else { continue }
    let key = URL(fileURLWithPath: path).standardizedFileURL.path
    if let earlier = firstInput[key] {
      clashes.append("「\(earlier)」和「\(input)」都会写到「\(path)」")
    } else {
      firstInput[key] = input
    }
  }
  guard clashes.isEmpty else {
    throw ValidationError("输出文件重名：\(clashes.joined(separator: "；"))；请分批处理或先给输入文件改名")
  }
}
