import FazhiCore

/// 结构树：the report body as a tree of sections, built from heading markers, inline ordinals, lead sentences and
/// unheaded closing parts.
struct Outline: Sendable {
  /// A paragraph (or the text after a heading on the same line) with its position.
  struct Paragraph: Sendable, Hashable {
    var text: String
    /// Where its line starts. (The line itself is not kept: 40 bytes a paragraph where a `SourceLine` took 80.)
    var line: LineStart
    /// Offset of `text` within the line.
    var offset: Int
  }

  /// The paragraphs directly under a node, in order. Most nodes hold one (an 一是 item's text, the text after a
  /// heading): it is kept inline, where an array of its own took more memory than the text in a report of many
  /// items (issue 10).
  struct Content: Sendable, RandomAccessCollection {
    private var head: Paragraph?
    private var tail: [Paragraph] = []

    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { head == nil ? 0 : 1 + tail.count }

    subscript(index: Int) -> Paragraph {
      if index == 0, let head { return head }
      return tail[index - 1]  // out of range traps, as an array's subscript does
    }

    mutating func append(_ paragraph: Paragraph) {
      if head == nil { head = paragraph } else { tail.append(paragraph) }
    }
  }

  struct Node: Sendable {
    /// Nil for an unheaded part.
    var heading: Heading?
    // (The one-byte fields last: they pack into the padding after `parent`, 8 bytes less a node.)
    var children: [Int] = []
    var content = Content()
    /// The items of an unheaded part, paragraph by paragraph: a paragraph written as 一是…二是… gives its lead
    /// sentence and one item per enumerator, each keeping its 一是 (the writer's structure); any other paragraph
    /// is one item.
    var paragraphItems: [(text: String, location: TextLocation)] = []
    var parent: Int?
    /// For unheaded closing parts: shortcomings or next_year.
    var unheadedPart: ReportPart?
    var removed = false
  }

  var preamble: [Paragraph] = []
  var nodes: [Node] = []
  var roots: [Int] = []
  var diagnostics: [Diagnostic] = []

  /// The heading tree, located in `file`.
  func headings(file: String) -> [ExtractedHeading] {
    var headings: [ExtractedHeading] = []
    headings.reserveCapacity(roots.count)
    for root in roots { appendTree(root, file: file, to: &headings) }
    return headings
  }

  /// How many headings `headings` holds, counted without building it.
  var headingCount: Int { roots.reduce(0) { $0 + treeSize($1) } }

  private func treeSize(_ index: Int) -> Int {
    let node = nodes[index]
    guard !node.removed else { return 0 }
    return node.children.reduce(node.heading == nil ? 0 : 1) { $0 + treeSize($1) }
  }

  /// Appends the heading of node `index` with its subtree to `list`; an unheaded node's subtree takes its place, a
  /// removed node adds nothing. Appending in place (each list sized to the children it will hold) builds no
  /// one-element arrays to flatten: in a heading-dense report those took more memory than the text (issue 10).
  private func appendTree(_ index: Int, file: String, to list: inout [ExtractedHeading]) {
    let node = nodes[index]
    guard !node.removed else { return }
    guard let heading = node.heading else {
      for child in node.children { appendTree(child, file: file, to: &list) }
      return
    }
    var children: [ExtractedHeading] = []
    children.reserveCapacity(node.children.count)
    for child in node.children { appendTree(child, file: file, to: &children) }
    list.append(heading.extracted(file: file, children: children))
  }

  /// Where a paragraph is kept, with the position it is read at: 16 bytes where a copy of the paragraph took 80,
  /// for every paragraph of the report at once.
  /// (Int32 holds every line and offset: input is refused over 20 MB, far below 2^31.)
  struct Place {
    var line: Int32
    var offset: Int32
    /// The node whose content holds the paragraph, -1 for the preamble.
    var node: Int32
    var index: Int32
  }

  /// The paragraphs of the preamble and of every node, in the order they are read (by line, then offset; ties in
  /// tree order).
  func readingOrder() -> [Place] {
    var places: [Place] = []
    places.reserveCapacity(nodes.reduce(preamble.count) { $0 + $1.content.count })
    func append(_ content: some Collection<Paragraph>, of node: Int) {
      for (index, paragraph) in content.enumerated() {
        places.append(
          Place(
            line: Int32(paragraph.line.line), offset: Int32(paragraph.offset), node: Int32(node), index: Int32(index)))
      }
    }
    func appendTree(_ index: Int) {
      append(nodes[index].content, of: index)
      for child in nodes[index].children { appendTree(child) }
    }
    append(preamble, of: -1)
    // Every node hangs below one root.
    for index in nodes.indices where nodes[index].parent == nil { appendTree(index) }
    places.sort { ($0.line, $0.offset) < ($1.line, $1.offset) }
    return places
  }

  subscript(place: Place) -> Paragraph {
    place.node < 0 ? preamble[Int(place.index)] : nodes[Int(place.node)].content[Int(place.index)]
  }

  /// All paragraphs below a node, in order.
  func allText(_ index: Int) -> [Paragraph] {
    var paragraphs: [Paragraph] = []
    appendText(index, to: &paragraphs)
    return paragraphs
  }

  /// Appends all paragraphs below a node, in order, to `list` (in place: no array per node to flatten).
  func appendText(_ index: Int, to list: inout [Paragraph]) {
    let node = nodes[index]
    list += node.content
    for child in node.children { appendText(child, to: &list) }
  }
}
