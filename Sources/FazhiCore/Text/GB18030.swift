import Foundation

/// GB18030 (superset of GBK and GB2312), the encoding of many saved Chinese government web pages.
public enum GB18030 {
  /// Foundation's encoding value for GB 18030-2000 (CoreFoundation `kCFStringEncodingGB_18030_2000` = 0x0632).
  public static let encoding = String.Encoding(rawValue: 0x8000_0632)

  /// Decodes GB18030 bytes, nil when they are not valid GB18030.
  public static func decode(_ data: Data) -> String? {
    String(data: data, encoding: encoding)
  }

  /// Encodes text as GB18030 (every Unicode string is representable).
  public static func encode(_ text: String) -> Data? {
    text.data(using: encoding)
  }
}
