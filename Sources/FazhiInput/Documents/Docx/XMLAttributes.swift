/// The attributes of one element, looked up by local name (`val` finds `w:val`).
struct XMLAttributes {
  private let raw: [String: String]

  init(_ raw: [String: String]) {
    self.raw = raw
  }

  subscript(localName: String) -> String? {
    if let value = raw["w:" + localName] { return value }
    if let value = raw[localName] { return value }
    let suffix = ":" + localName
    return raw.first { $0.key.hasSuffix(suffix) && !$0.key.hasPrefix("xmlns") }?.value
  }

  /// An integer attribute such as `w:val="3"`.
  func integer(_ localName: String) -> Int? {
    self[localName].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  /// An OOXML on/off attribute: absent means `default`; "0", "false", "off" mean false.
  func flag(_ localName: String, default defaultValue: Bool = true) -> Bool {
    guard let value = self[localName]?.lowercased() else { return defaultValue }
    return !(value == "0" || value == "false" || value == "off")
  }
}
