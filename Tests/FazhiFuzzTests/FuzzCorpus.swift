import Foundation

/// What the fuzzer starts from: the example YAML files, fictional published reports written here (示例县, all
/// invented), and the real reports of ../shared/seeds (or $SEEDS_DIR) when that folder exists (read, never copied).
enum FuzzCorpus {
  struct Input {
    var name: String
    var bytes: [UInt8]
    /// `yaml` (validate, draft, diff) or `txt`/`html` (extract, then validate what it wrote).
    var kind: String
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func load() -> (inputs: [Input], note: String) {
    var inputs: [Input] = []
    let examples = root.appendingPathComponent("Examples")
    for folder in [examples, examples.appendingPathComponent("broken")] {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
      for name in names.sorted() where name.hasSuffix(".yaml") {
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
          inputs.append(Input(name: name, bytes: Array(data), kind: "yaml"))
        }
      }
    }
    inputs.append(Input(name: "示例县-报告.txt", bytes: Array(report.utf8), kind: "txt"))
    let page = "<html><head><title>示例县</title></head><body>"
      + report.split(separator: "\n").map { "<p>\($0)</p>" }.joined() + "</body></html>"
    inputs.append(Input(name: "示例县-报告.html", bytes: Array(page.utf8), kind: "html"))
    let seeds = ProcessInfo.processInfo.environment["SEEDS_DIR"].map { URL(fileURLWithPath: $0) }
      ?? root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    let seedNames = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))?.sorted() ?? []
    for name in seedNames where name.hasSuffix(".txt") || name.hasSuffix(".html") {
      if let data = FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) {
        inputs.append(Input(name: name, bytes: Array(data), kind: name.hasSuffix(".html") ? "html" : "txt"))
      }
    }
    let note =
      seedNames.isEmpty
      ? "fuzz: ../shared/seeds 不存在，只用 Examples 和内置的虚构报告" : "fuzz: 另用 ../shared/seeds 的 \(seedNames.count) 份报告"
    return (inputs, note)
  }

  /// A fictional published report (示例县, every figure invented).
  static let report = """
    当前位置：首页 > 政务公开 > 法治政府建设
    示例县2024年度法治政府建设情况报告
    发布时间：2025-02-18　来源：示例县司法局
    中共示例市委、示例市人民政府：
    2024年，示例县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。现将有关情况报告如下：
    一、主要举措和成效
    （一）推进严格规范公正文明执法
    1.规范执法行为。全面落实行政执法三项制度，组织执法人员培训12场次，覆盖执法人员860人次。
    2.化解行政争议。全年共收到行政复议申请90件，其中受理80件，不予受理10件，行政机关负责人出庭应诉率达100%。
    （二）健全依法决策机制
    严格落实重大行政决策程序，审查规范性文件23件，合法性审查率100%，较2023年增长15.5%。
    二、存在的不足和原因
    一是基层执法力量薄弱，原因是编制不足。二是复议案件审理期限偏长，原因是人员紧缺。
    三、党政主要负责人履行推进法治建设第一责任人职责情况
    县政府主要负责同志主持召开常务会议研究法治议题6次，专题学法4次。
    四、2025年工作安排
    一是深化行政执法体制改革。二是提升行政复议质效。三是加强法治宣传教育。
    示例县人民政府
    2025年2月18日
    """
}
