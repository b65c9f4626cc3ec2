/// Namespaces whose elements carry the text of a Word document.
enum WordNamespace {
  static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
  static let math = "http://schemas.openxmlformats.org/officeDocument/2006/math"
  static let strictMath = "http://purl.oclc.org/ooxml/officeDocument/math"
  static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

  /// WordprocessingML (transitional or strict); elements without a namespace are accepted too.
  static func isWord(_ namespace: String?) -> Bool {
    guard let namespace else { return true }
    return namespace == transitional || namespace == strict
  }

  static func isMath(_ namespace: String?) -> Bool {
    namespace == math || namespace == strictMath
  }
}
