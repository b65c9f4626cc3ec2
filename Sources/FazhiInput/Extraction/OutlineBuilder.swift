import FazhiCore

/// Builds an `Outline` from cleaned body lines. One pass plus a look-ahead over marker lines: linear time.
struct OutlineBuilder {
  var file: String
  var year: Int?
  var matcher: PartMatcher?

  /// A line with its heading marker. Its Unicode scalars (every offset in the outline counts scalars) are decoded
  /// again where the line is built: held for every line at once they took more memory than the text (issue 10).
  private struct Classified {
    var line: SourceLine
    var marker: HeadingMarker?
    var level = 0
    var number: Int?
    var hasDeeperMarker = false
  }

  func build(_ lines: [SourceLine]) -> Outline {
    var outline = Outline()
    let planOpeners = planOpeners
    let items = classify(lines, diagnostics: &outline.diagnostics)

    var open: [Int] = []  // node indices of open headings, shallow to deep
    var unheaded: Int?
    var topPart: ReportPart?  // the part named by the current top-level heading
    var leadCandidates: [Int: [Int]] = [:]  // parent node → lead-sentence nodes
    var deeperMarker: [Int: Bool] = [:]  // marker node → has deeper marker headings below it
    var topPartIsHeaded = false

    func add(_ node: Outline.Node) -> Int { Self.add(node, to: &outline) }

    for item in items {
      let line = item.line
      let chars = Array(scalarsOf: line.text)
      if let marker = item.marker {
        while let top = open.last, (outline.nodes[top].heading?.level ?? 0) >= item.level { open.removeLast() }
        if item.level == 1 || open.isEmpty { unheaded = nil }
        let (title, rest, restOffset) = Self.splitTitle(chars[marker.bodyStart...])
        let restChars = chars[(marker.bodyStart + restOffset)...].trimmingWhitespace()
        let number = item.number
        // A heading Word marks by its style alone shows no number: its marker stays as written (empty).
        let shown = marker.written.isEmpty ? "" : number.map { marker.style.marker($0) } ?? marker.written
        let heading = Outline.Heading(
          level: item.level, style: marker.style, marker: shown,
          number: number, text: title, line: line.start, isRecovered: marker.isMalformed)
        let parent = open.last ?? unheaded
        let index = add(Outline.Node(heading: heading, parent: parent))
        deeperMarker[index] = item.hasDeeperMarker
        if item.level == 1 {
          topPart = matcher?.part(forHeading: title)
          topPartIsHeaded = true
        }
        open.append(index)
        if !rest.isEmpty {
          let paragraph = Outline.Paragraph(text: rest, line: line.start, offset: marker.bodyStart + restOffset)
          addInline(paragraph, chars: restChars, under: index, level: item.level + 1, outline: &outline)
        }
        continue
      }
      let paragraph = Outline.Paragraph(text: line.text, line: line.start, offset: 0)
      if open.isEmpty && unheaded == nil && outline.nodes.isEmpty {
        outline.preamble.append(paragraph)
        continue
      }
      if topPart == nil || topPart == .achievements || !topPartIsHeaded,
        let part = unheadedPart(
          chars, current: unheaded.map { outline.nodes[$0].unheadedPart } ?? nil, planOpeners: planOpeners)
      {
        open.removeAll()
        unheaded = add(Outline.Node(heading: nil, parent: nil, unheadedPart: part))
        topPart = part
        topPartIsHeaded = false
      }
      if open.isEmpty, let u = unheaded {
        outline.nodes[u].content.append(paragraph)
        outline.nodes[u].paragraphItems += Self.paragraphItems(paragraph, chars: chars, file: file)
        continue
      }
      guard let parent = open.last else {
        outline.preamble.append(paragraph)
        continue
      }
      let parentLevel = outline.nodes[parent].heading?.level ?? 0
      if !(deeperMarker[parent] ?? true), let index = addLeadSentence(line, chars: chars, under: parent, outline: &outline) {
        leadCandidates[parent, default: []].append(index)
        continue
      }
      addInline(paragraph, chars: chars[...], under: parent, level: parentLevel + 1, outline: &outline)
    }
    foldSingleLeads(leadCandidates, outline: &outline)
    markSequenceGaps(&outline)
    return outline
  }

  /// Classifies each line: its heading marker — written, or given by the paragraph's Word heading style — with
  /// level and number, and whether a deeper marker heading follows before the next one at its level.
  private func classify(_ lines: [SourceLine], diagnostics: inout [Diagnostic]) -> [Classified] {
    let topStyleLevel = lines.lazy.compactMap(\.outlineLevel).min()
    var items = lines.map { line -> Classified in
      // Most body lines open with no marker character and have no heading style: their scalars are not needed here.
      guard line.outlineLevel != nil || line.text.unicodeScalars.first.map(HeadingMarker.mayStart(with:)) == true else {
        return Classified(line: line, marker: nil)
      }
      let chars = Array(scalarsOf: line.text)
      // 一是 and 第一， at a line start open a paragraph; inline ordinals are found within paragraphs.
      let marker =
        HeadingMarker.parse(chars).flatMap { $0.style.isLineMarker ? $0 : nil }
        ?? Self.styledHeading(line, chars: chars, topStyleLevel: topStyleLevel)
      return Classified(line: line, marker: marker)
    }
    assignLevels(&items, diagnostics: &diagnostics)
    // Look-ahead: does a marker heading have a deeper marker heading before the next one at its level?
    var nextMarkerLevel: Int?
    for i in stride(from: items.count - 1, through: 0, by: -1) where items[i].marker != nil {
      items[i].hasDeeperMarker = (nextMarkerLevel ?? 0) > items[i].level
      nextMarkerLevel = items[i].level
    }
    return items
  }

  /// A Word paragraph in a heading style (标题 1–4, or `w:outlineLvl` 0–3) with no number written: a heading at its
  /// level below the document's top heading style, numbered in the style GB/T 9704 gives that level, so that it
  /// nests with written markers exactly as a numbered heading would. A heading is short: a styled paragraph whose
  /// first sentence runs past 60 characters is body text styled by mistake.
  static func styledHeading(_ line: SourceLine, chars: [Unicode.Scalar], topStyleLevel: Int?) -> HeadingMarker? {
    guard let level = line.outlineLevel, let top = topStyleLevel else { return nil }
    let firstSentence = chars.firstIndex(of: "。") ?? chars.count
    guard firstSentence <= 60 else { return nil }
    return HeadingMarker(unwrittenAtLevel: level - top + 1)
  }

  /// A paragraph opening with a lead sentence, as a heading of its own under `parent` with the rest as its content;
  /// nil when the paragraph has no lead sentence or enumerates 一是…二是….
  private func addLeadSentence(
    _ line: SourceLine, chars: [Unicode.Scalar], under parent: Int, outline: inout Outline
  ) -> Int? {
    guard Self.inlineOrdinals(chars).isEmpty, let (title, rest, restOffset) = Self.leadSentence(chars) else {
      return nil
    }
    let parentLevel = outline.nodes[parent].heading?.level ?? 0
    let heading = Outline.Heading(
      level: parentLevel + 1, style: .leadSentence, marker: "", number: nil, text: title, line: line.start)
    let index = Self.add(Outline.Node(heading: heading, parent: parent), to: &outline)
    let restParagraph = Outline.Paragraph(text: rest, line: line.start, offset: restOffset)
    addInline(
      restParagraph, chars: chars[restOffset...].trimmingWhitespace(), under: index, level: parentLevel + 2,
      outline: &outline)
    return index
  }

  /// A single lead sentence under a heading is more likely an ordinary paragraph: folds it back into one.
  private func foldSingleLeads(_ leadCandidates: [Int: [Int]], outline: inout Outline) {
    for (parent, leads) in leadCandidates where leads.count < 2 {
      for lead in leads {
        outline.nodes[lead].removed = true
        if let heading = outline.nodes[lead].heading {
          let node = outline.nodes[lead]
          let first = node.content.first
          let text = heading.text + "。" + (first?.text ?? "")
          if let first {
            outline.nodes[parent].content.append(Outline.Paragraph(text: text, line: first.line, offset: 0))
          }
          for child in node.children { outline.nodes[child].removed = true }
        }
      }
    }
  }

  /// Sets levels from the order styles first appear in (a style seen before closes the deeper ones), and
  /// recovers lost numbers from the previous sibling.
  private func assignLevels(_ items: inout [Classified], diagnostics: inout [Diagnostic]) {
    var stack: [HeadingStyle] = []
    var lastNumber: [Int: Int] = [:]  // level → last number
    for i in items.indices {
      guard let marker = items[i].marker else { continue }
      if let k = stack.firstIndex(of: marker.style) {
        stack.removeSubrange((k + 1)...)
      } else {
        stack.append(marker.style)
      }
      let level = stack.count
      lastNumber = lastNumber.filter { $0.key <= level }
      var number = marker.number
      if number == nil { number = (lastNumber[level] ?? 0) + 1 }
      if marker.isMalformed {
        let canonical = marker.style.marker(number ?? 1)
        let preview = String(scalars: items[i].line.text.unicodeScalars.prefix(16))
        diagnostics.append(
          Diagnostic(
            ruleID: "extract_malformed_heading", severity: .warning, location: items[i].line.location(file: file),
            message: "标题编号残缺：「\(preview)…」按上下文识别为「\(canonical)」，请核对原文",
            notes: ["原文编号为「\(marker.written)」"]))
      }
      lastNumber[level] = number
      items[i].level = level
      items[i].number = number
    }
  }

  /// Adds `paragraph` to `parent`: as content, or, when it holds 一是…二是…, its opening as content and each
  /// numbered part as a child heading (so the text is not counted twice).
  /// `chars` are the scalars of `paragraph.text`.
  private func addInline(
    _ paragraph: Outline.Paragraph, chars: ArraySlice<Unicode.Scalar>, under parent: Int, level: Int,
    outline: inout Outline
  ) {
    let chars = Array(chars)
    let segments = Self.inlineOrdinals(chars)
    guard let first = segments.first else {
      outline.nodes[parent].content.append(paragraph)
      return
    }
    let intro = String(scalars: chars[..<first.offset].trimmingWhitespace())
    if !intro.isEmpty {
      outline.nodes[parent].content.append(
        Outline.Paragraph(text: intro, line: paragraph.line, offset: paragraph.offset))
    }
    for segment in segments {
      let heading = Outline.Heading(
        level: level, style: .inlineOrdinal, marker: segment.marker, number: segment.number, text: segment.title,
        line: paragraph.line, offset: paragraph.offset + segment.offset)
      var node = Outline.Node(heading: heading, parent: parent)
      let bodyOffset = segment.offset + segment.marker.unicodeScalars.count
      node.content.append(
        Outline.Paragraph(text: segment.text, line: paragraph.line, offset: paragraph.offset + bodyOffset))
      _ = Self.add(node, to: &outline)
    }
  }

  static func add(_ node: Outline.Node, to outline: inout Outline) -> Int {
    outline.nodes.append(node)
    let index = outline.nodes.count - 1
    if let parent = node.parent {
      outline.nodes[parent].children.append(index)
    } else {
      outline.roots.append(index)
    }
    return index
  }

  /// Whether a plain paragraph starts an unheaded closing part (shortcomings or next-year plans).
  private func unheadedPart(_ chars: [Unicode.Scalar], current: ReportPart?, planOpeners: [[Unicode.Scalar]]) -> ReportPart? {
    let text = String(scalars: chars.prefix(120))
    if current != .nextYear, planOpeners.contains(where: chars.starts(with:)) {
      // Foundation's search, from the bytes when canonical equivalence cannot change the answer.
      let mentionsProblems =
        LiteralSearch.isCanonicallyPlain(text) ? text.fastContains("存在") : text.contains("存在")
      if !mentionsProblems || chars.starts(with: Self.nextStep) { return .nextYear }
    }
    if current == nil {
      let problem = ["问题", "不足", "差距", "短板", "薄弱"].contains { text.fastContains($0) }
      let admits = ["虽然", "虽", "但", "仍", "还存在", "仍然存在", "依然存在"].contains { text.fastContains($0) }
      if text.fastContains("存在") && problem && admits { return .shortcomings }
    }
    return nil
  }

  /// How a paragraph opening the next-year plans begins (the year after the report's included).
  private var planOpeners: [[Unicode.Scalar]] {
    var openers = ["下一步", "下一年", "今后", "新的一年", "展望", "下步"]
    if let year { openers += ["\(year + 1)年", "\(year + 1)年度"] }
    return openers.map { Array($0.unicodeScalars) }
  }

  private static let nextStep = Array("下一步".unicodeScalars)

  /// Splits a heading body into its title (up to the first 。) and the text after it. A first sentence too long
  /// for a title is cut at its first comma, and the rest of that sentence stays in the text (「（一）部分单位重视不够，
  /// 个别乡镇仍存在……」 keeps 个别乡镇……: a 不足 read back from a draft must not lose its middle).
  static func splitTitle(_ body: ArraySlice<Unicode.Scalar>) -> (String, String, Int) {
    let start = body.startIndex
    if var stop = body.firstIndex(of: "。") {
      var title = body[..<stop]
      if title.count > 50, let comma = title.firstIndex(where: { $0 == "，" || $0 == "," }), comma - start >= 4 {
        title = title[..<comma]
        stop = comma
      }
      let rest = String(scalars: body[(stop + 1)...].trimmingWhitespace())
      return (trimTitle(title), rest, stop + 1 - start)
    }
    return (trimTitle(body), "", body.count)
  }

  /// Drops closing punctuation and spaces at the end, and spaces at the start.
  static func trimTitle(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var t = scalars
    while let last = t.last, titleClosers.contains(last) { t.removeLast() }
    return String(scalars: t.trimmingWhitespace())
  }

  private static let titleClosers: Set<Unicode.Scalar> = ["：", ":", "，", ",", "；", ";", "。", " "]

  /// A paragraph opening with a short sentence that names its subject: (title, rest, offset of rest).
  static func leadSentence(_ chars: [Unicode.Scalar]) -> (String, String, Int)? {
    guard let first = chars.first, first.digitValue == nil, !leadOpeners.contains(first) else { return nil }
    guard let stop = chars.prefix(32).firstIndex(of: "。"), stop >= 4, chars.count - stop > 8 else { return nil }
    let head = chars[..<stop]
    if head.contains(where: leadBreaks.contains) { return nil }
    let opening = String(scalars: head.prefix(2))
    if ["我区", "我市", "我县", "全区", "全市", "全县", "今年", "共有", "目前", "同时", "此外", "其中", "特此"].contains(opening) { return nil }
    let rest = String(scalars: chars[(stop + 1)...].trimmingWhitespace())
    return (String(scalars: head), rest, stop + 1)
  }

  private static let leadOpeners = Set("(（“《【".unicodeScalars)
  private static let leadBreaks = Set("，,；;：:！？".unicodeScalars)

  /// Notes numbering gaps among sibling marker headings (一、 then 三、).
  private func markSequenceGaps(_ outline: inout Outline) {
    func check(_ siblings: [Int]) {
      var last: [HeadingStyle: Int] = [:]
      for index in siblings where !outline.nodes[index].removed {
        guard let heading = outline.nodes[index].heading, heading.style.isLineMarker, let number = heading.number else {
          continue
        }
        if let previous = last[heading.style], number != previous + 1 {
          outline.diagnostics.append(
            Diagnostic(
              ruleID: "extract_heading_sequence", severity: .note, location: heading.location(file: file),
              message: "标题编号不连续：「\(heading.style.marker(previous))」之后是「\(heading.marker)」，请核对是否漏提或原文编号有误"))
        }
        last[heading.style] = number
      }
      for index in siblings { check(outline.nodes[index].children) }
    }
    check(outline.roots)
  }
}
