import Foundation

/// How figures reach the page: `97.2%`, `200余人次`, `1.2亿元`, `1836万元`, `4.3万余人次`.
public enum QuantityFormatter {
  /// The figure with its unit, in report style (万/亿 for large money amounts, 余/约/近 kept).
  public static func display(_ quantity: Quantity) -> String {
    let unit = quantity.unit ?? ""
    var number = quantity.value
    var scaleWord = ""
    if unit == "元" {
      if abs(number.doubleValue) >= 100_000_000 {
        number /= 100_000_000
        scaleWord = "亿"
      } else if abs(number.doubleValue) >= 10_000 {
        number /= 10_000
        scaleWord = "万"
      }
    } else if quantity.approximation == .over, abs(number.doubleValue) >= 10_000,
      (number / 10_000).plainText.count <= 4
    {
      // 43000 stated as 4.3万余 stays 4.3万余.
      number /= 10_000
      scaleWord = "万"
    }
    let digits = number.plainText
    switch quantity.approximation {
    case .over: return digits + scaleWord + "余" + unit
    case .about: return "约" + digits + scaleWord + unit
    case .nearly: return "近" + digits + scaleWord + unit
    case .under: return "不足" + digits + scaleWord + unit
    case nil: return digits + scaleWord + unit
    }
  }
}

extension QuantityFormatter {
  /// A value as typed in YAML: `120`, `97.2%`, `200余`, `43000余`; the unit is omitted when it is the catalog's.
  public static func yamlValue(_ quantity: Quantity, catalogUnit: String?) -> String {
    var text = quantity.value.plainText
    switch quantity.approximation {
    case .over: text += "余"
    case .about: text = "约" + text
    case .nearly: text = "近" + text
    case .under: text = "不足" + text
    case nil: break
    }
    if let unit = quantity.unit, unit != catalogUnit || unit == "%" { text += unit }
    return text
  }
}
