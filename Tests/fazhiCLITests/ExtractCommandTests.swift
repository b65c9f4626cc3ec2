import Foundation
import Testing

/// `fazhi extract` end to end on a fictional published report, as text, GB18030 and a saved web page.
@Suite(.serialized) struct ExtractCommandTests {
  static let report = """
    当前位置：首页 > 政务公开 > 法治政府建设
    示例县2024年度法治政府建设情况报告
    发布时间：2025-02-18　来源：示例县司法局　点击数：128
    中共示例市委、示例市人民政府：
    2024年，示例县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。现将有关情况报告如下：
    一、主要举措和成效
    （一）推进严格规范公正文明执法
    1.规范执法行为。全面落实行政执法三项制度，组织执法人员培训12场次。
    2.化解行政争议。全年共收到行政复议申请90件，其中受理80件，不予受理10件，行政机关负责人出庭应诉率达100%。
    二、存在的不足和原因
    一是基层执法力量薄弱，原因是编制不足。二是复议案件审理期限偏长，原因是人员紧缺。
    三、党政主要负责人履行推进法治建设第一责任人职责情况
    县政府主要负责同志主持召开常务会议研究法治议题6次。
    四、2025年工作安排
    一是深化行政执法体制改革。二是提升行政复议质效。
    示例县人民政府
    2025年2月18日
    版权所有：示例县人民政府　网站标识码：0000000000
    """

  static func write(_ text: String, _ name: String, in dir: URL, encoding: String.Encoding = .utf8) throws -> String {
    let url = dir.appendingPathComponent(name)
    try #require(text.data(using: encoding)).write(to: url)
    return url.path
  }

  @Test func extractsTextToValidYAML() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = try Self.write(Self.report, "报告.txt", in: dir)
    let run = try CLITests.run(["extract", source, "-o", "示例县-2024.yaml"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let yaml = try String(contentsOf: dir.appendingPathComponent("示例县-2024.yaml"), encoding: .utf8)
    #expect(yaml.contains("年度: 2024"))
    #expect(yaml.contains("报告主体: 示例县"))
    #expect(yaml.contains("行政复议收到申请: 90"))
    #expect(yaml.contains("行政复议受理: 80"))
    #expect(!yaml.contains("点击数"), "web-page chrome is stripped")
    // The extracted data is fazhi data: validate reads it (findings allowed, unreadable not).
    let check = try CLITests.run(["validate", "示例县-2024.yaml"], in: dir)
    #expect(check.status != 2, "\(check.stdout)\(check.stderr)")
    #expect(!check.stdout.contains("[unknown_key]"))
    // Refuses to overwrite without --force.
    #expect(try CLITests.run(["extract", source, "-o", "示例县-2024.yaml"], in: dir).status == 2)
  }

  @Test func gb18030AndHTMLGiveTheSameFigures() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let gb = try Self.write(Self.report, "gb.txt", in: dir, encoding: String.Encoding(rawValue: 0x8000_0632))
    let paragraphs = Self.report.split(separator: "\n").map { "<p>\($0)</p>" }.joined(separator: "\n")
    let page = "<html><head><style>p{color:red}</style><script>var x = '行政复议受理999件';</script></head><body>\(paragraphs)</body></html>"
    let html = try Self.write(page, "page.html", in: dir)
    let batch = try CLITests.run(["extract", gb, html, "-o", "out/"], in: dir)
    #expect(batch.status == 0, "\(batch.stderr)")
    for name in ["gb.yaml", "page.yaml"] {
      let yaml = try String(contentsOf: dir.appendingPathComponent("out/\(name)"), encoding: .utf8)
      #expect(yaml.contains("行政复议受理: 80"), "\(name)")
      #expect(!yaml.contains("999"), "\(name): script text is not report text")
    }
  }

  @Test func badInputIsExplained() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let binary = dir.appendingPathComponent("x.bin")
    try Data([0x00, 0xFF, 0x10, 0x00, 0x89, 0x50]).write(to: binary)
    let run = try CLITests.run(["extract", binary.path], in: dir)
    #expect(run.status == 2)
    #expect(!run.stderr.isEmpty)
    let empty = try Self.write("", "empty.txt", in: dir)
    #expect(try CLITests.run(["extract", empty], in: dir).status == 2)
    let other = try Self.write("示例县2024年政府工作报告\n一、过去一年工作回顾\n全县生产总值增长5%。\n", "gov.txt", in: dir)
    let wrongKind = try CLITests.run(["extract", other], in: dir)
    #expect(wrongKind.status != 0)
    #expect(wrongKind.stderr.contains("政府工作报告") || wrongKind.stdout.contains("政府工作报告"), "\(wrongKind.stderr)")
  }

  @Test func initFromAndDiffReadPublishedReports() throws {
    let dir = try CLITests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let source = try Self.write(Self.report, "2024.txt", in: dir)
    let scaffold = try CLITests.run(["init", "--from", source, "--year", "2025", "-o", "示例县-2025.yaml"], in: dir)
    #expect(scaffold.status == 0, "\(scaffold.stderr)")
    let yaml = try String(contentsOf: dir.appendingPathComponent("示例县-2025.yaml"), encoding: .utf8)
    #expect(yaml.contains("年度: 2025"))
    #expect(yaml.contains("上年：90"), "last year's figures are shown as comments")
    let diff = try CLITests.run(["diff", CLITests.example, source, "--format", "json"], in: dir)
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains("\"indicators\""))
  }
}
