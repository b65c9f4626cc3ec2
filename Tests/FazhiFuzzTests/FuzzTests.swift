import Foundation
import Testing

@testable import FazhiTestSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// 模糊测试：mutated example YAML and published reports through the BUILT fazhi binary. Every run must end by
/// itself (no signal), within the per-case time bound, with an exit code in {0, 1, 2, 64}; every successful
/// extract must write YAML that validate reads without a yaml_syntax finding; memory stays bounded.
///
/// CI runs a bounded number of cases with a fixed seed. Longer runs locally:
///   FAZHI_FUZZ_CASES=5000 FAZHI_FUZZ_SEED=7 swift test --filter FuzzTests
/// Failing inputs are kept in FAZHI_FUZZ_KEEP (default: a fazhi-fuzz-failures folder in the temporary folder).
@Suite(.serialized) struct FuzzTests {
  static let environment = ProcessInfo.processInfo.environment
  static let cases = environment["FAZHI_FUZZ_CASES"].flatMap { Int($0) } ?? 40
  static let seed = environment["FAZHI_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_204
  /// Per fazhi run, for a debug build on a busy two-core machine.
  static let timeLimit: TimeInterval = 30
  /// Highest resident size any fazhi run may reach (inputs are at most 400 KB).
  static let memoryLimitKB = 1_500_000

  static func binary() throws -> URL {
    let candidates = [
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("fazhi"),
      Bundle.main.bundleURL.appendingPathComponent("fazhi"),
      FuzzCorpus.root.appendingPathComponent(".build/debug/fazhi"),
    ]
    return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "fazhi binary not built")
  }

  struct Outcome {
    var status: Int32
    var signalled: Bool
    var timedOut: Bool
    var seconds: Double
    var stdout: String
  }

  /// Runs fazhi in `dir` with output to files (no pipe to fill), killing it past the time limit.
  static func run(_ arguments: [String], in dir: URL) throws -> Outcome {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    process.currentDirectoryURL = dir
    let out = dir.appendingPathComponent(".stdout")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    let start = Date()
    try process.run()
    var timedOut = false
    if done.wait(timeout: .now() + timeLimit) == .timedOut {
      timedOut = true
      kill(process.processIdentifier, SIGKILL)
      done.wait()
    }
    let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    return Outcome(
      status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal && !timedOut,
      timedOut: timedOut, seconds: Date().timeIntervalSince(start), stdout: stdout)
  }

  /// The commands for one mutated input, each with what its success must satisfy.
  static func commands(for kind: String, file: String) -> [[String]] {
    if kind == "yaml" {
      return [
        ["validate", file, "--format", "json"], ["draft", file, "--force", "--format", "markdown"],
        ["diff", file, FuzzCorpus.root.appendingPathComponent("Examples/示例县-2025.yaml").path, "--format", "json"],
      ]
    }
    return [["extract", file, "-o", "extracted.yaml", "--force"]]
  }

  static func maximumChildResidentKB() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    #else
      getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    return Int(usage.ru_maxrss)
  }

  @Test func mutatedInputsNeverCrashHangOrWriteUnreadableYAML() throws {
    let (corpus, note) = FuzzCorpus.load()
    print(note)
    try #require(!corpus.isEmpty)
    var g = SeededRandom(seed: Self.seed)
    let keep = URL(fileURLWithPath: Self.environment["FAZHI_FUZZ_KEEP"] ?? NSTemporaryDirectory() + "fazhi-fuzz-failures")
    var defects: [String] = []
    var runs = 0
    var slowest = 0.0
    for index in 0..<Self.cases {
      let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-fuzz-\(UUID())")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: dir) }
      let base = corpus[Int.random(in: 0..<corpus.count, using: &g)]
      let bytes = FuzzMutator.mutate(
        base.bytes, with: corpus.map(\.bytes), rounds: Int.random(in: 1...6, using: &g), &g)
      let name = "case.\(base.kind)"
      try Data(bytes).write(to: dir.appendingPathComponent(name))
      var problems: [String] = []
      for arguments in Self.commands(for: base.kind, file: name) {
        let outcome = try Self.run(arguments, in: dir)
        runs += 1
        slowest = max(slowest, outcome.seconds)
        let command = arguments.prefix(1).joined()
        if outcome.signalled { problems.append("\(command): killed by a signal (crash), status \(outcome.status)") }
        if outcome.timedOut { problems.append("\(command): no result after \(Int(Self.timeLimit)) s (hang)") }
        if !outcome.signalled && !outcome.timedOut && ![0, 1, 2, 64].contains(outcome.status) {
          problems.append("\(command): exit code \(outcome.status)")
        }
        if command == "extract", [0, 1].contains(outcome.status), !outcome.timedOut {
          let check = try Self.run(["validate", "extracted.yaml", "--format", "json"], in: dir)
          runs += 1
          if check.signalled || check.stdout.contains("\"yaml_syntax\"") || check.stdout.contains("unreadable") {
            problems.append("extract wrote YAML that validate cannot read (status \(check.status))")
          }
        }
      }
      if Self.maximumChildResidentKB() > Self.memoryLimitKB {
        problems.append("a run used more than \(Self.memoryLimitKB / 1000) MB")
      }
      if !problems.isEmpty {
        try? FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
        let kept = keep.appendingPathComponent("seed\(Self.seed)-case\(index)-\(base.name)")
        try? Data(bytes).write(to: kept)
        defects.append("case \(index) (from \(base.name), kept as \(kept.path)): \(problems.joined(separator: "; "))")
      }
    }
    print(
      "fuzz: seed \(Self.seed), \(Self.cases) cases, \(runs) fazhi runs, slowest run \(String(format: "%.1f", slowest)) s, "
        + "peak memory \(Self.maximumChildResidentKB() / 1000) MB, \(defects.count) defective cases")
    #expect(defects.isEmpty, "\(defects.joined(separator: "\n"))")
  }
}
