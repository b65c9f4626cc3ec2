import FazhiCore
import Foundation

/// Reads the text layer of a PDF with poppler's `pdftotext` and turns it into paragraphs
/// (see `PDFTextCleaner`). Runs the tool with a time limit and bounded output.
public struct PDFTextReader: Sendable {
  /// Path of `pdftotext`; nil means search PATH (and /usr/bin, /usr/local/bin, /opt/homebrew/bin).
  public var pdftotextPath: String?
  public var limits: ReadLimits
  /// Run `pdftotext -layout`: keeps first-line indents and table columns, which mark paragraph starts and
  /// table rows; measured on converted seed reports to give better paragraphs than the default mode.
  public var layout: Bool

  public init(pdftotextPath: String? = nil, limits: ReadLimits = .standard, layout: Bool = true) {
    self.pdftotextPath = pdftotextPath
    self.limits = limits
    self.layout = layout
  }

  /// Reads a PDF with the given time limit (seconds) and bound on extracted text (bytes).
  public static func read(
    fileURL: URL, pdftotextPath: String? = nil, timeout: Double = 60, maxOutputBytes: Int = 64 * 1_048_576
  ) throws(DocumentReadError) -> ReadDocument {
    var limits = ReadLimits.standard
    limits.pdfTimeoutSeconds = timeout
    limits.maxPDFTextBytes = maxOutputBytes
    return try PDFTextReader(pdftotextPath: pdftotextPath, limits: limits).read(fileURL: fileURL)
  }

  public func read(fileURL: URL) throws(DocumentReadError) -> ReadDocument {
    try checkFile(fileURL)
    guard let tool = pdftotextPath ?? Self.locatePdftotext() else { throw .pdfToolMissing }
    let outcome: ProcessRunner.Outcome
    do {
      outcome = try ProcessRunner.run(
        executable: URL(fileURLWithPath: tool), arguments: arguments(for: fileURL),
        timeout: limits.pdfTimeoutSeconds, maxOutputBytes: limits.maxPDFTextBytes)
    } catch {
      throw .pdfToolMissing
    }
    let text = try Self.text(from: outcome, limits: limits)
    let pageCount = max(1, text.reduce(0) { $1 == "\u{0C}" ? $0 + 1 : $0 })
    let paragraphs = PDFTextCleaner.paragraphs(fromPDFText: text, layout: layout)
    let visible = paragraphs.reduce(0) { $0 + PDFTextCleaner.visibleCharacterCount($1.text) }
    guard visible >= 10 * pageCount else { throw .pdfScanned }
    return ReadDocument(format: .pdf, paragraphs: paragraphs)
  }

  func arguments(for fileURL: URL) -> [String] {
    let path = fileURL.standardizedFileURL.path
    return ["-enc", "UTF-8", "-eol", "unix"] + (layout ? ["-layout"] : [])
      + [path.hasPrefix("-") ? "./" + path : path, "-"]
  }

  private func checkFile(_ fileURL: URL) throws(DocumentReadError) {
    guard let size = try? InputFile.size(of: fileURL.path),
      FileManager.default.isReadableFile(atPath: fileURL.path)
    else {
      throw .unreadableFile("文件不存在或没有读取权限：\(fileURL.path)")
    }
    guard size <= limits.maxInputBytes else {
      throw .tooLarge(what: "文件（\(DocumentReadError.megabytes(size))）", limit: limits.maxInputBytes)
    }
  }

  /// The tool's text, or the error its exit status and messages stand for.
  static func text(from outcome: ProcessRunner.Outcome, limits: ReadLimits) throws(DocumentReadError) -> String {
    if outcome.timedOut { throw .pdfTimeout(seconds: Int(limits.pdfTimeoutSeconds.rounded())) }
    if outcome.outputExceeded { throw .tooLarge(what: "PDF 中的文字", limit: limits.maxPDFTextBytes) }
    guard outcome.status == 0 else {
      let message = outcome.errorOutput.lowercased()
      if message.contains("password") || message.contains("encrypt") || outcome.status == 3 {
        throw .pdfEncrypted
      }
      throw .pdfUnreadable(failureDetail(status: outcome.status, message: message))
    }
    return String(decoding: outcome.output, as: UTF8.self)
  }

  /// A Chinese account of pdftotext's (English) error message.
  private static func failureDetail(status: Int32, message: String) -> String {
    if message.contains("trailer") || message.contains("xref") || message.contains("unexpected end") {
      return "文件结构不完整"
    }
    if message.contains("may not be a pdf") || message.contains("couldn't find") {
      return "不是有效的 PDF 文件"
    }
    return "pdftotext 出错，退出码 \(status)"
  }

  /// `pdftotext` on PATH or in the usual install places.
  public static func locatePdftotext(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String?
  {
    let searchPath = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    let candidates = searchPath + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
    for directory in candidates where !directory.isEmpty {
      let path = (directory as NSString).appendingPathComponent("pdftotext")
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }
}
