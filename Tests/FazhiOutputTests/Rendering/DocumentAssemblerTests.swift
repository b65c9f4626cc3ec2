import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiChecks
@testable import FazhiOutput
@testable import FazhiTestSupport

@Suite struct DocumentAssemblerTests {
  static func block(_ kind: String, _ content: String, argument: String = "") -> String {
    DocumentMarkup.wrap(kind: kind, argument: argument, content: content)
  }

  static let samples: [String] = [
    block("title", "示例县2025年度\n法治政府建设情况报告") + "\n" + block("recipients", "示例市人民政府：")
      + "\n  散落的一行\n\n" + block("heading", "一、主要举措和成效", argument: "1") + block("lead", "1.完善制度", argument: "3")
      + block("paragraph", "正文第一段。\n  正文第二段。 ") + block("table", "甲\u{E003}乙\n1\u{E003}2", argument: "表1")
      + block("signature", "示例县人民政府") + block("date", "2026年2月20日") + "\n尾部文字",
    "没有任何块标记的文字\r\n第二行",
    block("paragraph", "e\u{301}́组合字符 👨‍👩‍👧 🇨🇳"),
    // A combining mark right after a marker joins it into one Character: only the character walk is the reference.
    "\u{E000}\u{301}paragraph\u{E001}\u{E001}文字\u{E002}",
    "前\u{E001}\u{301}" + block("paragraph", "文字"),
  ]

  @Test(arguments: samples) func markerScanAgreesWithTheCharacterWalk(_ rendered: String) throws {
    var byCharacters = DocumentAssembler.Assembly()
    let reference = Result { try DocumentAssembler.assembleByCharacters(rendered, into: &byCharacters) }
    switch reference {
    case .success:
      #expect(try DocumentAssembler.assemble(rendered) == byCharacters.finish())
    case .failure:
      #expect(throws: DocumentAssembler.AssemblyError.self) { try DocumentAssembler.assemble(rendered) }
    }
  }

  @Test func brokenMarkersAreErrorsOnBothPaths() {
    for rendered in ["\u{E002}", "\u{E000}paragraph\u{E001}", Self.block("paragraph", "a" + Self.block("paragraph", "b"))] {
      #expect(throws: DocumentAssembler.AssemblyError.self) { try DocumentAssembler.assemble(rendered) }
      var assembly = DocumentAssembler.Assembly()
      #expect(throws: DocumentAssembler.AssemblyError.self) {
        try DocumentAssembler.assembleByCharacters(rendered, into: &assembly)
      }
    }
  }
}
