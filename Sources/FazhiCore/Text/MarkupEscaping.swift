/// Escaping of user text for HTML and XML (element content and quoted attribute values).
public enum MarkupEscaping {
  /// `&`, `<`, `>`, `"` and `'` as entities; `apostrophe` is `&#39;` for HTML, `&apos;` for XML. With
  /// `lineBreak`, every line feed becomes that markup (`<br>`).
  ///
  /// Works on the UTF-8 bytes: the five characters are ASCII, and a byte below 0x80 is always the character
  /// itself, so each is escaped wherever it stands, also before a combining mark that would make it part of a
  /// larger `Character` (left raw, such a `<` made the XML of a Word file malformed).
  public static func escape(_ text: String, apostrophe: String = "&#39;", lineBreak: String? = nil) -> String {
    func replacement(_ byte: UInt8) -> String? {
      switch byte {
      case UInt8(ascii: "&"): "&amp;"
      case UInt8(ascii: "<"): "&lt;"
      case UInt8(ascii: ">"): "&gt;"
      case UInt8(ascii: "\""): "&quot;"
      case UInt8(ascii: "'"): apostrophe
      case UInt8(ascii: "\n"): lineBreak
      default: nil
      }
    }
    var contiguous = text
    let escaped: String? = contiguous.withUTF8 { bytes in
      guard let first = bytes.firstIndex(where: { replacement($0) != nil }) else { return nil }
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
      out.append(contentsOf: bytes[..<first])
      for byte in bytes[first...] {
        if let entity = replacement(byte) {
          out.append(contentsOf: entity.utf8)
        } else {
          out.append(byte)
        }
      }
      return String(decoding: out, as: UTF8.self)
    }
    return escaped ?? text
  }
}
