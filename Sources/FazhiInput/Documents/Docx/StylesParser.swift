/// Reads word/styles.xml into a `StyleSheet` (paragraph styles only).
final class StylesParser: XMLEventHandler {
  private(set) var sheet = StyleSheet()
  private var currentId: String?
  private var current = StyleSheet.Style()
  private var path: [String] = []

  func startElement(_ name: String, namespace: String?, attributes: XMLAttributes) {
    defer { path.append(name) }
    if name == "style", path.last == "styles" {
      let type = attributes["type"] ?? "paragraph"
      currentId = type == "paragraph" ? attributes["styleId"] : nil
      current = StyleSheet.Style()
      if currentId != nil, attributes.flag("default", default: false) {
        sheet.defaultParagraphStyleId = currentId
      }
      return
    }
    guard currentId != nil, path.count >= 2, path[1] == "style" else { return }
    readStyleProperty(name, attributes: attributes)
  }

  private func readStyleProperty(_ name: String, attributes: XMLAttributes) {
    let parent = path.last
    switch (name, parent) {
    case ("name", "style"): current.name = attributes["val"]
    case ("basedOn", "style"): current.basedOn = attributes["val"]
    case ("outlineLvl", "pPr"): current.outlineLevel = attributes.integer("val")
    case ("numId", "numPr"): current.numberingId = attributes.integer("val")
    case ("ilvl", "numPr"): current.numberingLevel = attributes.integer("val")
    default: break
    }
  }

  func endElement(_ name: String, namespace: String?) {
    path.removeLast()
    if name == "style", path.last == "styles", let id = currentId {
      sheet.styles[id] = current
      currentId = nil
    }
  }

  func characters(_ text: String) {}
}
