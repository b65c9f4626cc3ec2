import Foundation

extension Quantity {
  /// The quantity in `text` (`120件`, `97.2%`, `4.3万余人次`), or nil when `QuantityParser` rejects it.
  public init?(parsing text: String) {
    guard case .success(let parsed) = QuantityParser.parse(text) else { return nil }
    self = parsed.quantity
  }

  /// The figure as GB/T 15835 wants it written: Arabic digits, markers in place (`约300件`, `43000余人次`, `97.2%`).
  public var standardText: String {
    let number = value.plainText
    switch approximation {
    case nil: return number + (unit ?? "")
    case .over: return number + "余" + (unit ?? "")
    case .about: return "约" + number + (unit ?? "")
    case .nearly: return "近" + number + (unit ?? "")
    case .under: return "不足" + number + (unit ?? "")
    }
  }
}
