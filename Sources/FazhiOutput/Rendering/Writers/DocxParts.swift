import Foundation
import FazhiCore
import FazhiInput
import FazhiChecks

/// The fixed parts of a fazhi .docx: package plumbing, properties, settings, fonts and page-number footers.
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

  /// `docProps/core.xml`: the title and author Word shows under 文件 › 信息, from the report itself (标题 and
  /// 落款), and its creation date: the 成文日期, so drafting the same data twice gives the same bytes.
  static func coreProperties(title: String, creator: String?, date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let stamp = formatter.string(from: date)
    let creatorElement = creator.map { "<dc:creator>\(XMLText.escape($0))</dc:creator>" } ?? ""
    return xmlHeader
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
      + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + "<dc:title>\(XMLText.escape(title.replacingOccurrences(of: "\n", with: "")))</dc:title>"
      + creatorElement + "<dc:language>zh-CN</dc:language>"
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

  /// Page number `— 1 —`; the Footer and FooterEven styles place it (right on odd pages, left on even pages).
  static func footer(oddPage: Bool) -> String {
    func run(_ content: String) -> String { "<w:r>\(content)</w:r>" }
    return xmlHeader
      + "<w:ftr xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
      + "<w:p><w:pPr><w:pStyle w:val=\"\(oddPage ? "Footer" : "FooterEven")\"/></w:pPr>"
      + run("<w:t xml:space=\"preserve\">— </w:t>")
      + run("<w:fldChar w:fldCharType=\"begin\"/>")
      + run("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
      + run("<w:fldChar w:fldCharType=\"separate\"/>")
      + run("<w:t>\(oddPage ? "1" : "2")</w:t>")
      + run("<w:fldChar w:fldCharType=\"end\"/>")
      + run("<w:t xml:space=\"preserve\"> —</w:t>") + "</w:p></w:ftr>"
  }
}
