/// The list definitions of a .docx (word/numbering.xml).
struct NumberingDefinitions {
  var abstracts: [Int: AbstractNumbering] = [:]
  var instances: [Int: NumberingInstance] = [:]

  /// The levels in force for a list instance, overrides applied; nil when the instance is unknown.
  func levels(numberingId: Int) -> [Int: NumberingLevel]? {
    guard let instance = instances[numberingId], let abstract = resolvedAbstract(instance.abstractId) else {
      return nil
    }
    var levels = abstract.levels
    for (level, definition) in instance.levelOverrides {
      levels[level] = definition
    }
    for (level, start) in instance.startOverrides {
      levels[level, default: NumberingLevel()].start = start
    }
    return levels
  }

  /// The key under which paragraphs of this instance are counted.
  func counterKey(numberingId: Int) -> String {
    guard let instance = instances[numberingId] else { return "n\(numberingId)" }
    return instance.hasOverrides ? "n\(numberingId)" : "a\(instance.abstractId)"
  }

  /// The level of a list linked to a paragraph style through `w:lvl/w:pStyle`, if any.
  func level(numberingId: Int, linkedTo styleId: String?) -> Int? {
    guard let styleId, let levels = levels(numberingId: numberingId) else { return nil }
    return levels.first { $0.value.styleId == styleId }?.key
  }

  /// Follows `w:numStyleLink` to the definition carrying the matching `w:styleLink`.
  private func resolvedAbstract(_ id: Int) -> AbstractNumbering? {
    guard let abstract = abstracts[id] else { return nil }
    guard let link = abstract.numStyleLink, abstract.levels.isEmpty else { return abstract }
    return abstracts.values.first { $0.styleLink == link } ?? abstract
  }
}
