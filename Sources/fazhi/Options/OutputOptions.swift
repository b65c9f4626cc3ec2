import ArgumentParser
import Foundation

/// `-o/--output` and `--force`: where a command writes, and whether it may replace an existing file.
/// Each command says in its discussion what it writes when `-o` is left out.
struct OutputOptions: ParsableArguments {
  @Option(name: [.customShort("o"), .customLong("output")], help: "输出文件（省略时见命令说明）；已存在时需要 --force")
  var path: String?

  @Flag(name: .long, help: "覆盖已存在的输出文件")
  var force = false

  /// Writes `data` to `-o`, or to standard output without it. `inputs`: the files the command read, which the
  /// output may never replace.
  func write(_ data: Data, inputs: [String]) throws {
    try write(data, to: path, inputs: inputs)
  }

  /// Writes `data` to `path` atomically (refusing to replace a file without `--force`, and an input always), or
  /// to standard output when `path` is nil.
  func write(_ data: Data, to path: String?, inputs: [String]) throws {
    try emit(data, to: path, force: force, inputs: inputs)
  }
}
