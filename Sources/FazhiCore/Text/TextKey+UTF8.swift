extension TextKey {
  /// `key` built from the UTF-8 bytes straight into the new string's storage: a key is made for every heading,
  /// every figure's label and the first 20,000 characters of every report, and ideographs (three bytes from
  /// E5–E9, U+5000–9FFF) and ASCII are decided from their bytes. Other scalars go through `Folding`, so the
  /// definition stays in one place; `plainKey` is the same key scalar by scalar, and a test holds them equal.
  static func utf8Key(_ text: some StringProtocol) -> String {
    func key(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
      // A key is never longer than its text: full-width forms shrink from three bytes to one, nothing grows.
      String(unsafeUninitializedCapacity: utf8.count) { out in
        var folding = Folding()
        var count = 0
        var i = 0
        while i < utf8.count {
          let lead = utf8[i]
          if lead < 0x80 {
            folding.baseCounted = asciiCounts(UInt32(lead))
            if folding.baseCounted {
              out[count] = lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead
              count += 1
            }
            i += 1
            continue
          }
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          if lead >= 0xE5 && lead <= 0xE9 {
            folding.baseCounted = true
            out[count] = lead
            out[count + 1] = utf8[i + 1]
            out[count + 2] = utf8[i + 2]
            count += 3
            i += 3
            continue
          }
          var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
          for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
          if let scalar = Unicode.Scalar(value), let kept = folding.fold(scalar) {
            if kept.value < 0x80 {
              out[count] = UInt8(kept.value)
              count += 1
            } else {
              // Only ASCII is ever changed by folding: a kept non-ASCII scalar is the one written.
              for k in 0..<length { out[count + k] = utf8[i + k] }
              count += length
            }
          }
          i += length
        }
        return count
      }
    }
    if let made = text.utf8.withContiguousStorageIfAvailable(key) { return made }
    var copy = String(text)
    return copy.withUTF8(key)
  }

  /// `key` scalar by scalar, the plain statement of what `utf8Key` computes.
  static func plainKey(_ text: some StringProtocol) -> String {
    var out = String.UnicodeScalarView()
    var folding = Folding()
    for scalar in text.unicodeScalars {
      if let kept = folding.fold(scalar) { out.append(kept) }
    }
    return String(out)
  }
}
