import Foundation

/// Writes minimal PDF files by hand: pages with ASCII text lines in Helvetica, or no text at all (as a
/// scan without a text layer looks to `pdftotext`).
enum PDFFixture {
  static func make(pages: [[String]]) -> Data {
    var objects: [String] = []
    let pageCount = pages.count
    let fontObject = 3 + 2 * pageCount
    objects.append("<< /Type /Catalog /Pages 2 0 R >>")
    let kids = (0..<pageCount).map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
    objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
    for (index, lines) in pages.enumerated() {
      let content = lines.enumerated().map { number, line in
        "BT /F1 12 Tf 72 \(760 - 16 * number) Td (\(line)) Tj ET"
      }.joined(separator: "\n")
      objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(4 + 2 * index) 0 R "
          + "/Resources << /Font << /F1 \(fontObject) 0 R >> >> >>")
      objects.append("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream")
    }
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    var output = "%PDF-1.4\n"
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(output.utf8.count)
      output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
    }
    let xref = output.utf8.count
    output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
    output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Data(output.utf8)
  }

  static func write(_ data: Data, name: String) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("docreaders-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let url = directory.appendingPathComponent(name)
    try data.write(to: url)
    return url
  }
}
