/// Text for a terminal: control characters from user data (ESC starting a colour, cursor or title sequence, a
/// carriage return overwriting the line, C1 controls) are shown as `\u{1B}` instead of being obeyed.
public enum TerminalText {
  /// `text` with every control character except line feed and tab written as `\u{XX}`. `keeping`: exact
  /// sequences fazhi itself wrote (its colour codes), left as they are.
  public static func escaped(_ text: String, keeping: [String] = []) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    let kept = keeping.map { Array($0.unicodeScalars) }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < scalars.count {
      if let sequence = kept.first(where: { scalars[i...].starts(with: $0) }) {
        out.append(contentsOf: sequence)
        i += sequence.count
        continue
      }
      let scalar = scalars[i]
      if isControl(scalar) {
        out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(scalar)
      }
      i += 1
    }
    return String(out)
  }

  /// C0 controls but line feed and tab, DEL, C1 controls.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0..<0x20, 0x7F...0x9F: true
    default: false
    }
  }
}
