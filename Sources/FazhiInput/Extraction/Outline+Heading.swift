import FazhiCore

extension Outline {
  /// A heading as the outline keeps it for every node: an `ExtractedHeading` without the file name and the
  /// children (the tree is built from the nodes), its position in 32-bit numbers. 56 bytes where an
  /// `ExtractedHeading` took 104: a report of many 一是…十是… items has a node for each (issue 10).
  struct Heading: Sendable {
    var text: String
    /// The marker as it should read (`（三）` for a recovered `)`), empty for lead sentences.
    var marker: String
    // Lines and columns of a file within the 20 MB input limit fit in Int32, heading levels (one per heading
    // style and two below) in UInt8: `clamping` never changes them.
    private var line: Int32
    private var column: Int32
    /// Nil for lead sentences.
    var number: Int?
    private var storedLevel: UInt8
    var style: HeadingStyle
    var isRecovered: Bool
    private var unit: LocationUnit?

    /// A heading at the character `offset` scalars into the line starting at `line`.
    init(
      level: Int, style: HeadingStyle, marker: String, number: Int?, text: String, line start: LineStart,
      offset: Int = 0, isRecovered: Bool = false
    ) {
      self.text = text
      self.marker = marker
      self.number = number
      line = Int32(clamping: start.line)
      column = Int32(clamping: start.column + offset)
      storedLevel = UInt8(clamping: level)
      self.style = style
      self.isRecovered = isRecovered
      unit = start.unit
    }

    /// 1 for the top level.
    var level: Int { Int(storedLevel) }

    func location(file: String) -> TextLocation {
      TextLocation(file: file, line: Int(line), column: Int(column), unit: unit)
    }

    /// The heading as extraction returns it, with `children` below it.
    func extracted(file: String, children: [ExtractedHeading] = []) -> ExtractedHeading {
      ExtractedHeading(
        level: level, style: style, marker: marker, number: number, text: text, location: location(file: file),
        isRecovered: isRecovered, children: children)
    }
  }
}
