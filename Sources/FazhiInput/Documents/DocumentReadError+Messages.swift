import Foundation

/// Every user-facing message of the module, in one place.
extension DocumentReadError {
  static let saveAsDocx = "请用 Word 或 WPS 打开，选择「文件 → 另存为」，保存类型选「Word 文档（*.docx）」，再用新文件重试。"
  static let useReportFile = "报告正文请提供 Word（.docx）、PDF 或文本（.txt）文件。"

  static func legacyWord(isWPS: Bool) -> DocumentReadError {
    let what = isWPS ? "旧版 WPS 文字文件（.wps）" : "旧版 Word 文件（.doc）"
    return DocumentReadError(kind: .legacyWord, message: "这是\(what)，无法直接读取。", remedy: saveAsDocx)
  }

  static func legacySpreadsheet(isWPS: Bool) -> DocumentReadError {
    let what = isWPS ? "WPS 表格文件（.et）" : "旧版 Excel 表格（.xls）"
    return DocumentReadError(kind: .legacySpreadsheet, message: "这是\(what)，不是报告正文。", remedy: useReportFile)
  }

  static let legacyPresentation = DocumentReadError(
    kind: .legacyPresentation, message: "这是演示文稿（.ppt/.dps），不是报告正文。", remedy: useReportFile)

  static let legacyOffice = DocumentReadError(
    kind: .legacyOffice, message: "这是旧版 Office/WPS 二进制文件（OLE2 复合文档），无法直接读取。", remedy: saveAsDocx)

  static let encryptedDocument = DocumentReadError(
    kind: .encryptedDocument,
    message: "这个 Word 文件设置了打开密码（已加密），无法读取。",
    remedy: "请用 Word 或 WPS 输入密码打开，在「文件 → 信息 → 保护文档 → 用密码进行加密」（WPS：「文件 → 文档加密」）"
      + "中清除密码后另存为 .docx，再用新文件重试。")

  static let spreadsheet = DocumentReadError(
    kind: .spreadsheet, message: "这是 Excel/WPS 表格文件（.xlsx），不是报告正文。", remedy: useReportFile)

  static let presentation = DocumentReadError(
    kind: .presentation, message: "这是演示文稿（.pptx），不是报告正文。", remedy: useReportFile)

  static let openDocument = DocumentReadError(
    kind: .openDocument, message: "这是 OpenDocument 文件（.odt 等），无法直接读取。",
    remedy: "请用 WPS、Word 或 LibreOffice 打开后「另存为」Word 文档（*.docx），再用新文件重试。")

  static let richText = DocumentReadError(
    kind: .richText, message: "这是 RTF 格式文件（扩展名可能是 .doc 或 .rtf），无法直接读取。", remedy: saveAsDocx)

  static let notWordDocument = DocumentReadError(
    kind: .notWordDocument, message: "这是一个 ZIP 压缩包，但不是 Word 文档（里面没有 word/document.xml）。",
    remedy: "如果报告在压缩包里，请先解压；如果它本是 Word 文件，请用 Word 或 WPS 打开后另存为 .docx。")

  static func corrupt(_ detail: String) -> DocumentReadError {
    DocumentReadError(
      kind: .corruptDocument, message: "文档内容已损坏，无法读取（\(detail)）。",
      remedy: "文件可能没有下载完整或被截断：请重新下载，或用 Word/WPS 打开后另存为 .docx 再试。")
  }

  static func unsafeXML(part: String) -> DocumentReadError {
    DocumentReadError(
      kind: .unsafeXML, message: "文档中的 \(part) 含有 DOCTYPE/ENTITY 声明，正常的 Word 文档不会有，为安全起见拒绝读取。",
      remedy: "请用 Word 或 WPS 打开后另存为 .docx，再用新文件重试。")
  }

  static func tooLarge(what: String, limit: Int) -> DocumentReadError {
    DocumentReadError(
      kind: .tooLarge, message: "\(what)超过 \(megabytes(limit)) 的上限，拒绝读取。",
      remedy: "请确认这是报告正文；如果是，请删去图片等内容后另存，或复制正文另存为 .txt 再试。")
  }

  static let pdfToolMissing = DocumentReadError(
    kind: .pdfToolMissing, message: "读取 PDF 需要 poppler 的 pdftotext 程序，但系统中没有找到。",
    remedy: "请安装后重试（Debian/Ubuntu：sudo apt install poppler-utils；macOS：brew install poppler），"
      + "或在 PDF 阅读器中复制全部正文，另存为 .txt 文件再用。")

  static let pdfEncrypted = DocumentReadError(
    kind: .pdfEncrypted, message: "这个 PDF 设置了打开密码（已加密），无法读取文字。",
    remedy: "请用 PDF 阅读器输入密码打开，另存一份不带密码的 PDF，或复制正文另存为 .txt 再用。")

  static func pdfUnreadable(_ detail: String) -> DocumentReadError {
    DocumentReadError(
      kind: .pdfUnreadable, message: "无法读取这个 PDF 的文字（\(detail)）。",
      remedy: "文件可能已损坏或下载不完整：请重新下载，或在 PDF 阅读器中复制正文另存为 .txt 再用。")
  }

  static func pdfTimeout(seconds: Int) -> DocumentReadError {
    DocumentReadError(
      kind: .pdfTimeout, message: "读取 PDF 文字超过 \(seconds) 秒仍未完成，已中止。",
      remedy: "文件可能过大或结构异常：请在 PDF 阅读器中复制正文另存为 .txt 再用。")
  }

  static let pdfScanned = DocumentReadError(
    kind: .pdfScanned, message: "这是扫描件（没有文字层），无法直接读取文字。",
    remedy: "需要先做文字识别（OCR）：可用 WPS/Adobe Acrobat 的「PDF 转 Word/文字识别」，"
      + "或 ocrmypdf 等工具生成带文字层的 PDF，也可把识别出的正文另存为 .txt 再用。")

  static func unreadableFile(_ detail: String) -> DocumentReadError {
    DocumentReadError(kind: .unreadableFile, message: "无法读取文件（\(detail)）。")
  }

  static func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value >= 10 || value == value.rounded() ? "\(Int(value.rounded())) MB" : String(format: "%.1f MB", value)
  }
}

extension DocumentReadError {
  static func tooManyEntries(limit: Int) -> DocumentReadError {
    DocumentReadError(
      kind: .tooLarge, message: "这个压缩格式的文档里有超过 \(limit) 个文件，不像正常的 Word 文档，拒绝读取。",
      remedy: "请用 Word 或 WPS 打开后另存为 .docx，再用新文件重试。")
  }
}

extension DocumentReadError {
  static func notDocx(actual: DocumentFormat) -> DocumentReadError {
    let what: String
    switch actual {
    case .pdf: what = "PDF 文件"
    case .text, .docx: what = "文本、网页或其他格式"
    }
    return DocumentReadError(
      kind: .notWordDocument, message: "这个文件不是 Word 文档（.docx），内容是\(what)。",
      remedy: "请按文件的实际格式读取，或用 Word/WPS 打开后另存为 .docx。")
  }
}
