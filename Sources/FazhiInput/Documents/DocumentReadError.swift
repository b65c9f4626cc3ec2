import Foundation

/// Why a document cannot be read, as a Chinese message for the user plus what to do about it.
///
/// The caller prefixes the file's location and exits with status 2. `kind` is for programs and tests;
/// people read `message` and `remedy` (`description` joins both).
public struct DocumentReadError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  public enum Kind: String, Sendable, Equatable {
    case legacyWord, legacySpreadsheet, legacyPresentation, legacyOffice
    case encryptedDocument
    case spreadsheet, presentation, openDocument, richText
    case notWordDocument
    case corruptDocument
    case unsafeXML
    case tooLarge
    case pdfToolMissing, pdfEncrypted, pdfUnreadable, pdfTimeout, pdfScanned
    case unreadableFile
  }

  public let kind: Kind
  /// What is wrong, e.g. 这个 Word 文件设置了打开密码，无法读取。
  public let message: String
  /// What to do about it, e.g. 请去掉密码后另存为 .docx 再重试。
  public let remedy: String?

  public init(kind: Kind, message: String, remedy: String? = nil) {
    self.kind = kind
    self.message = message
    self.remedy = remedy
  }

  /// Message and remedy as one line, without the final 。 (fazhi's messages never end in one).
  public var description: String {
    let text = message + (remedy ?? "")
    return text.hasSuffix("。") ? String(text.dropLast()) : text
  }

  public var errorDescription: String? { description }
}
