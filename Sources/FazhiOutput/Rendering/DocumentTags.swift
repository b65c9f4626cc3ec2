import Foundation
import Stencil
import FazhiCore

/// The block tags and filters fazhi adds to Stencil (documented in Templates/README.md).
enum DocumentTags {
  static let blockTags = ["title", "recipients", "heading", "lead", "paragraph", "signature", "date", "table"]

  static func makeExtension() -> Extension {
    let ext = Extension()
    for name in blockTags {
      ext.registerTag(name) { parser, token in
        try BlockNode.parse(name: name, parser: parser, token: token)
      }
    }
    ext.registerSimpleTag("cell") { _ in String(DocumentMarkup.cell) }
    ext.registerFilter("chinese") { value in
      guard let n = Self.integer(value) else { throw TemplateSyntaxError("chinese 过滤器需要整数，这里是 \(value ?? "空值")") }
      return ChineseNumeral.chinese(n)
    }
    ext.registerFilter("number") { (value: Any?, arguments: [Any?]) in
      guard let n = Self.integer(value) else { throw TemplateSyntaxError("number 过滤器需要整数，这里是 \(value ?? "空值")") }
      let level = arguments.first.flatMap { Self.integer($0) } ?? 1
      return HeadingStyle(level: level).marker(n)
    }
    ext.registerFilter("add") { (value: Any?, arguments: [Any?]) in
      guard let n = Self.integer(value), let m = arguments.first.flatMap({ Self.integer($0) }) else {
        throw TemplateSyntaxError("add 过滤器需要整数，如 {{ n|add:1 }}")
      }
      return n + m
    }
    ext.registerFilter("sentence") { value in
      // Ends a run-in heading with 。 unless it already ends with punctuation.
      let text = (value as? String) ?? "\(value ?? "")"
      guard let last = text.last else { return text }
      return "。！？；：".contains(last) ? text : text + "。"
    }
    ext.registerFilter("full_stop") { value in
      ShortcomingText.fullStop((value as? String) ?? "\(value ?? "")")
    }
    ext.registerFilter("with_cue") { (value: Any?, arguments: [Any?]) in
      let cue = arguments.first.flatMap { $0 as? String } ?? ""
      return ShortcomingText.withCue((value as? String) ?? "\(value ?? "")", cue: cue)
    }
    ext.registerFilter("trim_period") { value in
      let text = (value as? String) ?? "\(value ?? "")"
      return text.hasSuffix("。") ? String(text.dropLast()) : text
    }
    return ext
  }

  static func integer(_ value: Any?) -> Int? {
    switch value {
    case let n as Int: return n
    case let d as Double: return Int(exactly: d.rounded(.towardZero))  // nil for NaN, ±∞ and beyond Int
    case let s as String: return Int(s)
    case let n as NSNumber: return n.intValue
    default: return nil
    }
  }
}

/// `{% heading 1 n %}…{% endheading %}` and the other block tags: renders its children and wraps them in markers.
/// A heading's or lead's number travels as a number beside its level (`1 3`), never as printed text.
final class BlockNode: NodeType {
  let name: String
  let arguments: [Resolvable]
  let nodes: [NodeType]
  let token: Token?

  init(name: String, arguments: [Resolvable], nodes: [NodeType], token: Token) {
    self.name = name
    self.arguments = arguments
    self.nodes = nodes
    self.token = token
  }

  static func parse(name: String, parser: TokenParser, token: Token) throws -> NodeType {
    let isHeading = name == "heading" || name == "lead"
    let arguments = try token.components.dropFirst().prefix(isHeading ? 2 : 1).map {
      try parser.compileResolvable($0, containedIn: token)
    }
    if isHeading, arguments.isEmpty {
      throw TemplateSyntaxError(reason: "{% \(name) %} 需要标题级别 1–4，如 {% \(name) 1 %}", token: token)
    }
    let nodes = try parser.parse(until(["end\(name)"]))
    guard parser.nextToken() != nil else {
      throw TemplateSyntaxError(reason: "{% \(name) %} 缺少对应的 {% end\(name) %}", token: token)
    }
    return BlockNode(name: name, arguments: arguments, nodes: nodes, token: token)
  }

  func render(_ context: Context) throws -> String {
    let content = try renderNodes(nodes, context)
    let arguments = try arguments.map { try $0.resolve(context).map { "\($0)" } ?? "" }
    return DocumentMarkup.wrap(kind: name, argument: arguments.joined(separator: " "), content: content)
  }
}
