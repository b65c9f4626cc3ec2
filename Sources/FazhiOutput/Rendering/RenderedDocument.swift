/// 成稿：the report as a document tree, the output of a Stencil template and the input of every writer
/// (text, Markdown, HTML, Word). Writers never see the data model: all report logic lives in the templates.
public struct RenderedDocument: Sendable, Hashable, Codable {
  /// 标题 (may contain a line break where the template splits a long title).
  public var title: String
  /// 主送 line, without the trailing colon (e.g. `中共示例市委、示例市人民政府`); nil when the report has none.
  public var recipients: String?
  /// Body blocks in order.
  public var blocks: [DocumentBlock]
  /// 落款 lines (usually one: the issuing organ).
  public var signature: [String]
  /// 成文日期 in Chinese form (`2026年2月20日`).
  public var date: String?

  public init(
    title: String, recipients: String? = nil, blocks: [DocumentBlock] = [], signature: [String] = [],
    date: String? = nil
  ) {
    self.title = title
    self.recipients = recipients
    self.blocks = blocks
    self.signature = signature
    self.date = date
  }
}

extension RenderedDocument {
  /// The same document with `transform` applied to every piece of text.
  func mappingText(_ transform: (String) -> String) -> RenderedDocument {
    func lead(_ l: RunInHeading?) -> RunInHeading? {
      l.map { RunInHeading(level: $0.level, number: transform($0.number), text: transform($0.text)) }
    }
    let mapped: [DocumentBlock] = blocks.map { block in
      switch block {
      case .heading(let level, let number, let text): .heading(level: level, number: transform(number), text: transform(text))
      case .paragraph(let l, let text): .paragraph(lead: lead(l), text: transform(text))
      case .table(let caption, let rows): .table(caption: caption.map(transform), rows: rows.map { $0.map(transform) })
      }
    }
    return RenderedDocument(
      title: transform(title), recipients: recipients.map(transform), blocks: mapped, signature: signature.map(transform),
      date: date.map(transform))
  }
}

/// One block of the body.
public enum DocumentBlock: Sendable, Hashable, Codable {
  /// A standalone heading line. `level` 1…4 follows GB/T 9704 7.3.3 (一、 (一) 1. (1));
  /// `number` is the printed marker (`一、`, `（一）`, `1.`, `（1）`), `text` the heading without it.
  case heading(level: Int, number: String, text: String)
  /// A body paragraph, optionally opened by a run-in heading (`1.健全推进机制。` followed by the text).
  case paragraph(lead: RunInHeading?, text: String)
  /// A simple table (e.g. an appendix of indicators): the first row is the header.
  case table(caption: String?, rows: [[String]])
}

/// A heading printed at the start of a paragraph, in the heading style of its level.
public struct RunInHeading: Sendable, Hashable, Codable {
  public var level: Int
  public var number: String
  public var text: String

  public init(level: Int, number: String, text: String) {
    self.level = level
    self.number = number
    self.text = text
  }
}
