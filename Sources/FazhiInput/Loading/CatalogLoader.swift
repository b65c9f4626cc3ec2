import Foundation
import Yams
import FazhiCore

extension Catalog {
  /// Loads a catalog from a folder holding parts.yaml, framework-*.yaml, indicators.yaml, relations.yaml and
  /// wordlists.yaml.
  ///
  /// The files are composed into Yams nodes and mapped by hand (`CatalogNode`): `YAMLDecoder` made catalog
  /// loading the largest part of every command's start-up. Mapping follows `YAMLDecoder`: unknown keys are
  /// ignored, optional keys may be missing or null, scalars are read as their text. Tags are not resolved (the
  /// mapping reads text only, and Yams' regex-based tag resolution was a third of what remained).
  public static func load(from directory: URL) throws -> Catalog {
    func read<T>(_ name: String, _ map: (CatalogNode) throws -> T) throws -> T {
      try readFile(name, in: directory, map)
    }
    // indicators.yaml is more than half of the catalog: on a second core, read it while the others are read.
    // Errors still come out in file order (its value is asked for in its turn).
    let indicators = Pending {
      try readFile("indicators.yaml", in: directory) { try $0.list("indicators").map(IndicatorSpec.init) }
    }
    let frameworkFiles =
      (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
      .filter { $0.hasPrefix("framework-") && $0.hasSuffix(".yaml") }.sorted() ?? []
    let words = try read("wordlists.yaml") { root in
      (
        placeholders: try root.strings("placeholders"), stockPhrases: try root.strings("stockPhrases"),
        eraMarkers: try root.list("eraMarkers").map(EraMarkerSpec.init), lookBackCues: try root.strings("lookBackCues"),
        hollowPhrases: try root.optionalStrings("hollowPhrases") ?? [], slogans: try root.optionalStrings("slogans") ?? [],
        placeholderFigures: try root.strings("placeholderFigures"),
        selfReferenceExceptions: try root.strings("selfReferenceExceptions"),
        selfReferenceRanks: try root.intsByKey("selfReferenceRanks"), causeLeadIns: try root.strings("causeLeadIns"),
        deadlineWords: try root.strings("deadlineWords"), partListEnds: try root.strings("partListEnds")
      )
    }
    let parts = try read("parts.yaml") { root in
      let parts = try root.list("parts").map(PartSpec.init)
      if let problem = Catalog.partsProblem(parts) { throw CatalogNode.Problem(problem) }
      return parts
    }
    let frameworks = try frameworkFiles.map { try read($0, FrameworkSpec.init) }
    if let problem = Catalog.frameworksProblem(frameworks) {
      throw FazhiError(.unreadableInput, path: directory.path, "目录数据中的纲要有误：\(problem)")
    }
    return Catalog(
      parts: parts,
      frameworks: frameworks,
      indicators: try indicators.value(),
      relations: try read("relations.yaml") { try $0.list("relations").map(RelationSpec.init) },
      placeholders: words.placeholders,
      stockPhrases: words.stockPhrases,
      eraMarkers: words.eraMarkers,
      lookBackCues: words.lookBackCues,
      hollowPhrases: words.hollowPhrases,
      slogans: words.slogans,
      placeholderFigures: words.placeholderFigures,
      selfReferenceExceptions: words.selfReferenceExceptions,
      selfReferenceRanks: words.selfReferenceRanks,
      causeLeadIns: words.causeLeadIns,
      deadlineWords: words.deadlineWords,
      partListEnds: words.partListEnds)
  }

  /// The catalog's version: `version` in version.yaml of the folder (`fazhi --version` prints the built-in one).
  public static func version(in directory: URL) throws -> String {
    try readFile("version.yaml", in: directory) { try $0.string("version") }
  }

  /// Composes one catalog file and maps its root.
  private static func readFile<T>(_ name: String, in directory: URL, _ map: (CatalogNode) throws -> T) throws -> T {
    let url = directory.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw FazhiError(.unreadableInput, path: url.path, "找不到目录数据文件，请检查目录数据文件夹（如 Schemas/catalog）")
    }
    do {
      guard let text = String(data: data, encoding: .utf8) else { throw CatalogNode.Problem("not UTF-8") }
      let parser = try Parser(yaml: text, resolver: .basic, encoding: .utf8)
      return try map(CatalogNode(try parser.singleRoot() ?? Node("")))
    } catch {
      throw FazhiError(.unreadableInput, path: url.path, "目录数据文件格式有误：\(error)")
    }
  }
}

/// A catalog YAML node read the way `YAMLDecoder` reads it, with the key path for messages.
struct CatalogNode {
  struct Problem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  /// Where a node sits. Spelled out as a path only for a message: writing the path of every field and list
  /// element cost more than reading them.
  indirect enum Location {
    case root
    case key(Location, String)
    case index(Location, Int)

    var path: String {
      switch self {
      case .root: ""
      case .key(let parent, let key): parent.path.isEmpty ? key : "\(parent.path).\(key)"
      case .index(let parent, let index): "\(parent.path)[\(index)]"
      }
    }
  }

  let node: Node
  let location: Location
  /// A mapping's pairs with their keys' text, taken out once: a spec reads about eight keys, and walking
  /// Yams' mapping for each copied every pair.
  private let pairs: [(key: String?, value: Node)]

  /// The key path for messages (`indicators[3].unit`).
  var path: String { location.path }

  init(_ node: Node, location: Location = .root) {
    self.node = node
    self.location = location
    if case .mapping(let mapping) = node {
      pairs = mapping.map { ($0.key.scalar?.string, $0.value) }
    } else {
      pairs = []
    }
  }

  private func child(_ key: String) -> CatalogNode? {
    guard let pair = pairs.first(where: { $0.key == key }) else { return nil }
    return CatalogNode(pair.value, location: .key(location, key))
  }

  private func required(_ key: String) throws -> CatalogNode {
    guard case .mapping = node else { throw Problem("\(path.isEmpty ? "根" : path) 应为键值对") }
    guard let value = child(key) else { throw Problem("\(path.isEmpty ? "" : path + ".")\(key) 缺失") }
    return value
  }

  private var isNull: Bool { node.null != nil }

  private var text: String {
    get throws {
      guard case .scalar(let scalar) = node else { throw Problem("\(path) 应为单个值") }
      return scalar.string
    }
  }

  func string(_ key: String) throws -> String { try required(key).text }

  func optionalString(_ key: String) throws -> String? {
    guard let value = child(key), !value.isNull else { return nil }
    return try value.text
  }

  func bool(_ key: String) throws -> Bool {
    // What the default resolver tags as a YAML 1.1 bool and Bool.construct then accepts.
    let value = try required(key)
    if case .scalar(let scalar) = value.node, scalar.style == .plain {
      switch scalar.string {
      case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
      case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
      default: break
      }
    }
    throw Problem("\(value.path) 应为 true 或 false")
  }

  func optionalDecimal(_ key: String) throws -> Decimal? {
    guard let value = child(key), !value.isNull else { return nil }
    guard let number = Decimal(string: try value.text) else { throw Problem("\(value.path) 应为数字") }
    return number
  }

  func value<T: RawRepresentable>(_ key: String, as type: T.Type) throws -> T where T.RawValue == String {
    let value = try required(key)
    guard let result = T(rawValue: try value.text) else { throw Problem("\(value.path) 的值「\(try value.text)」无效") }
    return result
  }

  func int(_ key: String) throws -> Int { try required(key).wholeNumber }

  private var wholeNumber: Int {
    get throws {
      guard let number = Int(try text) else { throw Problem("\(path) 应为整数") }
      return number
    }
  }

  /// A nested mapping (`reportYears`, `signature`).
  func mapping(_ key: String) throws -> CatalogNode {
    let value = try required(key)
    guard case .mapping = value.node else { throw Problem("\(value.path) 应为键值对") }
    return value
  }

  /// A mapping of texts to whole numbers (`selfReferenceRanks: {省: 1, …}`).
  func intsByKey(_ key: String) throws -> [String: Int] {
    let value = try mapping(key)
    var result: [String: Int] = [:]
    for pair in value.pairs {
      guard let text = pair.key else { throw Problem("\(value.path) 的键应为单个值") }
      result[text] = try CatalogNode(pair.value, location: .key(value.location, text)).wholeNumber
    }
    return result
  }

  func list(_ key: String) throws -> [CatalogNode] {
    let value = try required(key)
    guard case .sequence(let sequence) = value.node else { throw Problem("\(value.path) 应为列表") }
    return sequence.enumerated().map { CatalogNode($1, location: .index(value.location, $0)) }
  }

  func strings(_ key: String) throws -> [String] { try list(key).map { try $0.text } }

  func optionalStrings(_ key: String) throws -> [String]? {
    guard let value = child(key), !value.isNull else { return nil }
    return try strings(key)
  }

  /// One text or a list of texts (`numerator: a` or `numerator: [a, b]`), as a list.
  func optionalStringOrList(_ key: String) throws -> [String]? {
    guard let value = child(key), !value.isNull else { return nil }
    if case .scalar = value.node { return [try value.text] }
    return try strings(key)
  }
}

extension PartSpec {
  init(_ node: CatalogNode) throws {
    self.init(
      id: try node.value("id", as: ReportPart.self), key: try node.string("key"), heading: try node.string("heading"),
      required: try node.bool("required"), aliases: try node.strings("aliases"),
      description: try node.string("description"))
  }
}

extension FrameworkSpec {
  init(_ node: CatalogNode) throws {
    let years = try node.mapping("reportYears")
    let (first, last) = (try years.int("first"), try years.int("last"))
    guard first <= last else { throw CatalogNode.Problem("\(years.path) 的 first 晚于 last") }
    let signature = try node.mapping("signature")
    self.init(
      id: try node.string("id"), name: try node.string("name"), label: try node.string("label"),
      reportYears: first...last, goalFormula: try node.optionalString("goalFormula"),
      signature: Signature(formula: try signature.string("formula"), title: try signature.string("title")),
      follows: try node.optionalString("follows"), areas: try node.list("areas").map(AreaSpec.init))
  }
}

extension EraMarkerSpec {
  init(_ node: CatalogNode) throws {
    let years = try node.mapping("current")
    let (first, last) = (try years.int("first"), try years.int("last"))
    guard first <= last else { throw CatalogNode.Problem("\(years.path) 的 first 晚于 last") }
    self.init(words: try node.strings("words"), current: first...last, successor: try node.string("successor"))
  }
}

extension AreaSpec {
  init(_ node: CatalogNode) throws {
    self.init(
      id: try node.string("id"), title: try node.string("title"), short: try node.string("short"),
      aliases: try node.strings("aliases"), keywords: try node.strings("keywords"),
      continues: try node.optionalStrings("continues") ?? [])
  }
}

extension IndicatorSpec {
  init(_ node: CatalogNode) throws {
    self.init(
      id: try node.string("id"), label: try node.string("label"), unit: try node.string("unit"),
      kind: try node.value("kind", as: Kind.self), area: try node.optionalString("area"),
      direction: try node.value("direction", as: Direction.self), aliases: try node.strings("aliases"),
      description: try node.string("description"))
  }
}

extension RelationSpec {
  init(_ node: CatalogNode) throws {
    self.init(
      id: try node.string("id"), kind: try node.value("kind", as: Kind.self), name: try node.string("name"),
      terms: try node.optionalStrings("terms"), total: try node.optionalString("total"),
      limit: try node.optionalDecimal("limit"), rate: try node.optionalString("rate"),
      numerator: try node.optionalStringOrList("numerator"),
      denominator: try node.optionalString("denominator"), tolerance: try node.optionalDecimal("tolerance"),
      severity: try node.value("severity", as: Severity.self))
  }
}
