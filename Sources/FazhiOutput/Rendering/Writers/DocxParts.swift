import Foundation
import FazhiCore
import FazhiInput
import FazhiChecks

/// The fixed parts of a fazhi .docx: package plumbing, styles, settings, fonts and page-number footers.
enum DocxParts {
  static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let officeDocumentType = "application/vnd.openxmlformats-officedocument"

  static func contentTypes(hasTheme: Bool) -> String {
    func override(_ part: String, _ type: String) -> String {
      "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"
    }
    let word = officeDocumentType + ".wordprocessingml"
    return xmlHeader
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + override("/word/document.xml", word + ".document.main+xml")
      + override("/word/styles.xml", word + ".styles+xml")
      + override("/word/settings.xml", word + ".settings+xml")
      + override("/word/fontTable.xml", word + ".fontTable+xml")
      + override("/word/footer1.xml", word + ".footer+xml")
      + override("/word/footer2.xml", word + ".footer+xml")
      + (hasTheme ? override("/word/theme/theme1.xml", officeDocumentType + ".theme+xml") : "")
      + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
      + override("/docProps/app.xml", officeDocumentType + ".extended-properties+xml")
      + "</Types>"
  }

  static let packageRelationships =
    xmlHeader
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"word/document.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
    + "core-properties\" Target=\"docProps/core.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"\(relationshipNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
    + "</Relationships>"

  static func documentRelationships(hasTheme: Bool) -> String {
    func relationship(_ id: String, _ type: String, _ target: String) -> String {
      "<Relationship Id=\"\(id)\" Type=\"\(relationshipNamespace)/\(type)\" Target=\"\(target)\"/>"
    }
    return xmlHeader
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + relationship("rIdStyles", "styles", "styles.xml")
      + relationship("rIdSettings", "settings", "settings.xml")
      + relationship("rIdFontTable", "fontTable", "fontTable.xml")
      + relationship("rIdFooterOdd", "footer", "footer1.xml")
      + relationship("rIdFooterEven", "footer", "footer2.xml")
      + (hasTheme ? relationship("rIdTheme", "theme", "theme/theme1.xml") : "")
      + "</Relationships>"
  }

  static func coreProperties(title: String, date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let stamp = formatter.string(from: date)
    return xmlHeader
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(XMLText.escape(title.replacingOccurrences(of: "\n", with: "")))</dc:title>"
      + "<dc:creator>fazhi</dc:creator><dc:language>zh-CN</dc:language>"
      + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
      + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
      + "</cp:coreProperties>"
  }

  static let appProperties =
    xmlHeader
    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
    + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    + "<Application>fazhi \(FazhiVersion.current)</Application><DocSecurity>0</DocSecurity></Properties>"

  /// `evenAndOddHeaders` lets the odd-page and even-page footers differ (page numbers right / left).
  static let settings =
    xmlHeader
    + "<w:settings xmlns:w=\"\(wordNamespace)\"><w:zoom w:percent=\"100\"/>"
    + "<w:defaultTabStop w:val=\"\(GongwenLayout.characterWidth * 2)\"/><w:evenAndOddHeaders/>"
    + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
    + "w:val=\"15\"/></w:compat><w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>"

  /// The 公文 fonts with the fallbacks Word and WPS use when a GB2312-era font is not installed.
  static let fontTable: String = {
    func font(_ name: String, alt: String?, charset: String, family: String, pitch: String) -> String {
      "<w:font w:name=\"\(name)\">" + (alt.map { "<w:altName w:val=\"\($0)\"/>" } ?? "")
        + "<w:charset w:val=\"\(charset)\"/><w:family w:val=\"\(family)\"/><w:pitch w:val=\"\(pitch)\"/></w:font>"
    }
    return xmlHeader + "<w:fonts xmlns:w=\"\(wordNamespace)\">"
      + font("Times New Roman", alt: nil, charset: "00", family: "roman", pitch: "variable")
      + font("仿宋_GB2312", alt: "仿宋", charset: "86", family: "modern", pitch: "fixed")
      + font("仿宋", alt: "FangSong", charset: "86", family: "modern", pitch: "fixed")
      + font("方正小标宋简体", alt: "华文中宋", charset: "86", family: "script", pitch: "fixed")
      + font("华文中宋", alt: "宋体", charset: "86", family: "auto", pitch: "variable")
      + font("楷体_GB2312", alt: "楷体", charset: "86", family: "modern", pitch: "fixed")
      + font("楷体", alt: "KaiTi", charset: "86", family: "modern", pitch: "fixed")
      + font("黑体", alt: "SimHei", charset: "86", family: "modern", pitch: "fixed")
      + font("宋体", alt: "SimSun", charset: "86", family: "auto", pitch: "variable")
      + "</w:fonts>"
  }()

  /// Page number `— 1 —` in 4号 宋体, one character in from the right (odd pages) or left (even pages) edge.
  static func footer(oddPage: Bool) -> String {
    let rPr =
      "<w:rPr><w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\" w:cs=\"宋体\"/>"
      + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
    let indent = oddPage ? "<w:ind w:right=\"280\"/>" : "<w:ind w:left=\"280\"/>"
    return xmlHeader
      + "<w:ftr xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
      + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:snapToGrid w:val=\"0\"/>\(indent)"
      + "<w:jc w:val=\"\(oddPage ? "right" : "left")\"/></w:pPr>"
      + "<w:r>\(rPr)<w:t xml:space=\"preserve\">— </w:t></w:r>"
      + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r>\(rPr)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
      + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
      + "<w:r>\(rPr)<w:t>\(oddPage ? "1" : "2")</w:t></w:r>"
      + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"end\"/></w:r>"
      + "<w:r>\(rPr)<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>"
  }

  // MARK: Styles

  static var styles: String {
    xmlHeader + "<w:styles xmlns:w=\"\(wordNamespace)\">" + docDefaults
      + styleDefinitions.map(\.xml).joined() + "</w:styles>"
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
  private static let twoCharacterIndent =
    "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(GongwenLayout.characterWidth * 2)\"/>"

  static let docDefaults =
    "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts("仿宋_GB2312")
    + "<w:spacing w:val=\"\(GongwenLayout.characterSpacing)\"/>" + size(GongwenLayout.bodySize)
    + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    + "<w:pPrDefault><w:pPr>" + exactLine + "<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"

  /// (styleId, XML) of every style fazhi uses; a reference document gets those it lacks.
  static let styleDefinitions: [(id: String, xml: String)] = {
    func paragraphStyle(
      _ id: String, name: String, basedOn: String? = "Normal", isDefault: Bool = false, next: String? = nil,
      link: String? = nil, pPr: String = "", rPr: String = ""
    ) -> (id: String, xml: String) {
      var xml = "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\">"
      xml += "<w:name w:val=\"\(name)\"/>"
      if let basedOn { xml += "<w:basedOn w:val=\"\(basedOn)\"/>" }
      if let next { xml += "<w:next w:val=\"\(next)\"/>" }
      if let link { xml += "<w:link w:val=\"\(link)\"/>" }
      xml += "<w:qFormat/>"
      if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
      if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
      return (id, xml + "</w:style>")
    }
    func characterStyle(_ id: String, name: String, link: String, rPr: String) -> (id: String, xml: String) {
      (
        id,
        "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
          + "<w:link w:val=\"\(link)\"/><w:rPr>\(rPr)</w:rPr></w:style>"
      )
    }
    let headingFonts = ["黑体", "楷体_GB2312", "仿宋_GB2312", "仿宋_GB2312"]
    var styles = [
      paragraphStyle(
        "Normal", name: "Normal", basedOn: nil, isDefault: true,
        pPr: exactLine + "<w:jc w:val=\"both\"/>", rPr: fonts("仿宋_GB2312") + size(GongwenLayout.bodySize)),
      paragraphStyle(
        "Title", name: "Title", next: "Recipients",
        pPr: "<w:spacing w:before=\"0\" w:after=\"\(GongwenLayout.linePitch)\" w:line=\"\(GongwenLayout.linePitch)\" "
          + "w:lineRule=\"exact\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"9\"/>",
        rPr: fonts("方正小标宋简体") + size(44)),
      paragraphStyle("Body", name: "Body", next: "Body", pPr: twoCharacterIndent),
      paragraphStyle("Recipients", name: "Recipients", next: "Body", pPr: "<w:ind w:firstLine=\"0\"/>"),
      paragraphStyle(
        "Signature", name: "Signature", next: "Date",
        pPr: "<w:spacing w:before=\"\(GongwenLayout.linePitch)\"/><w:ind w:rightChars=\"200\" "
          + "w:right=\"\(GongwenLayout.characterWidth * 2)\"/><w:jc w:val=\"right\"/>"),
      paragraphStyle(
        "Date", name: "Date", next: "Body",
        pPr: "<w:ind w:rightChars=\"400\" w:right=\"\(GongwenLayout.characterWidth * 4)\"/><w:jc w:val=\"right\"/>"),
      paragraphStyle(
        "TableCaption", name: "Table Caption", next: "Body",
        pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: "<w:b/><w:bCs/>" + size(28)),
      paragraphStyle(
        "TableText", name: "Table Text",
        pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"400\" w:lineRule=\"exact\"/>"
          + "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rPr: size(28)),
      paragraphStyle(
        "Footer", name: "footer", pPr: "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>",
        rPr: "<w:rFonts w:ascii=\"宋体\" w:eastAsia=\"宋体\" w:hAnsi=\"宋体\"/>" + size(28)),
    ]
    for level in 1...4 {
      let bold = level == 3 ? "<w:b/><w:bCs/>" : ""
      let rPr = fonts(headingFonts[level - 1]) + bold + size(GongwenLayout.bodySize)
      styles.append(
        paragraphStyle(
          "Heading\(level)", name: "heading \(level)", next: "Body", link: "Heading\(level)Char",
          pPr: "<w:keepNext/>" + twoCharacterIndent + "<w:outlineLvl w:val=\"\(level - 1)\"/>", rPr: rPr))
      styles.append(
        characterStyle("Heading\(level)Char", name: "Heading \(level) Char", link: "Heading\(level)", rPr: rPr))
    }
    styles.append(
      (
        "TableGrid",
        "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
          + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
          + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
          + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
          + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
          + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
          + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/></w:tblBorders>"
          + "<w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"
          + "</w:tblPr></w:style>"
      ))
    return styles
  }()
}
