import Foundation

/// Looks inside an OLE2 compound file (legacy .doc/.xls/.ppt/.wps/.et, and encrypted .docx/.xlsx, which
/// Office stores as an OLE2 file holding "EncryptionInfo" and "EncryptedPackage" streams).
///
/// Rather than following the sector chains, it scans every 128-byte slot after the header for a
/// well-formed directory entry (UTF-16LE name, matching name length, storage/stream/root type), which is
/// where directory entries always sit. That is enough to tell the kinds apart.
enum CompoundFileInspector {
  static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  enum Kind: Equatable {
    case encryptedOOXML, word, spreadsheet, presentation, unknown
  }

  static func isCompoundFile(_ data: Data) -> Bool {
    data.count >= 512 && data.prefix(8).elementsEqual(signature)
  }

  static func kind(of data: Data) -> Kind {
    let names = directoryNames(data)
    if names.contains("EncryptedPackage") || names.contains("EncryptionInfo") { return .encryptedOOXML }
    if names.contains("WordDocument") { return .word }
    if names.contains("Workbook") || names.contains("Book") { return .spreadsheet }
    if names.contains("PowerPoint Document") { return .presentation }
    return .unknown
  }

  /// Names of the directory entries found in the file.
  static func directoryNames(_ data: Data) -> Set<String> {
    var names: Set<String> = []
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var offset = 512
      while offset + 128 <= bytes.count {
        if let name = directoryEntryName(bytes, at: offset) { names.insert(name) }
        offset += 128
      }
    }
    return names
  }

  private static func directoryEntryName(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> String? {
    let nameLength = Int(bytes[offset + 0x40]) | Int(bytes[offset + 0x41]) << 8
    let type = bytes[offset + 0x42]
    guard (4...64).contains(nameLength), nameLength % 2 == 0, (1...5).contains(type), type != 3, type != 4 else {
      return nil
    }
    let characterCount = nameLength / 2 - 1
    var units: [UInt16] = []
    units.reserveCapacity(characterCount)
    for index in 0..<characterCount {
      let unit = UInt16(bytes[offset + 2 * index]) | UInt16(bytes[offset + 2 * index + 1]) << 8
      guard unit != 0 else { return nil }
      units.append(unit)
    }
    let terminator = UInt16(bytes[offset + 2 * characterCount]) | UInt16(bytes[offset + 2 * characterCount + 1]) << 8
    guard terminator == 0 else { return nil }
    return String(decoding: units, as: UTF16.self)
  }
}
