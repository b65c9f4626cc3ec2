import FazhiCore

/// 提取的标题：one heading recovered from a published report, with its sub-headings.
public struct ExtractedHeading: Sendable, Hashable, Codable {
  // (Stored in this order, the one-byte fields last, a heading takes 104 bytes instead of 112: the outline holds
  // one per heading and the tree another, and a report of many 一是…十是… items has tens of thousands.)
  /// The heading text without marker and without the closing 。.
  public var text: String
  /// The marker as it should read (`（三）` for a recovered `)`), empty for lead sentences.
  public var marker: String
  public var location: TextLocation
  public var children: [ExtractedHeading]
  /// 1 for the top level.
  public var level: Int
  /// The number in its sequence, nil for lead sentences.
  public var number: Int?
  public var style: HeadingStyle
  /// True when the marker was damaged in the source and reconstructed.
  public var isRecovered: Bool

  public init(
    level: Int, style: HeadingStyle, marker: String, number: Int?, text: String, location: TextLocation,
    isRecovered: Bool = false, children: [ExtractedHeading] = []
  ) {
    self.level = level
    self.style = style
    self.marker = marker
    self.number = number
    self.text = text
    self.location = location
    self.isRecovered = isRecovered
    self.children = children
  }

  /// This heading and all below it, depth first, children emptied.
  public var flattened: [ExtractedHeading] {
    var me = self
    me.children = []
    return [me] + children.flatMap(\.flattened)
  }

  /// How many headings this one and those below it make.
  public var treeSize: Int { children.reduce(1) { $0 + $1.treeSize } }
}
