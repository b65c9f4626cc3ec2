import Foundation
import FazhiCore

/// 报告来源：a published report file as fazhi reads it, whatever its name says. The content decides
/// (`DocumentSniffer`): Word (.docx) and text PDF become paragraphs, copied text and saved web pages stay bytes for
/// `TextDecoder`, and every other binary format (.doc, .wps, .et, .xlsx, encrypted, scanned PDF …) is refused with a
/// Chinese message naming the conversion to make.
public enum ReportSource: Sendable {
  /// Bytes of copied text or a saved web page, not yet decoded.
  case text(Data)
  /// A Word or PDF document as paragraphs in reading order; locations count paragraphs.
  case document(ReadDocument)

  /// Reads the file at `path`, or throws `FazhiError(.unreadableInput)` saying why it cannot be used and what to do.
  /// A text file over `TextDecoder.maximumSize` is refused before it is read; Word and PDF files have the larger
  /// limits of `ReadLimits` (images make a real .docx or PDF much bigger than its text).
  public static func read(_ path: String, limits: ReadLimits = .standard) throws -> ReportSource {
    let file: InputFile
    do {
      file = try InputFile(path)
    } catch {
      throw FazhiError(.unreadableInput, path: path, message(error, limit: .publishedReport))
    }
    let url = URL(fileURLWithPath: path)
    let format: DocumentFormat
    switch DocumentSniffer.sniff(fileURL: url, limits: limits) {
    case .success(let found): format = found
    case .failure(let error) where error.kind == .unreadableFile:
      throw FazhiError(.unreadableInput, path: path, "无法读取文件，请检查路径和权限")
    case .failure(let error): throw FazhiError(.unreadableInput, path: path, error.description)
    }
    do {
      switch format {
      case .docx: return .document(try DocxReader(limits: limits).read(fileURL: url))
      case .pdf: return .document(try PDFTextReader(limits: limits).read(fileURL: url))
      case .text: return .text(try readText(file))
      }
    } catch let error as DocumentReadError {
      throw FazhiError(.unreadableInput, path: path, error.description)
    }
  }

  /// The bytes of a text file, refused before reading when it is too large to be a report.
  private static func readText(_ file: InputFile) throws -> Data {
    do {
      return try file.read(limit: TextDecoder.Limit.publishedReport.bytes)
    } catch {
      throw FazhiError(.unreadableInput, path: file.path, message(error, limit: .publishedReport))
    }
  }

  private static func message(_ failure: InputFile.Failure, limit: TextDecoder.Limit) -> String {
    switch failure {
    case .missing, .unreadable: "无法读取文件，请检查路径和权限"
    case .directory: "这是一个文件夹，请指定报告文件"
    case .tooLarge(let bytes): InputFile.tooLargeMessage(bytes: bytes, limit: limit)
    }
  }
}
