import Foundation

/// 文本解码：the one decoder from file bytes to text, for report data (YAML) and published reports alike.
///
/// Order: a byte-order mark (UTF-8, UTF-16); binary data refused; valid UTF-8; else GB18030 (a superset of GBK
/// and GB2312, what a Chinese Windows editor saves as 「ANSI」). The file name is never consulted. Files over the
/// size limit and files valid in neither encoding (typically UTF-8 and GBK pasted together) are refused with a
/// Chinese message. GB18030 is only tried when the bytes are not UTF-8, and every position fazhi reports counts
/// characters of the decoded text, so a GBK file's findings point where the user's editor shows them.
public enum TextDecoder {
  /// The largest published report accepted (20 MB); a real report is under 200 KB even as a saved web page.
  public static let maximumSize = 20 * 1024 * 1024

  /// What a file is expected to be: its size limit and what the refusal says about it.
  public struct Limit: Sendable {
    public var bytes: Int
    /// Why the limit is what it is, as the refusal says it.
    public var reason: String

    public init(bytes: Int, reason: String) {
      self.bytes = bytes
      self.reason = reason
    }

    /// A saved report or web page to extract from.
    public static let publishedReport = Limit(bytes: TextDecoder.maximumSize, reason: "不像一份年度报告")
    /// A report data file (YAML); a real one is 20–100 KB.
    public static let reportData = Limit(bytes: 5 * 1024 * 1024, reason: "报告数据文件一般不超过 1 MB")
  }

  /// The encoding that was detected.
  public enum Encoding: String, Sendable, Hashable, Codable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
  }

  /// Decoded text and the encoding it came in.
  public struct Decoded: Sendable, Hashable {
    public var text: String
    public var encoding: Encoding
  }

  /// Decodes `data`, or throws `FazhiError(.unreadableInput)` saying why the bytes are not text.
  public static func decode(_ data: Data, path: String? = nil, limit: Limit = .publishedReport) throws -> Decoded {
    if data.count > limit.bytes {
      throw FazhiError(.unreadableInput, path: path, InputFile.tooLargeMessage(bytes: data.count, limit: limit))
    }
    if let decoded = try decodeMarked(data, path: path) { return decoded }
    if looksBinary(data) {
      throw FazhiError(.unreadableInput, path: path, "文件是二进制数据（如 PDF、Word、图片或压缩包），不是文本或网页；请先复制正文另存为文本文件")
    }
    if let text = String(validatingUTF8Data: data) {
      return Decoded(text: text, encoding: .utf8)
    }
    if let text = String(data: data, encoding: gb18030) {
      return Decoded(text: text, encoding: .gb18030)
    }
    throw FazhiError(
      .unreadableInput, path: path,
      "文件既不是有效的 UTF-8，也不是有效的 GB18030/GBK，可能混杂了多种编码；请用编辑器统一另存为 UTF-8 后重试")
  }

  /// Text whose byte-order mark names its encoding; nil without a mark (or UTF-16 that does not decode).
  private static func decodeMarked(_ data: Data, path: String?) throws -> Decoded? {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let text = String(validatingUTF8Data: data.dropFirst(3)) else {
        throw FazhiError(.unreadableInput, path: path, "文件开头标明为 UTF-8，但内容不是有效的 UTF-8，可能混杂了多种编码，请另存为 UTF-8 后重试")
      }
      return Decoded(text: text, encoding: .utf8BOM)
    }
    if data.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
      return Decoded(text: text, encoding: .utf16LittleEndian)
    }
    if data.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
      return Decoded(text: text, encoding: .utf16BigEndian)
    }
    return nil
  }

  /// NUL bytes or many C0 control characters in the first 8 KB mean a binary file.
  static func looksBinary(_ data: Data) -> Bool {
    data.withUnsafeBytes { bytes in
      var controls = 0
      let head = bytes.prefix(8192)
      for byte in head {
        if byte == 0 { return true }
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B { controls += 1 }
      }
      return !head.isEmpty && controls * 20 > head.count
    }
  }

  /// Foundation's encoding value for GB 18030-2000 (CoreFoundation `kCFStringEncodingGB_18030_2000` = 0x0632).
  public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
