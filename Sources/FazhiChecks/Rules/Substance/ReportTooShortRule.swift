import FazhiCore

/// A whole report far shorter than the form it fills.
///
/// No rule sets a length (`DOMAIN.md` §2.4), so the floor is derived from the form itself: 主要举措和成效 follows the
/// 纲要's areas (7 in the 2015 纲要, the smaller of the two; 9 in the 2021 one) and three more parts are mandated
/// (不足和原因, 第一责任人, 下一年度安排). One paragraph that states one measure with its figure and result takes
/// about 150 characters (the bundled example's items run 138 to 288), so (7 + 3) × 150 = 1,500 characters is what a
/// report needs to say one concrete thing per area and part. The five published reports at hand hold 2,660 to 5,050
/// characters of prose once extracted; 1,500 is little more than half the shortest of them.
struct ReportTooShortRule: ValidationRule {
  static let description = RuleDescription(
    identifier: "report_too_short",
    name: "报告篇幅过短",
    severity: .warning,
    description: "正文（导语和各部分，不含标题）不足1500字。没有文件规定字数，这一下限按报告的格式推算：主要举措和成效按纲要领域组织（2015年纲要7个、2021年纲要9个领域），另有不足和原因、第一责任人职责、下一年度安排三个法定部分；写清一项举措及其数字和成效的一段约150字，(7 + 3) × 150 = 1500 字是每个领域、每个部分各写一段实在内容所需的篇幅。手头5份已公开报告提取后的正文在2660至5050字之间，1500字只相当于其中最短一份的一半多。缺少法定部分（由 missing_part 提示）或含占位符、尚未写完的文件不检查。",
    passingExamples: [
      // One paragraph for each of the 9 areas of the 2021 纲要 and each mandated part: about 1,550 characters.
      """
      年度: 2025
      报告主体: 示例县
      导语: 2025年，示例县人民政府坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，对照法治政府建设实施纲要逐项推进年度任务，全县法治政府建设取得新的进展。现将有关情况报告如下。
      主要举措和成效:
        - 领域: 政府机构职能
          事项:
            - 内容: 修订县级部门权责清单，梳理行政许可事项186项、行政处罚事项2140项，取消和下放事项12项；县政务服务中心实行一窗通办，全年办理政务服务事项5.6万件，按时办结率达到99.8%，企业开办时间压缩到一个工作日以内，群众办事平均跑动次数由2.1次降到0.6次。
        - 领域: 依法行政制度
          事项:
            - 内容: 制定县政府年度规范性文件制定计划，全年出台行政规范性文件9件，均经合法性审核并在印发后30日内报送县人大常委会备案；组织对现行有效的规范性文件开展专项清理，废止3件、修改5件，清理结果向社会公布，接受群众监督。
        - 领域: 行政决策
          事项:
            - 内容: 严格执行重大行政决策程序规定，公布年度重大行政决策事项目录6项，全部履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序；县政府常务会议审议议题前均由司法局出具合法性审查意见，全年审查各类文件和合同148件，提出修改意见96条。
        - 领域: 行政执法
          事项:
            - 内容: 全面推行行政执法公示、执法全过程记录、重大执法决定法制审核三项制度，县级行政执法单位全部在平台公示执法信息；开展行政执法案卷评查，评查案卷320份，发现问题案卷18份并督促整改到位；组织执法人员培训6期，参训执法人员共计820人次。
        - 领域: 突发事件应对
          事项:
            - 内容: 修订县突发事件总体应急预案和专项预案14部，组织防汛、森林防火、危化品泄漏等综合演练11场；汛期前排查地质灾害隐患点43处，落实监测人员和转移路线，全年未发生因灾死亡事件；应急处置中依法发布预警信息27条。
        - 领域: 矛盾纠纷化解
          事项:
            - 内容: 全年收到行政复议申请121件，受理108件，审结101件，纠错14件；各级人民调解组织调解矛盾纠纷2360件，调解成功2298件；县信访局依法分类处理信访事项，办理群众来信来访1040件，按期办结率达到98.6%，群众满意率持续提升。
        - 领域: 行政权力制约监督
          事项:
            - 内容: 自觉接受县人大及其常委会的法律监督和县政协的民主监督，办理人大代表建议58件、政协提案74件，办复率100%；支持法院依法受理和审理行政案件，行政机关负责人出庭应诉率达到100%；审计部门完成审计项目26个，推动整改问题资金3800万元。
        - 领域: 数字法治政府
          事项:
            - 内容: 建成县级行政执法监督平台，接入执法单位34个，实现执法数据实时汇聚和异常预警；政务服务事项网上可办率达到96%，电子证照调用量达到12万次；依托大数据平台开展跨部门数据共享，全年共享数据2300万条，为基层减少重复填报表格40余张。
        - 领域: 党的领导
          事项:
            - 内容: 县委常委会和县政府常务会议定期听取法治政府建设情况汇报，研究部署重点任务；县委理论学习中心组开展习近平法治思想专题学习4次，县政府常务会议会前学法12次，领导干部年度述法实现全覆盖。
      党政主要负责人履行推进法治建设第一责任人职责情况: 县政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开专题会议4次研究法治政府建设工作，带头讲授法治专题党课，带头出庭应诉行政案件2件，对重点领域执法问题开展现场督办，推动年度任务逐项落实。县政府主要负责人在年终述法中专门报告本人推进法治建设的情况，对述法评议中指出的执法监督薄弱等三个问题逐项制定整改措施，明确责任单位和完成时限。
      存在的不足和原因:
        - 不足: 基层执法力量仍然薄弱，乡镇综合执法队伍专业人员不足，部分执法文书制作不规范。
          原因: 乡镇综合行政执法改革后人员划转到位较晚，业务培训还不够系统，案卷评查发现的问题整改后复查不够及时。
        - 不足: 行政复议纠错率仍然偏高，个别部门作出行政行为前调查取证不充分，程序意识有待增强。
          原因: 部分部门法制审核力量不足，法律顾问参与前端把关不够，对复议纠错案件的原因分析和通报还不够深入。
      下一年度主要安排:
        - 内容: 持续深化乡镇综合行政执法改革，全年组织执法人员培训不少于6期，开展案卷评查两轮；推进行政复议规范化建设，提高办案质量；完善重大行政决策目录管理，扩大公众参与范围；加强执法监督平台应用，做好数据共享和预警处置工作。
        - 内容: 建立行政复议纠错案件通报和约谈制度，每季度分析纠错案件的主要原因，督促有关部门完善调查取证和法制审核程序；推动法律顾问全程参与重大行政行为，力争行政复议纠错率比上年明显下降，行政机关负责人出庭应诉率保持100%。
      """
    ],
    failingExamples: [
      """
      ↓年度: 2025
      报告主体: 示例县
      主要举措和成效:
        - 领域: 行政执法
          事项:
            - 内容: 全面推行行政执法三项制度，评查执法案卷120份。
      党政主要负责人履行推进法治建设第一责任人职责情况: 县长主持研究法治政府建设工作4次。
      存在的不足和原因:
        - 不足: 基层执法力量薄弱。
          原因: 乡镇执法编制不足。
      下一年度主要安排: 开展执法案卷评查。
      """
    ])

  /// Characters of prose below which a report cannot give each area and mandated part one concrete paragraph.
  static let minimumCharacters = 1_500

  func validate(_ context: ValidationContext) -> [Diagnostic] {
    // A report missing a mandated part is short because of it; missing_part says so at the part.
    let required = context.catalog.parts.filter(\.required).map(\.id)
    guard required.allSatisfy(context.report.hasContent) else { return [] }
    let spans = context.textSpans.filter { !$0.isTitle }
    guard context.loaded.placeholderPaths.isEmpty else { return [] }
    // Counting stops at the floor: a report of ordinary length is known to pass after its first pages.
    var length = 0
    for span in spans where length < Self.minimumCharacters {
      length += Self.countedCharacters(span.text, upTo: Self.minimumCharacters - length)
    }
    guard length < Self.minimumCharacters, !spans.contains(where: { context.isUnfinished($0.text) }) else {
      return []
    }
    return [
      context.diagnostic(
        Self.description, at: nil,
        "正文只有\(length)字，远短于一份年度报告所需的篇幅（至少\(Self.minimumCharacters)字）；审核时会作为过于简略退回，请按纲要各领域写明举措、数字和成效，并写足不足和原因、第一责任人履职情况和下一年度安排")
    ]
  }

  /// Characters as a word count (字数) counts them: Chinese characters, letters and digits, not punctuation or space.
  static func countedCharacters(_ text: String) -> Int {
    countedCharacters(text, upTo: .max)
  }

  /// `countedCharacters(text)`, or `limit` once that many are counted.
  static func countedCharacters(_ text: String, upTo limit: Int) -> Int {
    guard limit > 0 else { return 0 }
    var count = 0
    for scalar in text.unicodeScalars where counts(scalar) {
      count += 1
      if count == limit { break }
    }
    return count
  }

  /// Whether the scalar is a word's character: ideographic, alphabetic or numeric.
  static func counts(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    // The common answers first, without a Unicode property lookup (asking it of every scalar was a twentieth of
    // validate): ASCII letters and digits and Chinese characters count; the rest of ASCII, the CJK brackets and
    // marks (U+3000–3004, 3008–3020; not 々〆〇) and full-width punctuation do not. `isHan` comes after the
    // punctuation, which it would otherwise ask Unicode about.
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0x00...0x7F, 0x3000...0x3004, 0x3008...0x3020, 0xFF01...0xFF0F, 0xFF1A...0xFF20: return false
    default: return scalar.isHan || countsByProperties(scalar)
    }
  }

  static func countsByProperties(_ scalar: Unicode.Scalar) -> Bool {
    let props = scalar.properties
    return props.isIdeographic || props.isAlphabetic || props.numericType != nil
  }
}
