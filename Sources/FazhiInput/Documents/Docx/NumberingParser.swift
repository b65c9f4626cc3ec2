/// Reads word/numbering.xml into `NumberingDefinitions`.
final class NumberingParser: XMLEventHandler {
  private(set) var definitions = NumberingDefinitions()
  private var path: [String] = []
  private var abstractId: Int?
  private var abstract = AbstractNumbering()
  private var instanceId: Int?
  private var instance = NumberingInstance(abstractId: -1)
  private var overrideLevel: Int?
  private var levelIndex: Int?
  private var level = NumberingLevel()

  func startElement(_ name: String, namespace: String?, attributes: XMLAttributes) {
    defer { path.append(name) }
    switch name {
    case "abstractNum" where path.last == "numbering":
      abstractId = attributes.integer("abstractNumId")
      abstract = AbstractNumbering()
    case "num" where path.last == "numbering":
      instanceId = attributes.integer("numId")
      instance = NumberingInstance(abstractId: -1)
    case "abstractNumId" where path.last == "num":
      instance.abstractId = attributes.integer("val") ?? -1
    case "lvlOverride":
      overrideLevel = attributes.integer("ilvl")
    case "startOverride":
      if let overrideLevel, let start = attributes.integer("val") { instance.startOverrides[overrideLevel] = start }
    case "styleLink" where path.last == "abstractNum":
      abstract.styleLink = attributes["val"]
    case "numStyleLink" where path.last == "abstractNum":
      abstract.numStyleLink = attributes["val"]
    case "lvl":
      levelIndex = attributes.integer("ilvl") ?? overrideLevel
      level = NumberingLevel()
    default:
      if levelIndex != nil { readLevelProperty(name, attributes: attributes) }
    }
  }

  private func readLevelProperty(_ name: String, attributes: XMLAttributes) {
    switch name {
    case "start": level.start = attributes.integer("val") ?? 1
    case "numFmt":
      // Word 2010+ writes a "custom" format in mc:Choice and a standard one in mc:Fallback.
      if let format = attributes["val"], format != "custom" { level.format = format }
    case "lvlText": level.text = attributes["val"]
    case "lvlRestart": level.restartAfter = attributes.integer("val")
    case "isLgl": level.isLegal = attributes.flag("val")
    case "suff": level.suffix = attributes["val"] ?? "tab"
    case "pStyle": level.styleId = attributes["val"]
    default: break
    }
  }

  func endElement(_ name: String, namespace: String?) {
    path.removeLast()
    switch name {
    case "lvl":
      finishLevel()
    case "lvlOverride":
      overrideLevel = nil
    case "abstractNum" where path.last == "numbering":
      if let abstractId { definitions.abstracts[abstractId] = abstract }
      abstractId = nil
    case "num" where path.last == "numbering":
      if let instanceId, instance.abstractId >= 0 { definitions.instances[instanceId] = instance }
      instanceId = nil
    default:
      break
    }
  }

  private func finishLevel() {
    guard let index = levelIndex else { return }
    if path.last == "lvlOverride" {
      instance.levelOverrides[index] = level
    } else if abstractId != nil {
      abstract.levels[index] = level
    }
    levelIndex = nil
  }

  func characters(_ text: String) {}
}
