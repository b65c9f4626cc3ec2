import Foundation

/// The named styles of a fazhi .docx (`word/styles.xml`).
///
/// Every font, size, indent and spacing lives here, never on a paragraph or run of `document.xml`, so a secretary
/// who changes 正文 (Body) or 标题 1 in Word or WPS sees every paragraph of that kind change. Styles Word knows
/// by name (Normal, Title, heading 1–4, Signature, Date, footer, Table Grid) keep their built-in names so Word
/// shows them translated (正文, 标题, 标题 1…); fazhi's own styles are marked `w:customStyle`.
enum DocxStyles {
  /// One style: its id (what `w:pStyle` names) and its XML.
  typealias Definition = (id: String, xml: String)

  /// The whole `styles.xml` for a body character `characterTwips` wide (3号 = 320).
  static func document(characterTwips: Int = GongwenLayout.characterWidth) -> String {
    DocxParts.xmlHeader + "<w:styles xmlns:w=\"\(DocxParts.wordNamespace)\">" + docDefaults
      + definitions(characterTwips: characterTwips).map(\.xml).joined() + "</w:styles>"
  }

  private static func fonts(_ eastAsia: String) -> String {
    "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"\(eastAsia)\" w:hAnsi=\"Times New Roman\" "
      + "w:cs=\"Times New Roman\"/>"
  }

  private static func size(_ halfPoints: Int) -> String {
    "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
  }

  private static let exactLine =
    "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"\(GongwenLayout.linePitch)\" w:lineRule=\"exact\"/>"

  /// Indents in characters (`w:…Chars`, hundredths of a character) for Word and WPS, which follow the body
  /// size, and in twips for LibreOffice before 24.2, which ignores the `Chars` forms.
  static func indent(firstLineCharacters: Int? = nil, rightCharacters: Double? = nil, characterTwips: Int) -> String {
    var attributes = ""
    if let first = firstLineCharacters {
      attributes += " w:firstLineChars=\"\(first * 100)\" w:firstLine=\"\(first * characterTwips)\""
    }
    if let right = rightCharacters {
      let hundredths = Int((right * 100).rounded())
      attributes += " w:rightChars=\"\(hundredths)\" w:right=\"\(hundredths * characterTwips / 100)\""
    }
    return "<w:ind\(attributes)/>"
  }

  /// The defaults every style inherits: 3号仿宋 with the tracking that fits 28 characters in the line, exact
  /// grid line spacing, justified.
  ///
  /// `w:overflowPunct` on is Word's own default (a mark that falls at the line end hangs into the margin and is
  /// drawn there). It is written out because LibreOffice reads the element inverted (`overflowPunct` on turns
  /// its hanging punctuation off, see writerfilter's `LN_CT_PPrBase_overflowPunct`), and LibreOffice's hanging
  /// marks are not drawn in its PDFs: with it written, LibreOffice carries the character before the mark to the
  /// next line instead, so every ，、。 is printed while lines keep 28 characters.
  static let docDefaults =
    "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("仿宋_GB2312")
    + "<w:spacing w:val=\"\(GongwenLayout.characterSpacing)\"/>" + size(GongwenLayout.bodySize)
    + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    + "<w:pPrDefault><w:pPr><w:overflowPunct w:val=\"1\"/>" + exactLine
    + "<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"

  private static func paragraphStyle(
    _ id: String, name: String, custom: Bool = false, basedOn: String? = "Normal", isDefault: Bool = false,
    next: String? = nil, link: String? = nil, pPr: String = "", rPr: String = ""
  ) -> Definition {
    var xml = "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "")
      + (custom ? " w:customStyle=\"1\"" : "") + " w:styleId=\"\(id)\">"
    xml += "<w:name w:val=\"\(name)\"/>"
    if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
    if let next { xml += "<w:next w:val=\"\(next)\"/>" }
    if let link { xml += "<w:link w:val=\"\(link)\"/>" }
    xml += "<w:qFormat/>"
    if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
    if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
    return (id, xml + "</w:style>")
  }

  private static func characterStyle(_ id: String, name: String, link: String, rPr: String) -> Definition {
    (
      id,
      "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        + "<w:link w:val=\"\(link)\"/><w:rPr>\(rPr)</w:rPr></w:style>"
    )
  }

  /// Every style fazhi uses; a reference document gets those it lacks.
  static func definitions(characterTwips: Int = GongwenLayout.characterWidth) -> [Definition] {
    let pitch = GongwenLayout.linePitch
    let twoCharacters = indent(firstLineCharacters: 2, characterTwips: characterTwips)
    let rightTwo = indent(rightCharacters: 2, characterTwips: characterTwips)
    return [
      paragraphStyle(
        "Normal", name: "Normal", basedOn: nil, isDefault: true,
        pPr: exactLine + "<w:jc w:val=\"both\"/>", rPr: fonts("仿宋_GB2312") + size(GongwenLayout.bodySize)),
      // Off the grid, so that the 2号 line takes one grid line and its spacing after exactly one more: one
      // blank line before 主送 (GB/T 9704 7.3.2). On the grid LibreOffice gives the title two lines.
      paragraphStyle(
        "Title", name: "Title", next: "Recipients",
        pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"\(pitch)\" w:line=\"\(pitch)\" "
          + "w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/><w:jc w:val=\"center\"/>"
          + "<w:outlineLvl w:val=\"9\"/>",
        rPr: fonts("方正小标宋简体") + size(44)),
      paragraphStyle("Body", name: "Body", custom: true, next: "Body", pPr: twoCharacters),
      paragraphStyle(
        "Recipients", name: "Recipients", custom: true, next: "Body",
        pPr: "<w:ind w:firstLine=\"0\" w:firstLineChars=\"0\"/>"),
      // 落款 one line below the text, 右空二字 (GB/T 9704 7.3.5.2); the date on the next line. A block whose
      // date is not right under the 落款 this way gets its own right indent (DocxClosing).
      paragraphStyle(
        "Signature", name: "Signature", next: "Date",
        pPr: "<w:spacing w:before=\"\(pitch)\"/>" + rightTwo + "<w:jc w:val=\"right\"/>"),
      paragraphStyle("Date", name: "Date", next: "Body", pPr: rightTwo + "<w:jc w:val=\"right\"/>"),
      paragraphStyle(
        "TableCaption", name: "Table Caption", custom: true, next: "Body",
        pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:bCs/>" + size(28)),
      paragraphStyle(
        "TableText", name: "Table Text", custom: true,
        pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"400\" w:lineRule=\"exact\"/>"
          + "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rPr: size(28)),
      paragraphStyle(
        "TableHeading", name: "Table Heading", custom: true, basedOn: "TableText", rPr: "<w:b/><w:bCs/>"),
      // Page numbers `— 1 —` in 4号宋体, one 4号 character in from the right edge on odd pages, from the left
      // on even pages (GB/T 9704 7.5).
      paragraphStyle(
        "Footer", name: "footer",
        pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"
          + "<w:ind w:left=\"0\" w:right=\"280\" w:firstLine=\"0\"/><w:jc w:val=\"right\"/>",
        rPr: "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\" w:cs=\"宋体\"/>" + size(28)),
      paragraphStyle(
        "FooterEven", name: "Footer Even", custom: true, basedOn: "Footer",
        pPr: "<w:ind w:left=\"280\" w:right=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"left\"/>"),
    ] + headings(indent: twoCharacters) + [tableGrid]
  }

  /// 标题 1–4: 黑体, 楷体, 仿宋 bold, 仿宋 (GB/T 9704 7.3.3 practice), each with the character style that
  /// run-in headings use.
  private static func headings(indent: String) -> [Definition] {
    let headingFonts = ["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"]
    return (1...4).flatMap { level -> [Definition] in
      let bold = level == 3 ? "<w:b/><w:bCs/>" : ""
      let rPr = fonts(headingFonts[level - 1]) + bold + size(GongwenLayout.bodySize)
      return [
        paragraphStyle(
          "Heading\(level)", name: "heading \(level)", next: "Body", link: "Heading\(level)Char",
          pPr: "<w:keepNext/>" + indent + "<w:outlineLvl w:val=\"\(level - 1)\"/>", rPr: rPr),
        characterStyle("Heading\(level)Char", name: "Heading \(level) Char", link: "Heading\(level)", rPr: rPr),
      ]
    }
  }

  private static let tableGrid: Definition = {
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    return (
      "TableGrid",
      "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
        + "<w:tblPr><w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
        + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"
        + "<w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
        + "</w:tblPr></w:style>"
    )
  }()
}
