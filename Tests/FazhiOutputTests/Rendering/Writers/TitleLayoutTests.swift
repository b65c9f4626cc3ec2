import Testing

@testable import FazhiOutput

@Suite struct TitleLayoutTests {
  let layout = TitleLayout()

  private func width(_ line: String) -> Double { line.reduce(0) { $0 + TitleLayout.width($1) } }

  @Test func aTitleThatFitsStaysOneLine() {
    #expect(layout.lines("示例县2025年度法治政府建设情况报告") == ["示例县2025年度法治政府建设情况报告"])
  }

  @Test func aLongIssuerBreaksBeforeTheYear() {
    // 29 characters: Word would end the first line after 「法」 of 法治政府.
    #expect(
      layout.lines("示例县全面依法治县委员会办公室2025年度法治政府建设情况报告")
        == ["示例县全面依法治县委员会办公室", "2025年度法治政府建设情况报告"])
  }

  @Test func aTitleWithGuanyuBreaksBetweenPhrases() {
    let lines = layout.lines("示例县市场监督管理局关于2025年度法治政府建设情况的报告")
    #expect(lines == ["示例县市场监督管理局关于2025年度", "法治政府建设情况的报告"])
  }

  @Test func aVeryLongTitleTakesThreeLinesInATrapezoidOrDiamond() {
    let title = "示例省示例市示例县全面依法治县委员会办公室关于示例县2025年度法治政府建设工作情况和2026年工作安排的报告"
    let lines = layout.lines(title)
    #expect(lines.count == 3)
    #expect(lines.joined() == title)
    let widths = lines.map(width)
    // No hourglass: the middle line is not shorter than both others.
    #expect(!(widths[1] < widths[0] && widths[1] < widths[2]))
    #expect(widths.allSatisfy { $0 <= layout.lineWidth })
  }

  /// 词意完整 over many issuers and title forms: every break falls between phrases (cost under that of a break
  /// inside a word), every line fits, no line is a remnant of under half the longest.
  @Test func everyBreakFallsBetweenPhrases() {
    let issuers = [
      "示例县", "示例县人民政府", "示例市司法局", "示例县市场监督管理局", "示例自治州示例县人民政府",
      "示例县全面依法治县委员会办公室", "示例省示例市示例区人民政府办公室", "示例旗人民政府",
      "示例经济技术开发区管理委员会",
    ]
    let forms = [
      "%@2025年度法治政府建设情况报告", "%@关于2025年度法治政府建设情况的报告", "%@2025年法治政府建设工作情况报告",
      "%@关于2025年度法治政府建设工作情况和2026年工作安排的报告",
    ]
    for issuer in issuers {
      for form in forms {
        let title = form.replacingOccurrences(of: "%@", with: issuer)
        let lines = layout.lines(title)
        #expect(lines.joined() == title)
        let characters = Array(title)
        var offset = 0
        for line in lines.dropLast() {
          offset += line.count
          #expect(layout.breakCost(before: offset, in: characters) < 20, "\(title) breaks inside a word: \(lines)")
          // Independently of the cost table: no word of the title's vocabulary and no number is cut.
          let around = String(characters[max(0, offset - 3)..<min(characters.count, offset + 3)])
          for word in Self.words where around.contains(word) {
            let start = around.range(of: word)!.lowerBound
            let cut = around.distance(from: around.startIndex, to: start) + max(0, offset - 3)
            #expect(!(cut < offset && offset < cut + word.count), "\(title) cuts 「\(word)」: \(lines)")
          }
          #expect(!(characters[offset - 1].isNumber && characters[offset].isNumber), "\(lines)")
        }
        let widths = lines.map(width)
        #expect(widths.allSatisfy { $0 <= layout.lineWidth }, "\(lines)")
        #expect(widths.allSatisfy { $0 >= (widths.max() ?? 0) / 2 }, "a remnant line: \(lines)")
      }
    }
  }

  static let words = [
    "年度", "法治", "政府", "建设", "情况", "报告", "工作", "安排", "人民", "委员会", "办公室", "示例", "市场", "监督",
    "管理", "开发区", "依法", "全面",
  ]

  @Test func numbersAndBookTitlesAreNeverCut() {
    let characters = Array("关于《示例县法治政府建设实施方案（2021—2025年）》落实情况的报告")
    for index in 1..<characters.count {
      let cost = layout.breakCost(before: index, in: characters)
      if characters[index - 1].isNumber && characters[index].isNumber { #expect(cost == .infinity) }
      if characters[index - 1] == "《" || characters[index] == "》" || characters[index] == "）" {
        #expect(cost == .infinity)
      }
    }
    // Inside the 书名号 a break costs more than anywhere between phrases outside it.
    #expect(layout.breakCost(before: 6, in: characters) > 20)
  }

  @Test func theUsersOwnLineBreaksAreKept() {
    #expect(layout.lines("示例县人民政府关于2025年度\n法治政府建设情况的报告") == ["示例县人民政府关于2025年度", "法治政府建设情况的报告"])
  }

  @Test func aTitleTooLongForFourLinesIsLeftToTheWordProcessor() {
    let title = String(repeating: "示例县法治政府建设情况", count: 10)
    #expect(layout.lines(title) == [title])
  }
}
