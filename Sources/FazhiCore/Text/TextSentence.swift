/// 句子：one sentence of a report's prose, with where it sits, as compared by reuse detection.
public struct TextSentence: Sendable, Hashable, Codable {
  /// Position in the report's sentence list (0-based, stable for anchors).
  public var id: Int
  /// The 导语 or the mandated part the sentence is in.
  public var part: ProsePart
  /// Human path: `主要举措和成效 › 行政执法 › 深化行政执法体制改革`.
  public var section: String
  /// Index of the paragraph (item, summary, shortcoming) in the report's paragraph list (0-based).
  public var paragraph: Int
  /// 1-based sentence number within its paragraph.
  public var sentenceIndex: Int
  /// Character offset of the sentence within its paragraph's text.
  public var offset: Int
  /// Where the sentence starts in a YAML file (`ReportProse.locateSentences`), else its paragraph's location
  /// (Item.location, Shortcoming.location …), when known.
  public var location: TextLocation?
  public var text: String
  /// Characters counted for reuse: no punctuation, spaces or stock phrases.
  public var countedCharacters: Int

  public init(
    id: Int, part: ProsePart, section: String, paragraph: Int, sentenceIndex: Int, offset: Int,
    location: TextLocation?, text: String, countedCharacters: Int
  ) {
    self.id = id
    self.part = part
    self.section = section
    self.paragraph = paragraph
    self.sentenceIndex = sentenceIndex
    self.offset = offset
    self.location = location
    self.text = text
    self.countedCharacters = countedCharacters
  }

  /// `示例县-2025.yaml:12:9 第2句` or `主要举措和成效 › … 第2句` when the file position is unknown.
  public var place: String {
    if let location { return "\(location) 第\(sentenceIndex)句" }
    return "\(section) 第\(sentenceIndex)句"
  }
}
