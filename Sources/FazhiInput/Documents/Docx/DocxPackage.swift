import FazhiCore
import Foundation
import ZIPFoundation

/// The zip container of a .docx: entries indexed by part name, read with size limits. Also opens the reference
/// document drafting takes its styles from (`FazhiOutput`), so both read a .docx under the same limits.
package struct DocxPackage {
  private let archive: Archive
  private let entries: [String: Entry]
  private let limits: ReadLimits

  /// Opens the zip and checks its central directory (entry count) before anything is inflated.
  init(data: Data, limits: ReadLimits) throws(DocumentReadError) {
    guard data.count <= limits.maxInputBytes else {
      throw .tooLarge(what: "文件（\(DocumentReadError.megabytes(data.count))）", limit: limits.maxInputBytes)
    }
    try Self.checkEndRecord(in: data.suffix(Self.endRecordSearchLength))
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw .corrupt("ZIP 结构不完整")
    }
    try self.init(archive: archive, limits: limits)
  }

  /// Opens the zip from disk, so the compressed file is not held in memory.
  package init(fileURL: URL, limits: ReadLimits) throws(DocumentReadError) {
    // A pipe or device has no size and cannot be a zip read from its end.
    guard let size = try? InputFile.size(of: fileURL.path) else {
      throw .unreadableFile("文件不存在或没有读取权限：\(fileURL.path)")
    }
    guard size <= limits.maxInputBytes else {
      throw .tooLarge(what: "文件（\(DocumentReadError.megabytes(size))）", limit: limits.maxInputBytes)
    }
    try Self.checkEndRecord(in: Self.tail(of: fileURL, size: size))
    let archive: Archive
    do {
      archive = try Archive(url: fileURL, accessMode: .read)
    } catch {
      throw .corrupt("ZIP 结构不完整")
    }
    try self.init(archive: archive, limits: limits)
  }

  private init(archive: Archive, limits: ReadLimits) throws(DocumentReadError) {
    var entries: [String: Entry] = [:]
    var count = 0
    for entry in archive {
      count += 1
      guard count <= limits.maxZipEntries else { throw .tooManyEntries(limit: limits.maxZipEntries) }
      let name = Self.normalizedPartName(entry.path)
      if entries[name] == nil { entries[name] = entry }
    }
    self.archive = archive
    self.entries = entries
    self.limits = limits
  }

  /// Part names in the package, normalised (lowercase, no leading slash, forward slashes).
  var partNames: Dictionary<String, Entry>.Keys { entries.keys }

  func contains(_ partName: String) -> Bool {
    entries[Self.normalizedPartName(partName)] != nil
  }

  /// Inflates one part, refusing it when its declared size is over the limit and aborting as soon as
  /// the inflated bytes pass the limit (declared sizes can lie). Returns nil when the part is absent.
  func read(_ partName: String) throws(DocumentReadError) -> Data? {
    guard let entry = entries[Self.normalizedPartName(partName)] else { return nil }
    let limit = limits.maxXMLPartBytes
    let partWhat = "文档中的 \(partName) 解压后"
    guard entry.uncompressedSize <= UInt64(limit) else { throw .tooLarge(what: partWhat, limit: limit) }
    var output = Data()
    output.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
        guard output.count + chunk.count <= limit else { throw SizeCapExceeded() }
        output.append(chunk)
      }
    } catch is SizeCapExceeded {
      throw .tooLarge(what: partWhat, limit: limit)
    } catch {
      throw .corrupt("\(partName) 无法解压")
    }
    return output
  }

  /// Inflates one part (as `read`) and parses it as XML (`XMLPartParser`: no DOCTYPE or ENTITY, well-formed to
  /// the end of its root element), for parts copied verbatim into a new document. Nil when the part is absent.
  package func readWellFormed(_ partName: String) throws(DocumentReadError) -> Data? {
    guard let data = try read(partName) else { return nil }
    try XMLPartParser.parse(data, partName: partName, handler: IgnoredXMLEvents())
    return data
  }

  /// A zip local file header ("PK\u{3}\u{4}") or the end record of an empty zip ("PK\u{5}\u{6}").
  package static func looksLikeZip(_ data: Data) -> Bool {
    data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06])
  }

  /// The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes of a zip.
  static let endRecordSearchLength = 22 + 65_535

  /// Refuses a zip without an end-of-central-directory record up front: ZIPFoundation would otherwise probe
  /// every offset of the file for it (minutes for a large truncated file).
  static func checkEndRecord(in tail: Data) throws(DocumentReadError) {
    guard tail.range(of: Data([0x50, 0x4B, 0x05, 0x06]), options: .backwards) != nil else {
      throw .corrupt("ZIP 结构不完整，文件可能被截断")
    }
  }

  private static func tail(of fileURL: URL, size: Int) -> Data {
    guard let handle = try? FileHandle(forReadingFrom: fileURL) else { return Data() }
    defer { try? handle.close() }
    try? handle.seek(toOffset: UInt64(max(0, size - endRecordSearchLength)))
    return (try? handle.readToEnd()) ?? Data()
  }

  static func normalizedPartName(_ path: String) -> String {
    var name = path.replacingOccurrences(of: "\\", with: "/").lowercased()
    while name.hasPrefix("/") { name.removeFirst() }
    return name
  }

  private struct SizeCapExceeded: Error {}
}

/// Parsing for well-formedness only.
private final class IgnoredXMLEvents: XMLEventHandler {
  func startElement(_ name: String, namespace: String?, attributes: XMLAttributes) {}
  func endElement(_ name: String, namespace: String?) {}
  func characters(_ text: String) {}
}
