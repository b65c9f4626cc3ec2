/// Escaping of user text for HTML and XML (element content and quoted attribute values).
public enum MarkupEscaping {
  /// `&`, `<`, `>`, `"` and `'` as entities; `apostrophe` is `&#39;` for HTML, `&apos;` for XML.
  public static func escape(_ text: String, apostrophe: String = "&#39;") -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += apostrophe
      default: out.append(character)
      }
    }
    return out
  }
}
