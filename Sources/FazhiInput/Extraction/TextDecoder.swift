import Foundation
import FazhiCore

#if canImport(CoreFoundation)
  import CoreFoundation
#endif

/// 文本解码：turns the bytes of a saved report into text, detecting the encoding from the content.
///
/// Order: a byte-order mark (UTF-8, UTF-16); valid UTF-8; else GB18030 (a superset of GBK and GB2312).
/// The file name is never consulted. Binary data, empty files, files over `maximumSize` and files that are
/// valid in neither encoding (typically UTF-8 and GBK pasted together) are refused with a Chinese message.
public enum TextDecoder {
  /// The largest input accepted (20 MB); a real report is under 200 KB even as a saved web page.
  public static let maximumSize = 20 * 1024 * 1024

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

  /// Decodes `data`, or throws `FazhiError(.unreadableInput)` saying why the bytes are not a text report.
  public static func decode(_ data: Data, path: String? = nil) throws -> Decoded {
    if data.count > maximumSize {
      throw FazhiError(
        .unreadableInput, path: path,
        "文件过大（\(data.count / 1024 / 1024) MB，上限 \(maximumSize / 1024 / 1024) MB），不像一份年度报告，请确认选对了文件")
    }
    let onlySpace = data.withUnsafeBytes { bytes in
      bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
    if data.isEmpty || onlySpace {
      throw FazhiError(.unreadableInput, path: path, "文件是空的，没有可提取的文字")
    }
    let bytes = [UInt8](data.prefix(4))
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
      guard let text = String(data: data.dropFirst(3), encoding: .utf8) else {
        throw FazhiError(.unreadableInput, path: path, "文件开头标明为 UTF-8，但内容不是有效的 UTF-8，可能混杂了多种编码，请另存为 UTF-8 后重试")
      }
      return Decoded(text: text, encoding: .utf8BOM)
    }
    if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
      if let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) {
        return Decoded(text: text, encoding: .utf16LittleEndian)
      }
    }
    if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
      if let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) {
        return Decoded(text: text, encoding: .utf16BigEndian)
      }
    }
    if looksBinary(data) {
      throw FazhiError(.unreadableInput, path: path, "文件是二进制数据（如 PDF、Word、图片或压缩包），不是文本或网页；请先复制正文另存为文本文件")
    }
    if let text = String(data: data, encoding: .utf8) {
      return Decoded(text: text, encoding: .utf8)
    }
    if let text = GB18030.decode(data) {
      return Decoded(text: text, encoding: .gb18030)
    }
    throw FazhiError(
      .unreadableInput, path: path,
      "文件既不是有效的 UTF-8，也不是有效的 GB18030/GBK，可能混杂了多种编码；请用编辑器统一另存为 UTF-8 后重试")
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
}
