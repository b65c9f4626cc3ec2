import Foundation
import ZIPFoundation

/// Decides what a file is from its bytes, not its name, and refuses the formats that cannot be read with a
/// Chinese message naming the conversion to make.
public enum DocumentSniffer {
  /// - Parameters:
  ///   - data: the whole file (or at least all of it for zip and OLE2 files, whose directory is at the end).
  ///   - fileName: used only to word messages (.wps/.et rather than .doc/.xls).
  public static func sniff(_ data: Data, fileName: String, limits: ReadLimits = .standard)
    -> Result<DocumentFormat, DocumentReadError>
  {
    let fileExtension = (fileName as NSString).pathExtension.lowercased()
    if DocxPackage.looksLikeZip(data) {
      return sniffZip(data, limits: limits)
    }
    if CompoundFileInspector.isCompoundFile(data) {
      return .failure(compoundFileError(data, fileExtension: fileExtension))
    }
    if isPDF(data) { return .success(.pdf) }
    if data.starts(with: Array("{\\rtf".utf8)) { return .failure(.richText) }
    return .success(.text)
  }

  /// Sniffs a file on disk, reading only its first 4 KB unless it is a zip (whose directory is read from
  /// disk) or an OLE2 file (read whole, size-checked). Large PDFs and text files are never loaded here.
  public static func sniff(fileURL: URL, limits: ReadLimits = .standard) -> Result<DocumentFormat, DocumentReadError> {
    let head: Data
    let size: Int
    do {
      let handle = try FileHandle(forReadingFrom: fileURL)
      defer { try? handle.close() }
      head = try handle.read(upToCount: 4096) ?? Data()
      size = Int(try handle.seekToEnd())
    } catch {
      return .failure(.unreadableFile("文件不存在或没有读取权限：\(fileURL.path)"))
    }
    let fileExtension = fileURL.pathExtension.lowercased()
    if DocxPackage.looksLikeZip(head) {
      do {
        return classifyZip(try DocxPackage(fileURL: fileURL, limits: limits))
      } catch {
        return .failure(error)
      }
    }
    if CompoundFileInspector.isCompoundFile(head) {
      guard size <= limits.maxInputBytes, let data = try? Data(contentsOf: fileURL) else {
        return .failure(.tooLarge(what: "文件（\(DocumentReadError.megabytes(size))）", limit: limits.maxInputBytes))
      }
      return .failure(compoundFileError(data, fileExtension: fileExtension))
    }
    return sniff(head, fileName: fileURL.lastPathComponent, limits: limits)
  }

  /// `%PDF-` within the first 1024 bytes, as PDF readers accept.
  static func isPDF(_ data: Data) -> Bool {
    let head = data.prefix(1024)
    return head.range(of: Data("%PDF-".utf8)) != nil
  }

  private static func sniffZip(_ data: Data, limits: ReadLimits) -> Result<DocumentFormat, DocumentReadError> {
    guard data.count <= limits.maxInputBytes else {
      return .failure(.tooLarge(what: "文件（\(DocumentReadError.megabytes(data.count))）", limit: limits.maxInputBytes))
    }
    do {
      return classifyZip(try DocxPackage(data: data, limits: limits))
    } catch {
      return .failure(error)
    }
  }

  private static func classifyZip(_ package: DocxPackage) -> Result<DocumentFormat, DocumentReadError> {
    if package.contains(DocxReader.documentPart) { return .success(.docx) }
    let names = Array(package.partNames)
    if names.contains(where: { $0.hasPrefix("xl/") }) { return .failure(.spreadsheet) }
    if names.contains(where: { $0.hasPrefix("ppt/") }) { return .failure(.presentation) }
    if let mimetype = try? package.read("mimetype"),
      String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
    {
      return .failure(.openDocument)
    }
    return .failure(.notWordDocument)
  }

  private static func compoundFileError(_ data: Data, fileExtension: String) -> DocumentReadError {
    switch CompoundFileInspector.kind(of: data) {
    case .encryptedOOXML:
      return .encryptedDocument
    case .word:
      return .legacyWord(isWPS: fileExtension == "wps")
    case .spreadsheet:
      return .legacySpreadsheet(isWPS: fileExtension == "et")
    case .presentation:
      return .legacyPresentation
    case .unknown:
      switch fileExtension {
      case "doc", "wps": return .legacyWord(isWPS: fileExtension == "wps")
      case "xls", "et": return .legacySpreadsheet(isWPS: fileExtension == "et")
      default: return .legacyOffice
      }
    }
  }
}
