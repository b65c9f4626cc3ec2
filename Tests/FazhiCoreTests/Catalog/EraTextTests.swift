import Testing

@testable import FazhiCore

@Suite("EraText 时代提法的比较形式") struct EraTextTests {
  @Test func eraWordingMatchesWhateverItsPunctuation() {
    let title = EraText("《法治政府建设实施纲要（2015-2020年）》")
    #expect(String(String.UnicodeScalarView(title.scalars)) == "法治政府建设实施纲要20152020年")
    #expect(EraText("“七五”普法").scalars == EraText("七五普法").scalars)
    #expect(EraText("２０１５－２０２０").scalars == EraText("2015—2020").scalars)
  }

  /// The folded text is `TextKey`'s key, and every kept scalar points back at the scalar it came from.
  @Test func isTheKeyWithPlacesInTheOriginal() {
    for text in TextKeyTests.samples() {
      let era = EraText(text)
      let original = Array(text.unicodeScalars)
      #expect(String(String.UnicodeScalarView(era.scalars)) == TextKey.key(text), "\(original.map(\.value))")
      #expect(era.origins.count == era.scalars.count)
      #expect(zip(era.origins, era.origins.dropFirst()).allSatisfy { $0 < $1 })
      for (scalar, origin) in zip(era.scalars, era.origins) {
        // The original scalar there folds to the key's scalar on its own (a mark keeps its base's fate).
        let alone = TextKey.key(String(original[origin])).unicodeScalars
        #expect(alone.elementsEqual([scalar]), "\(original.map(\.value)) at \(origin)")
      }
      let kept = Set(era.origins)
      for (offset, scalar) in original.enumerated() where !kept.contains(offset) {
        let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
        #expect(isMark || TextKey.key(String(scalar)).isEmpty, "\(original.map(\.value)) at \(offset)")
      }
    }
  }
}
