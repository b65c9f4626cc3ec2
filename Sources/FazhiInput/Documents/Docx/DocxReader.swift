import FazhiCore
import Foundation

/// Reads the body text of a Word 2007+ document (.docx, also as saved by WPS).
///
/// The zip's central directory is checked before anything is inflated (entry count), each XML part is
/// size-capped while inflating, and XML with DOCTYPE/ENTITY declarations is refused. See
/// `DocumentBodyParser` for what counts as visible text. Paragraphs are numbered from 1 in reading order,
/// counting only non-empty body paragraphs and table rows (one per row); that number is 第N段.
public struct DocxReader: Sendable {
  public var limits: ReadLimits

  public init(limits: ReadLimits = .standard) {
    self.limits = limits
  }

  static let documentPart = "word/document.xml"
  static let stylesPart = "word/styles.xml"
  static let numberingPart = "word/numbering.xml"

  /// Reads a .docx held in memory.
  public func read(data: Data) throws(DocumentReadError) -> ReadDocument {
    try refuseIfNotZip(data.prefix(4096), fileName: "")
    return try read(DocxPackage(data: data, limits: limits))
  }

  /// Reads a .docx from disk without loading the compressed file into memory.
  public func read(fileURL: URL) throws(DocumentReadError) -> ReadDocument {
    let head = try Self.readHead(of: fileURL)
    if !DocxPackage.looksLikeZip(head) {
      // Not a zip: read it (size-checked) so the sniffer can say what it is.
      let size = (try? InputFile.size(of: fileURL.path)) ?? 0
      guard size <= limits.maxInputBytes else {
        throw .tooLarge(what: "文件（\(DocumentReadError.megabytes(size))）", limit: limits.maxInputBytes)
      }
      try refuseIfNotZip((try? Data(contentsOf: fileURL)) ?? head, fileName: fileURL.lastPathComponent)
    }
    return try read(DocxPackage(fileURL: fileURL, limits: limits))
  }

  private static func readHead(of fileURL: URL) throws(DocumentReadError) -> Data {
    do {
      let handle = try FileHandle(forReadingFrom: fileURL)
      defer { try? handle.close() }
      return try handle.read(upToCount: 4096) ?? Data()
    } catch {
      throw .unreadableFile("文件不存在或没有读取权限：\(fileURL.path)")
    }
  }

  /// Reads a .docx held in memory with the standard limits.
  public static func read(data: Data) throws(DocumentReadError) -> ReadDocument {
    try DocxReader().read(data: data)
  }

  /// Gives the sniffer's message (legacy .doc, encrypted file, PDF …) for input that is not a zip.
  private func refuseIfNotZip(_ data: Data, fileName: String) throws(DocumentReadError) {
    guard !DocxPackage.looksLikeZip(data) else { return }
    switch DocumentSniffer.sniff(data, fileName: fileName, limits: limits) {
    case .failure(let error): throw error
    case .success(let format): throw .notDocx(actual: format)
    }
  }

  private func read(_ package: DocxPackage) throws(DocumentReadError) -> ReadDocument {
    guard package.contains(Self.documentPart) else { throw .notWordDocument }
    // Styles and numbering first, so their XML is released before the (larger) body is inflated.
    let styles = try readStyles(package)
    let numbering = try readNumbering(package)
    guard let document = try package.read(Self.documentPart) else { throw .notWordDocument }
    let body = DocumentBodyParser(styles: styles, numbering: numbering)
    try XMLPartParser.parse(document, partName: Self.documentPart, handler: body)
    return ReadDocument(format: .docx, paragraphs: body.paragraphs)
  }

  private func readStyles(_ package: DocxPackage) throws(DocumentReadError) -> StyleSheet {
    guard let data = try package.read(Self.stylesPart) else { return StyleSheet() }
    let parser = StylesParser()
    try XMLPartParser.parse(data, partName: Self.stylesPart, handler: parser)
    return parser.sheet
  }

  private func readNumbering(_ package: DocxPackage) throws(DocumentReadError) -> NumberingDefinitions {
    guard let data = try package.read(Self.numberingPart) else { return NumberingDefinitions() }
    let parser = NumberingParser()
    try XMLPartParser.parse(data, partName: Self.numberingPart, handler: parser)
    return parser.definitions
  }
}
