import Foundation
import ZIPFoundation
import FazhiCore

/// Word（.docx）：the report as a WordprocessingML package laid out per GB/T 9704-2012 《党政机关公文格式》.
///
/// A4, margins 37/35/28/26 mm (top/bottom/left/right), 22 lines of 28 characters on a line grid, characters spaced to fit 28 a line, with
/// exact 28.95 pt line spacing; 2号小标宋 title, 3号仿宋_GB2312 body, 黑体 / 楷体_GB2312 / 仿宋 (bold) / 仿宋
/// headings; every body paragraph indented two characters; 4号宋体 page numbers `— 1 —`, right on odd pages and
/// left on even pages. All of it lives in named styles (DocxStyles: Title, Heading1–4, Body, Recipients,
/// Signature, Date, TableText…), so changing a style in Word or WPS, or a reference document, restyles the report.
///
/// With a `referenceDocument`, its `word/styles.xml`, font table, theme and the page size, margins and grid of its
/// last section replace fazhi's (styles it lacks are added, indented in the reference's body size) — the way
/// pandoc's `--reference-doc` works; a page other than A4 or a body other than 三号 is used but warned about.
/// The bytes are deterministic: the package's dates are the 成文日期 (or `timestamp`).
public struct DocxWriter: DocumentWriter {
  /// A .docx whose styles and page setup replace fazhi's defaults, or nil.
  public var referenceDocument: URL?
  /// The date written into the zip entries and `docProps/core.xml`; nil takes the report's 成文日期, or
  /// `fixedTimestamp` when it has none (fixed either way, so output is reproducible).
  public var timestamp: Date?

  /// 2000-01-01T00:00:00Z: the date of a report without 成文日期.
  public static let fixedTimestamp = Date(timeIntervalSince1970: 946_684_800)

  public init(referenceDocument: URL? = nil, timestamp: Date? = nil) {
    self.referenceDocument = referenceDocument
    self.timestamp = timestamp
  }

  public var format: OutputFormat { .docx }

  public func write(_ document: RenderedDocument) throws -> WrittenOutput {
    var (doc, warnings) = document.cleanedForWriting()
    let reference = try referenceDocument.map { try DocxReference(url: $0) }
    let characterTwips = (reference?.bodyHalfPoints ?? GongwenLayout.bodySize) * 10
    let body = DocxBody(characterTwips: characterTwips).xml(for: doc, section: sectionProperties(reference))
    let date = timestamp ?? Self.date(of: doc)

    var styles = DocxStyles.document(characterTwips: characterTwips)
    if let reference {
      styles = reference.mergedStyles(adding: DocxStyles.definitions(characterTwips: characterTwips))
      warnings += reference.gongwenWarnings
    }
    let creator = doc.signature.isEmpty ? nil : doc.signature.joined(separator: "、")
    var parts: [(path: String, data: Data)] = [
      ("[Content_Types].xml", Data(DocxParts.contentTypes(hasTheme: reference?.theme != nil).utf8)),
      ("_rels/.rels", Data(DocxParts.packageRelationships.utf8)),
      ("docProps/core.xml", Data(DocxParts.coreProperties(title: doc.title, creator: creator, date: date).utf8)),
      ("docProps/app.xml", Data(DocxParts.appProperties.utf8)),
      ("word/document.xml", Data(body.utf8)),
      ("word/styles.xml", Data(styles.utf8)),
      ("word/settings.xml", Data(DocxParts.settings.utf8)),
      ("word/fontTable.xml", reference?.fontTable ?? Data(DocxParts.fontTable.utf8)),
      ("word/footer1.xml", Data(DocxParts.footer(oddPage: true).utf8)),
      ("word/footer2.xml", Data(DocxParts.footer(oddPage: false).utf8)),
    ]
    if let theme = reference?.theme { parts.append(("word/theme/theme1.xml", theme)) }
    parts.append(
      ("word/_rels/document.xml.rels", Data(DocxParts.documentRelationships(hasTheme: reference?.theme != nil).utf8)))
    return WrittenOutput(data: try zip(parts, date: date), warnings: warnings)
  }

  /// The 成文日期 at midnight UTC, or `fixedTimestamp` when the report has none that reads as a date.
  static func date(of doc: RenderedDocument) -> Date {
    guard let text = doc.date, let parsed = DateParser.parse(text)?.date, parsed.isValid else { return fixedTimestamp }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .gmt
    let components = DateComponents(year: parsed.year, month: parsed.month, day: parsed.day)
    return calendar.date(from: components) ?? fixedTimestamp
  }

  /// `w:sectPr`: fazhi's GB/T 9704 page, or the reference document's page size, margins and grid.
  private func sectionProperties(_ reference: DocxReference?) -> String {
    let layout = GongwenLayout.self
    var pageSize = "<w:pgSz w:w=\"\(layout.pageWidth)\" w:h=\"\(layout.pageHeight)\"/>"
    var margins =
      "<w:pgMar w:top=\"\(layout.marginTop)\" w:right=\"\(layout.marginRight)\" w:bottom=\"\(layout.marginBottom)\" "
      + "w:left=\"\(layout.marginLeft)\" w:header=\"\(layout.headerDistance)\" w:footer=\"\(layout.footerDistance)\" "
      + "w:gutter=\"0\"/>"
    var grid =
      "<w:docGrid w:type=\"lines\" w:linePitch=\"\(layout.linePitch)\"/>"
    if let section = reference?.section {
      pageSize = section.pageSize ?? pageSize
      margins = section.margins ?? margins
      grid = section.grid ?? grid
    }
    return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
      + "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
      + pageSize + margins + "<w:cols w:space=\"425\"/>" + grid + "</w:sectPr>"
  }

  private func zip(_ parts: [(path: String, data: Data)], date: Date) throws -> Data {
    do {
      let archive = try Archive(data: Data(), accessMode: .create)
      for part in parts {
        let data = part.data
        try archive.addEntry(
          with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
          compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let bytes = archive.data else {
        throw FazhiError(.output, "无法生成 Word 文件：压缩包为空")
      }
      return bytes
    } catch let error as FazhiError {
      throw error
    } catch {
      throw FazhiError(.output, "无法生成 Word 文件：打包失败（\(error)）")
    }
  }
}

/// GB/T 9704-2012 page metrics in twips (1 mm = 56.6929 twips).
enum GongwenLayout {
  static func twips(millimetres: Double) -> Int { Int((millimetres * 56.6929).rounded()) }

  static let pageWidth = 11906
  static let pageHeight = 16838
  static let marginTop = twips(millimetres: 37)
  static let marginBottom = twips(millimetres: 35)
  static let marginLeft = twips(millimetres: 28)
  static let marginRight = twips(millimetres: 26)
  static let headerDistance = twips(millimetres: 15)
  /// The page number's 一字线 sits 7 mm below the 版心: bottom of a 4号 line about 22 mm above the page edge.
  static let footerDistance = twips(millimetres: 22)
  static let linesPerPage = 22
  static let charactersPerLine = 28
  /// Body font size in half-points (3号 = 16 pt).
  static let bodySize = 32
  /// Rounded down so that 22 lines always fit the 225 mm 版心 (579 twips ≈ 28.95 pt).
  static let linePitch = (pageHeight - marginTop - marginBottom) / linesPerPage
  /// Character spacing in twentieths of a point so that 28 3号 characters fit the 156 mm line (442.2 pt):
  /// 28 × (16 − 0.25) = 441 pt. Plain run spacing instead of a character grid, because LibreOffice lays a
  /// grid narrower than the font out at two cells per character (14 a line) while Word compresses it.
  static let characterSpacing: Int = {
    let linePoints = Double(pageWidth - marginLeft - marginRight) / 20
    let perCharacter = linePoints / Double(charactersPerLine) - Double(bodySize) / 2
    return Int((perCharacter * 20).rounded(.down))
  }()
  /// One 3号 character, the unit of the two-character indents.
  static let characterWidth = bodySize * 10
}

/// Escaping for XML text and attribute values. The text is already cleaned of characters XML forbids.
enum XMLText {
  static func escape(_ text: String) -> String { MarkupEscaping.escape(text, apostrophe: "&apos;") }
}
