/// Where a paragraph of a report's prose sits: the 导语 before the parts, or one of the five mandated parts.
///
/// Encoded as one string, the part's id or `preamble` (the JSON report's `part`).
public enum ProsePart: Sendable, Hashable, Codable {
  /// 导语: the opening paragraphs before the first part.
  case preamble
  case part(ReportPart)

  /// `preamble` or the part's id (`achievements`, `next_year` …).
  public var id: String {
    switch self {
    case .preamble: "preamble"
    case .part(let part): part.rawValue
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let id = try container.decode(String.self)
    if id == "preamble" {
      self = .preamble
    } else if let part = ReportPart(rawValue: id) {
      self = .part(part)
    } else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown part \(id)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(id)
  }
}
