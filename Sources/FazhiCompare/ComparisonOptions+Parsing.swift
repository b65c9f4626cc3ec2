import Foundation
import FazhiCore

extension ComparisonOptions {
  /// Applies one `--threshold` value: a bare number sets the reuse threshold (`0.8` or `80%`); `reuse=`, `swing=`,
  /// `items=`, `facts=`, `plans=`, `shingle=` set the others. Throws a usage `FazhiError` naming the accepted forms.
  public mutating func apply(threshold text: String) throws {
    let forms = "0.8、reuse=80%、swing=50%、items=0.5、facts=0.6、plans=0.6、shingle=5"
    let pieces = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    let key = pieces.count == 2 ? pieces[0].lowercased() : "reuse"
    var number = pieces.count == 2 ? pieces[1] : pieces[0]
    let isPercent = number.hasSuffix("%")
    if isPercent { number.removeLast() }
    // Finite and below a million: every threshold is a share, a percentage or a small length, and later code
    // turns some into Int (an infinite or 1e300 value would trap there).
    guard let value = Double(number), value.isFinite, value >= 0 else {
      throw FazhiError(.usage, "--threshold「\(text)」不是数字，可写：\(forms)")
    }
    guard value < 1_000_000 else { throw FazhiError(.usage, "--threshold「\(text)」过大，可写：\(forms)") }
    /// Similarities are 0…1; `80%` or `80` mean 0.8.
    func share() throws -> Double {
      let v = isPercent || value > 1 ? value / 100 : value
      guard v > 0, v <= 1 else { throw FazhiError(.usage, "--threshold「\(text)」超出 0～1（0%～100%）") }
      return v
    }
    switch key {
    case "reuse": reuseThreshold = try share()
    case "items": itemTitleThreshold = try share()
    case "facts": factLabelThreshold = try share()
    case "plans": planThreshold = try share()
    case "swing": swingThreshold = value  // always in percent: swing=50 and swing=50% agree
    case "shingle":
      guard !isPercent, let size = Int(exactly: value), (2...20).contains(size) else {
        throw FazhiError(.usage, "--threshold「\(text)」：片段长度请写 2～20 的整数")
      }
      shingleSize = size
    default:
      throw FazhiError(.usage, "--threshold「\(text)」无法识别，可写：\(forms)")
    }
  }
}
