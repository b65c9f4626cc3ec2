import Foundation

/// Builds a minimal OLE2 compound file: a header and one directory sector with the given entry names
/// (the first is the root). Enough for content sniffing, which only reads directory entries.
enum CompoundFileFixture {
  static func make(streams: [String]) -> Data {
    var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    data.append(Data(count: 512 - data.count))
    data[0x1E] = 9  // sector shift: 512-byte sectors
    for (index, name) in (["Root Entry"] + streams).enumerated() {
      var entry = Data(count: 128)
      let units = Array(name.utf16)
      for (position, unit) in units.enumerated() {
        entry[2 * position] = UInt8(unit & 0xFF)
        entry[2 * position + 1] = UInt8(unit >> 8)
      }
      let length = (units.count + 1) * 2
      entry[0x40] = UInt8(length & 0xFF)
      entry[0x41] = UInt8(length >> 8)
      entry[0x42] = index == 0 ? 5 : 2
      data.append(entry)
    }
    data.append(Data(count: 4096))
    return data
  }
}
