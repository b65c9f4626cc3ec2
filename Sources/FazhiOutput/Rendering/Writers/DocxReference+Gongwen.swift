import Foundation

/// What a reference document's page and body text mean for a 公文: its body size (which the two-character
/// indents follow) and the warnings when its paper or body size is not what GB/T 9704 prescribes. The reference
/// is still used as given; the secretary may have reasons.
extension DocxReference {
  /// The body font size in half-points: the Body style's, else Normal's, else the document defaults', else
  /// WordprocessingML's own default of 10 pt.
  var bodyHalfPoints: Int {
    for id in ["Body", "Normal"] {
      if let style = Self.element("w:style", containing: "w:styleId=\"\(id)\"", in: styles),
        let size = Self.halfPoints(in: style)
      {
        return size
      }
    }
    if let defaults = Self.element("w:rPrDefault", containing: "", in: styles), let size = Self.halfPoints(in: defaults) {
      return size
    }
    return 20
  }

  /// Chinese warnings, without trailing 。, for a page that is not A4 portrait and a body that is not 三号.
  var gongwenWarnings: [String] {
    var warnings: [String] = []
    if let page = section?.pageSize, let width = Self.integer("w:w", in: page), let height = Self.integer("w:h", in: page),
      abs(width - GongwenLayout.pageWidth) > 20 || abs(height - GongwenLayout.pageHeight) > 20
    {
      warnings.append("参考文档的纸张为 \(Self.paperName(width: width, height: height))，不符合 GB/T 9704 的 A4（210 × 297 毫米）纵向纸张")
    }
    let size = bodyHalfPoints
    if size != GongwenLayout.bodySize {
      warnings.append("参考文档的正文字号为 \(Self.sizeName(halfPoints: size))，不符合 GB/T 9704 的三号（16 磅）")
    }
    return warnings
  }

  /// A paper's common name when it has one (Letter, A3…), with its size in millimetres.
  static func paperName(width: Int, height: Int) -> String {
    let known = [
      (12240, 15840, "Letter"), (12240, 20160, "Legal"), (16838, 23811, "A3"), (8391, 11906, "A5"),
      (9979, 14175, "B5"), (10319, 14571, "B5（JIS）"), (11906, 16838, "A4 横向"),
    ]
    let millimetres = { (twips: Int) in String(format: "%.0f", Double(twips) / 56.6929) }
    let size = "\(millimetres(min(width, height))) × \(millimetres(max(width, height))) 毫米"
    for (shortSide, longSide, name) in known
    where abs(min(width, height) - shortSide) <= 20 && abs(max(width, height) - longSide) <= 20 {
      let orientation = width > height && !name.contains("横向") ? " 横向" : ""
      return name == "A4 横向" ? "A4 横向（\(size)）" : "\(name)\(orientation)（\(size)）"
    }
    return size
  }

  /// `12 磅（小四）`: points with the Chinese size name when there is one.
  static func sizeName(halfPoints: Int) -> String {
    let names = [84: "初号", 72: "小初", 52: "一号", 48: "小一", 44: "二号", 36: "小二", 32: "三号", 30: "小三",
      28: "四号", 24: "小四", 21: "五号", 18: "小五"]
    let points = halfPoints % 2 == 0 ? "\(halfPoints / 2)" : "\(halfPoints / 2).5"
    return names[halfPoints].map { "\(points) 磅（\($0)）" } ?? "\(points) 磅"
  }

  private static func halfPoints(in xml: String) -> Int? {
    guard let rPr = element("w:rPr", containing: "", in: xml),
      let size = element("w:sz", containing: "", in: rPr)
    else { return nil }
    return integer("w:val", in: size)
  }

  /// The first `<name …>…</name>` (or `<name …/>`) whose start tag contains `marker`.
  private static func element(_ name: String, containing marker: String, in xml: String) -> String? {
    var searchStart = xml.startIndex
    while let open = xml.range(of: "<" + name, range: searchStart..<xml.endIndex) {
      searchStart = open.upperBound
      guard let next = xml[open.upperBound...].first, " />\n\t".contains(next),
        let tagEnd = xml.range(of: ">", range: open.upperBound..<xml.endIndex)
      else { continue }
      let tag = xml[open.lowerBound..<tagEnd.upperBound]
      guard marker.isEmpty || tag.contains(marker) else { continue }
      if tag.hasSuffix("/>") { return String(tag) }
      let close = xml.range(of: "</" + name + ">", range: tagEnd.upperBound..<xml.endIndex)
      return String(xml[open.lowerBound..<(close?.upperBound ?? xml.endIndex)])
    }
    return nil
  }

  private static func integer(_ attribute: String, in tag: String) -> Int? {
    guard let start = tag.range(of: " " + attribute + "=\"") else { return nil }
    let digits = tag[start.upperBound...].prefix { $0 != "\"" }
    return Int(digits)
  }
}
