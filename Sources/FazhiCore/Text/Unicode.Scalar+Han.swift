extension Unicode.Scalar {
  /// 汉字: a Chinese character, as Unicode's Unified_Ideograph property defines it.
  ///
  /// - U+4E00–9FFF, CJK Unified Ideographs: every character of GB 2312 and nearly all of a report;
  /// - U+3400–4DBF, Extension A: rarer characters GB 18030 added, met in personal and place names;
  /// - Extensions B–I (planes 2 and 3) and twelve unified ideographs in the compatibility block (﨎 U+FA0E …):
  ///   rarer still, but a report that has one means it as a Chinese character all the same.
  ///
  /// The first two blocks are answered from the value (they are what reports are made of); the rest asks
  /// Unicode's property. Not included: CJK Compatibility Ideographs that are duplicates of a unified one (豈
  /// U+F900 decomposes to 豈 U+8C48), radicals and strokes (⺈, ⼀, which are symbols) and 〇 (a number letter).
  @inlinable public var isHan: Bool {
    let v = value
    if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) { return true }
    return v >= 0xFA0E && properties.isUnifiedIdeograph
  }
}
