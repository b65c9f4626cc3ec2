import FazhiCore
import Foundation

/// HTML：the report as one standalone page (inline CSS, no scripts, no fetched fonts or other requests).
///
/// On screen it reads as a comfortable article with a table of contents; printed, `@media print` reproduces
/// the GB/T 9704 公文 layout: A4 with 37/26/35/28 mm margins, 3号仿宋 body on a 28.95 pt line (22 lines a page),
/// 2号小标宋 title, 黑体 and 楷体 headings, two-character first-line indents, 落款 and date right-aligned.
/// Headings carry ids `h-1`, `h-1-2`, `h-1-2-3`… from their position in the outline.
public struct HTMLWriter: DocumentWriter {
  /// Whether to put a table of contents (目录) before the report; it is never printed.
  public var includesTableOfContents: Bool

  public init(includesTableOfContents: Bool = true) {
    self.includesTableOfContents = includesTableOfContents
  }

  public var format: OutputFormat { .html }

  public func write(_ document: RenderedDocument) throws -> WrittenOutput {
    let (doc, warnings) = document.cleanedForWriting()
    var ids = HeadingIDs()
    var toc: [String] = []
    var body = opening(doc)
    for block in doc.blocks {
      switch block {
      case .heading(let level, let number, let text):
        let id = ids.next(level: level)
        let tag = "h\(level + 1)"
        let label = "<span class=\"number\">\(Self.escape(number))</span>\(Self.escapeLines(text))"
        body.append("<\(tag) id=\"\(id)\" class=\"level-\(level)\">\(label)</\(tag)>")
        toc.append("<li class=\"toc-\(level)\"><a href=\"#\(id)\">\(label)</a></li>")
      case .paragraph(let lead, let text):
        body.append(paragraph(lead: lead.map { ($0, ids.next(level: $0.level)) }, text: text))
      case .table(let caption, let rows):
        body.append(table(caption: caption, rows: rows))
      }
    }
    body += closing(doc)
    return WrittenOutput(data: Data(page(title: doc.title, toc: toc, body: body).utf8), warnings: warnings)
  }

  /// Heading ids from the position in the outline: `h-1`, `h-1-2`, `h-1-2-3`; a heading restarts the count
  /// below its level.
  struct HeadingIDs {
    var counters = [0, 0, 0, 0]

    mutating func next(level: Int) -> String {
      counters[level - 1] += 1
      for deeper in level..<4 { counters[deeper] = 0 }
      return "h-" + counters[0..<level].map(String.init).joined(separator: "-")
    }
  }

  /// The title (its line breaks kept) and the recipients.
  func opening(_ doc: RenderedDocument) -> [String] {
    let titleHTML = doc.title.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Self.escape(String($0)) }.joined(separator: "<br>")
    var html = ["<h1 class=\"title\">\(titleHTML)</h1>"]
    if let recipients = doc.recipients, !recipients.isEmpty {
      html.append("<p class=\"recipients\">\(Self.escapeLines(recipients))：</p>")
    }
    return html
  }

  /// A body paragraph, opened by its run-in heading (with that heading's id) when it has one.
  func paragraph(lead: (heading: RunInHeading, id: String)?, text: String) -> String {
    var html = "<p class=\"body\">"
    if let lead {
      // A heading to screen readers too, at the level its own line would have (level 3 → h4).
      html +=
        "<span id=\"\(lead.id)\" class=\"run-in level-\(lead.heading.level)\" role=\"heading\" aria-level=\"\(lead.heading.level + 1)\">"
        + Self.escapeLines(PlainTextWriter.runIn(lead.heading)) + "</span>"
    }
    return html + Self.escapeLines(text) + "</p>"
  }

  /// A table whose first row is the header.
  func table(caption: String?, rows: [[String]]) -> String {
    var html = "<table>"
    if let caption, !caption.isEmpty { html += "<caption>\(Self.escapeLines(caption))</caption>" }
    if let header = rows.first {
      html += "<thead><tr>" + header.map { "<th>\(Self.escapeLines($0))</th>" }.joined() + "</tr></thead>"
    }
    if rows.count > 1 {
      html += "<tbody>"
      for row in rows.dropFirst() {
        html += "<tr>" + row.map { "<td>\(Self.escapeLines($0))</td>" }.joined() + "</tr>"
      }
      html += "</tbody>"
    }
    return html + "</table>"
  }

  /// 落款 and date, right-aligned; the first of them keeps its distance from the body.
  func closing(_ doc: RenderedDocument) -> [String] {
    var html: [String] = []
    for line in doc.signature {
      html.append("<p class=\"signature\(html.isEmpty ? " closing" : "")\">\(Self.escapeLines(line))</p>")
    }
    if let date = doc.date {
      html.append("<p class=\"date\(html.isEmpty ? " closing" : "")\">\(Self.escapeLines(date))</p>")
    }
    return html
  }

  /// The standalone page around the body, with the table of contents when asked for and there are headings.
  func page(title: String, toc: [String], body: [String]) -> String {
    var page = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="fazhi \(FazhiVersion.current)">
      <title>\(Self.escape(title.replacingOccurrences(of: "\n", with: "")))</title>
      <style>
      \(Self.css)</style>
      </head>
      <body>

      """
    if includesTableOfContents && !toc.isEmpty {
      page +=
        "<nav class=\"toc\" aria-label=\"目录\">\n<h2>目录</h2>\n<ol>\n" + toc.joined(separator: "\n")
        + "\n</ol>\n</nav>\n"
    }
    return page + "<main class=\"document\">\n" + body.joined(separator: "\n") + "\n</main>\n</body>\n</html>\n"
  }

  /// Escapes text for element content and attribute values.
  static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }

  /// Escapes text and keeps its own line breaks.
  static func escapeLines(_ text: String) -> String {
    MarkupEscaping.escape(text, lineBreak: "<br>")
  }

  static let fangSong =
    "\"FangSong_GB2312\", \"仿宋_GB2312\", \"FangSong\", \"仿宋\", \"STFangsong\", \"Noto Serif CJK SC\", serif"
  static let xiaoBiaoSong = "\"方正小标宋简体\", \"FZXiaoBiaoSong-B05S\", \"小标宋\", \"Noto Serif CJK SC\", serif"
  static let heiTi = "\"SimHei\", \"黑体\", \"Noto Sans CJK SC\", sans-serif"
  static let kaiTi = "\"KaiTi_GB2312\", \"楷体_GB2312\", \"KaiTi\", \"楷体\", \"Noto Serif CJK SC\", serif"

  private static let pageNumber =
    "content: \"— \" counter(page) \" —\"; font-family: \"SimSun\", \"宋体\", \"Noto Serif CJK SC\", serif; "
    + "font-size: 14pt; vertical-align: top; padding-top: 7mm;"

  static let css = """
    :root { color-scheme: light; }
    body { margin: 0; background: #f4f1ea; color: #1d1d1f;
      font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
      font-size: 18px; line-height: 1.9; }
    .toc { max-width: 44em; margin: 2em auto 0; padding: 1em 2em; background: #fffdf8;
      border: 1px solid #e2dccf; border-radius: 6px; font-size: 0.9em; }
    .toc h2 { margin: 0 0 0.5em; font-size: 1.1em; font-family: \(heiTi); }
    .toc ol { list-style: none; margin: 0; padding: 0; }
    .toc li { margin: 0.15em 0; }
    .toc .toc-2 { padding-left: 2em; } .toc .toc-3 { padding-left: 4em; } .toc .toc-4 { padding-left: 6em; }
    .toc a { color: #8a1c12; text-decoration: none; }
    .toc a:hover { text-decoration: underline; }
    .document { max-width: 40em; margin: 2em auto 4em; padding: 3em 3.5em; background: #fffefa;
      box-shadow: 0 1px 6px rgba(0, 0, 0, 0.12); }
    .document h1, .document h2, .document h3, .document h4, .document h5 { font-size: 1em; margin: 0.6em 0 0.2em; }
    .document h1.title { font-family: \(xiaoBiaoSong); font-size: 1.6em; font-weight: normal; text-align: center;
      line-height: 1.5; margin: 0 0 1em; }
    .document h2 { font-family: \(heiTi); font-weight: normal; }
    .document h3 { font-family: \(kaiTi); font-weight: normal; }
    .document h4 { font-weight: bold; }
    .document h5 { font-weight: normal; }
    .document h2, .document h3, .document h4, .document h5, .document p { text-indent: 2em; }
    .document p { margin: 0 0 0.4em; text-align: justify; }
    .document p.recipients { text-indent: 0; }
    .run-in.level-1 { font-family: \(heiTi); } .run-in.level-2 { font-family: \(kaiTi); }
    .run-in.level-3 { font-weight: bold; }
    .document p.signature, .document p.date { text-align: right; text-indent: 0; }
    .document p.signature { padding-right: 2em; } .document p.date { padding-right: 4em; }
    .document p.closing { margin-top: 2em; }
    table { border-collapse: collapse; margin: 1em auto; font-size: 0.9em; line-height: 1.5; }
    caption { font-weight: bold; margin-bottom: 0.4em; }
    th, td { border: 1px solid #8c8c8c; padding: 0.3em 0.7em; text-align: center; }
    th { background: #f1ede4; }
    :target { background: #fff3c4; }
    @media (max-width: 700px) {
      body { font-size: 16px; }
      .document { padding: 1.5em 1.2em; margin: 0; box-shadow: none; }
      .toc { margin: 0; border-radius: 0; }
    }
    @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
    /* Page numbers `— 1 —` in 4号宋体 7 mm below the 版心, one character in from the outer edge: right on odd
       (right-hand) pages, left on even ones (GB/T 9704 7.5). Margin boxes print in Chromium 131 and later. */
    @page :right { @bottom-right { \(pageNumber) padding-right: 14pt; text-align: right; } }
    @page :left { @bottom-left { \(pageNumber) padding-left: 14pt; text-align: left; } }
    @media print {
      body { background: none; color: #000; font-family: \(fangSong); font-size: 16pt; line-height: 28.9pt; }
      /* 28 characters of 16 pt in the 156 mm line, like Word's character grid. */
      .document p, .document h2, .document h3, .document h4, .document h5 { letter-spacing: -0.25pt; }
      .toc { display: none; }
      .document { max-width: none; margin: 0; padding: 0; background: none; box-shadow: none; }
      .document h1, .document h2, .document h3, .document h4, .document h5, .document p {
        margin: 0; font-size: 16pt; line-height: 28.9pt; orphans: 2; widows: 2; }
      .document h1.title { font-family: \(xiaoBiaoSong); font-size: 22pt; line-height: 28.9pt;
        text-indent: 0; text-align: center; margin-bottom: 28.9pt; }
      .document h2 { font-family: \(heiTi); page-break-after: avoid; break-after: avoid; }
      .document h3 { font-family: \(kaiTi); page-break-after: avoid; break-after: avoid; }
      .document h4, .document h5 { font-family: \(fangSong); page-break-after: avoid; break-after: avoid; }
      .document p.closing { margin-top: 28.9pt; }
      :target { background: none; }
      table { font-size: 14pt; line-height: 1.4; page-break-inside: auto; }
      th { background: none; }
      th, td { border-color: #000; }
    }

    """
}
