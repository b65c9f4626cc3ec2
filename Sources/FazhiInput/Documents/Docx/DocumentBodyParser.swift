import Foundation
import FazhiCore

/// Reads word/document.xml into paragraphs in reading order, as a reader of the printed page sees them.
///
/// Kept: run text, tabs, breaks (as a space), hyperlinks, field results, content controls, tracked
/// insertions and moves-to, text boxes (one branch of `mc:AlternateContent`, after their anchor paragraph),
/// tables (one paragraph per row, cells joined by a tab). Dropped: tracked deletions and moves-from,
/// field codes, tables of contents, hidden text (`w:vanish`), footnote/endnote/comment references,
/// ruby annotations, empty paragraphs. Headers, footers, footnotes and comments live in other parts and
/// are never read.
final class DocumentBodyParser: XMLEventHandler {
  private let styles: StyleSheet
  private var numbering: NumberingTracker
  private(set) var paragraphs: [DocumentParagraph] = []

  private var path: [WordTag] = []
  /// Greater than zero inside an element whose content is not shown (counts nested elements).
  private var skipDepth = 0
  private var openParagraphs: [ParagraphBuilder] = []
  /// Paragraphs of text boxes, emitted after the paragraph they are anchored in.
  private var pendingBoxParagraphs: [DocumentParagraph] = []
  /// Text of paragraphs whose mark was deleted (tracked), prepended to the next paragraph.
  private var carriedText = ""
  private var tableDepth = 0
  private var row: TableRowBuilder?
  private var fields: [FieldState] = []
  /// For each open `mc:AlternateContent`: whether one branch was already taken.
  private var alternateBranchTaken: [Bool] = []
  private var inText = false
  private var inInstruction = false
  private var runHidden = false
  /// Outline levels by paragraph style, resolved once per style.
  private var styleOutlineLevels: [String: Int?] = [:]

  init(styles: StyleSheet, numbering: NumberingDefinitions) {
    self.styles = styles
    self.numbering = NumberingTracker(definitions: numbering)
  }

  // MARK: - Events

  func startElement(_ name: String, namespace: String?, attributes: XMLAttributes) {
    if skipDepth > 0 {
      skipDepth += 1
      path.append(.other)
      return
    }
    let tag = WordTag(name: name, namespace: namespace)
    if tag != .other { start(tag, attributes: attributes) }
    path.append(tag)
  }

  func endElement(_ name: String, namespace: String?) {
    let tag = path.popLast() ?? .other
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    switch tag {
    case .alternateContent: alternateBranchTaken.removeLast()
    case .text: inText = false
    case .instructionText: inInstruction = false
    case .paragraph: finishParagraph()
    case .tableCell where tableDepth == 1: row?.finishCell()
    case .tableRow where tableDepth == 1: finishRow()
    case .table: tableDepth = max(0, tableDepth - 1)
    default: break
    }
  }

  func characters(_ text: String) {
    if inText {
      append(text)
    } else if inInstruction, !fields.isEmpty {
      fields[fields.count - 1].instruction += text
    }
  }

  // MARK: - Start

  private var parent: WordTag { path.last ?? .other }
  private var grandparent: WordTag { path.count >= 2 ? path[path.count - 2] : .other }

  private func start(_ tag: WordTag, attributes: XMLAttributes) {
    switch tag {
    case .hidden:
      skipDepth = 1
    case .deletion:
      noteTrackedDeletion()
      skipDepth = 1
    case .alternateContent:
      alternateBranchTaken.append(false)
    case .choice, .fallback:
      chooseAlternative()
    case .paragraph:
      openParagraphs.append(ParagraphBuilder())
    case .paragraphStyle, .numberingId, .numberingLevel, .outlineLevel:
      readParagraphProperty(tag, attributes: attributes)
    case .run:
      runHidden = false
    case .vanish where parent == .runProperties && grandparent == .run:
      runHidden = attributes.flag("val")
    case .text:
      inText = true
    case .instructionText:
      inInstruction = true
    case .tab, .breakLine, .noBreakHyphen:
      guard parent == .run else { return }
      append(tag == .tab ? "\t" : tag == .breakLine ? Self.lineBreak : "-")
    case .fieldCharacter:
      handleFieldCharacter(attributes["fldCharType"])
    case .simpleField:
      if FieldState.hidesResult(instruction: attributes["instr"] ?? "") { skipDepth = 1 }
    case .table:
      tableDepth += 1
    case .tableRow where tableDepth == 1:
      row = TableRowBuilder()
    default:
      break
    }
  }

  /// Takes the first branch of `mc:AlternateContent` only: both usually hold the same text box, once as
  /// DrawingML and once as VML.
  private func chooseAlternative() {
    guard let taken = alternateBranchTaken.last else { return }
    if taken {
      skipDepth = 1
    } else {
      alternateBranchTaken[alternateBranchTaken.count - 1] = true
    }
  }

  /// A deleted paragraph mark merges the paragraph into the next one; a deleted row disappears.
  private func noteTrackedDeletion() {
    if parent == .runProperties, grandparent == .paragraphProperties, !openParagraphs.isEmpty {
      openParagraphs[openParagraphs.count - 1].markDeleted = true
    } else if parent == .rowProperties, tableDepth == 1 {
      row?.deleted = true
    }
  }

  private func readParagraphProperty(_ tag: WordTag, attributes: XMLAttributes) {
    guard !openParagraphs.isEmpty else { return }
    let last = openParagraphs.count - 1
    let inParagraphProperties = parent == .paragraphProperties && grandparent == .paragraph
    let inNumbering = parent == .numberingProperties && grandparent == .paragraphProperties
    switch tag {
    case .paragraphStyle where inParagraphProperties: openParagraphs[last].styleId = attributes["val"]
    case .outlineLevel where inParagraphProperties: openParagraphs[last].outlineLevel = attributes.integer("val")
    case .numberingId where inNumbering: openParagraphs[last].numberingId = attributes.integer("val")
    case .numberingLevel where inNumbering: openParagraphs[last].numberingLevel = attributes.integer("val")
    default: break
    }
  }

  private func handleFieldCharacter(_ type: String?) {
    switch type {
    case "begin": fields.append(FieldState())
    case "separate": if !fields.isEmpty { fields[fields.count - 1].inResult = true }
    case "end": if !fields.isEmpty { fields.removeLast() }
    default: break
    }
  }

  // MARK: - Text

  /// Stands for a `w:br` until the paragraph is complete (U+2028 LINE SEPARATOR, what the break means).
  static let lineBreak = "\u{2028}"

  /// A line break inside a paragraph (a title set in two lines, a 落款 block) joins the way a wrapped PDF line
  /// does: Chinese text directly, two Latin words with a space (「示例县人民政府关于」+「2025年度……」).
  static func joiningLineBreaks(_ text: String) -> String {
    guard text.contains(lineBreak) else { return text }
    let lines = text.components(separatedBy: lineBreak).map { Whitespace.trim($0) }
    return lines.dropFirst().reduce(lines[0]) { LineUnwrapper.join($0, $1) }
  }

  private func append(_ text: String) {
    guard !openParagraphs.isEmpty, !runHidden else { return }
    guard !fields.contains(where: { !$0.inResult || $0.hidesResult }) else { return }
    openParagraphs[openParagraphs.count - 1].text += text
  }

  private func finishParagraph() {
    guard let builder = openParagraphs.popLast() else { return }
    let marker = numberingMarker(for: builder) ?? ""
    let text = Whitespace.replacingNewlines(Self.joiningLineBreaks(carriedText + marker + builder.text))
    if builder.markDeleted {
      carriedText = text
      return
    }
    carriedText = ""
    let explicitLevel = builder.outlineLevel.map { $0 >= 9 ? nil : $0 }
    let level = explicitLevel ?? outlineLevel(styleId: builder.styleId)
    let paragraph = DocumentParagraph(text: text, outlineLevel: level)
    if openParagraphs.isEmpty {
      deliver(paragraph)
      pendingBoxParagraphs.forEach(deliver)
      pendingBoxParagraphs = []
    } else {
      pendingBoxParagraphs.append(paragraph)
    }
  }

  private func outlineLevel(styleId: String?) -> Int? {
    let key = styleId ?? ""
    if let cached = styleOutlineLevels[key] { return cached }
    let level = styles.outlineLevel(styleId: styleId)
    styleOutlineLevels[key] = level
    return level
  }

  private func numberingMarker(for builder: ParagraphBuilder) -> String? {
    let styleNumbering = styles.numbering(styleId: builder.styleId)
    guard let numberingId = builder.numberingId ?? styleNumbering?.numberingId, numberingId != 0 else {
      return nil
    }
    let level =
      builder.numberingLevel ?? styleNumbering?.level
      ?? numbering.level(numberingId: numberingId, linkedTo: builder.styleId ?? styles.defaultParagraphStyleId)
      ?? 0
    return numbering.next(numberingId: numberingId, level: level)
  }

  private func deliver(_ paragraph: DocumentParagraph) {
    guard !Whitespace.isBlank(paragraph.text) else { return }
    if tableDepth > 0 {
      row?.currentCell.append(paragraph.text.trimmingCharacters(in: .whitespaces))
    } else {
      paragraphs.append(paragraph)
    }
  }

  private func finishRow() {
    if let text = row?.text {
      paragraphs.append(DocumentParagraph(text: text, isTableRow: true))
    }
    row = nil
  }
}
