import FazhiCore
/// A row (`w:tr`) of a top-level table being read. Paragraphs inside a cell, including those of nested
/// tables, are joined with a space; the row becomes one paragraph with cells joined by a tab.
struct TableRowBuilder {
  var cells: [String] = []
  var currentCell: [String] = []
  /// The row is a tracked deletion (`w:trPr/w:del`).
  var deleted = false

  mutating func finishCell() {
    cells.append(currentCell.joined(separator: " "))
    currentCell = []
  }

  /// The row's text, or nil when it is deleted or every cell is empty.
  var text: String? {
    guard !deleted, cells.contains(where: { !Whitespace.isBlank($0) }) else { return nil }
    return cells.joined(separator: "\t")
  }
}
