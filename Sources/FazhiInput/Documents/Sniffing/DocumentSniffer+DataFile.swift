import Foundation
import FazhiCore

extension DocumentSniffer {
  /// Refuses a Word, PDF or other office file given where fazhi's YAML data is expected (`validate`), saying that
  /// such a report is read by `fazhi extract` first. Text of any kind passes: the YAML reader judges it.
  static func refuseAsDataFile(_ data: Data, path: String) throws {
    let head = data.prefix(4096)
    guard DocxPackage.looksLikeZip(head) || CompoundFileInspector.isCompoundFile(head) || isPDF(head) else { return }
    let name = URL(fileURLWithPath: path).lastPathComponent
    let yaml = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent + ".yaml"
    let extract = "请先运行 fazhi extract \(name) -o \(yaml) 提取数据，核对后再校验 \(yaml)"
    switch sniff(data, fileName: name) {
    case .success(.docx):
      throw FazhiError(.unreadableInput, path: path, "这是 Word 文档（.docx），不是 fazhi 的 YAML 数据文件；\(extract)")
    case .success(.pdf):
      throw FazhiError(.unreadableInput, path: path, "这是 PDF 文件，不是 fazhi 的 YAML 数据文件；\(extract)")
    case .success(.text):
      return
    case .failure(let error):
      throw FazhiError(.unreadableInput, path: path, error.description + "；转换后用 fazhi extract 提取数据")
    }
  }
}
