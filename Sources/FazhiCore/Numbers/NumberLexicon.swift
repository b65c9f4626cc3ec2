import Foundation

/// 数字词表：every word list the number parser and scanner rely on, kept as data in one place.
enum NumberLexicon {
  // MARK: Units

  /// Unit words accepted after an Arabic number (longest match wins).
  static let unitWords: [String] = [
    "件", "次", "人次", "名", "人", "项", "个", "份", "条", "部", "场", "场次", "期", "起", "宗", "卷", "户", "家",
    "元", "天", "日", "小时", "个小时", "年", "个月", "周", "个工作日", "工作日", "倍", "轮", "批", "类", "种", "支",
    "所", "座", "篇", "本", "册", "套", "台", "辆", "处", "例", "位", "届", "期次", "课时", "学时", "分钟",
    "%", "％", "‰", "个百分点", "百分点", "公里", "千米", "米", "平方米", "平方公里", "亩", "公顷", "吨", "千克",
    "立方米", "微克/立方米", "千瓦时", "分", "票", "张", "封", "页", "件次", "户次", "批次", "车次", "台次", "架次",
    "单", "宗次", "名次",
  ]

  /// Unit words written the canonical way.
  static let canonicalUnits: [String: String] = ["％": "%", "百分点": "个百分点", "个小时": "小时"]

  /// Unit words that, after a Chinese numeral, make it a figure (conservative: no 月, 分, 批, 级 …).
  static let chineseNumeralUnitWords: [String] = [
    "件", "次", "人次", "名", "人", "项", "个", "份", "条", "部", "场", "场次", "期", "起", "宗", "卷", "户", "家",
    "元", "天", "日", "小时", "个小时", "年", "个月", "周", "个工作日", "工作日", "倍", "轮", "类", "种", "支",
    "篇", "本", "套", "处", "例", "位", "届", "个百分点",
  ]

  /// The only units that make a bare `一` a figure (一个, 一项, 一起, 一年 are usually not counts).
  static let bareOneUnitWords: [String] = ["件", "次", "人次", "名", "宗", "场次", "期", "轮", "例", "卷", "户"]

  /// Units after `半` (半年 = 0.5 年).
  static let halfUnitWords: [String] = ["年", "天", "日", "小时", "个小时", "个月", "月"]

  /// Words that start with a multiplier character but are units (10千米 is not 10000米).
  static let multiplierLookalikeUnits: [String] = ["千米", "千克", "千瓦时", "百分点", "十分", "百分之", "千分之"]

  // MARK: Approximation

  /// Markers before the number.
  static let approximationPrefixes: [String: Quantity.Approximation] = [
    "约": .about, "大约": .about, "约为": .about, "约占": .about, "近": .nearly, "将近": .nearly, "接近": .nearly,
    "超": .over, "超过": .over, "逾": .over, "不足": .under, "不到": .under,
  ]

  /// Words ending in an approximation prefix that are not one (节约3万元 is exact).
  static let approximationFalsePrefixes: [String] = [
    "节约", "制约", "集约", "签约", "合约", "公约", "预约", "邀约", "违约", "履约", "特约", "简约", "相约", "条约",
    "规约", "契约", "解约", "续约", "守约", "失约", "最近", "附近", "临近", "靠近", "亲近", "就近", "贴近", "邻近",
    "走近", "拉近", "赶超", "高超",
  ]

  /// Markers right after the number, before the unit (200余人次, 二十多次).
  static let overMarkers: [String] = ["余", "多"]

  /// Markers after the unit.
  static let approximationSuffixes: [String: Quantity.Approximation] = [
    "左右": .about, "上下": .about, "以上": .over, "以下": .under, "余": .over, "多": .over, "有余": .over,
  ]

  /// Suffixes the scanner accepts after a unit (上下, 余, 多 start too many ordinary words in prose).
  static let scannerApproximationSuffixes: [String] = ["左右", "以上", "以下"]

  // MARK: Roles

  /// What a word right before a number says about it.
  enum RoleHint: Sendable { case increase, decrease, to }

  static let roleWords: [String: RoleHint] = {
    var words: [String: RoleHint] = [:]
    let increase = [
      "增长", "增加", "提高", "提升", "上升", "上涨", "增幅", "增幅为", "增幅达", "增长率为", "同比增", "环比增", "净增",
      "多出", "增长了", "增加了", "提高了", "提升了", "上升了",
    ]
    let decrease = [
      "下降", "降低", "减少", "缩减", "压减", "压缩", "缩短", "回落", "下滑", "降幅", "降幅为", "降幅达", "同比降",
      "同比减", "环比降", "环比减", "核减", "削减", "下降了", "降低了", "减少了", "缩短了", "压减了",
    ]
    let verbs = [
      "提升", "提高", "上升", "增加", "增长", "增", "升", "下降", "降低", "降", "减少", "减", "压减", "精简", "压缩",
      "缩短", "缩减", "调整", "变", "削减", "扩大", "扩展", "拓展", "优化",
    ]
    for word in increase { words[word] = .increase }
    for word in decrease { words[word] = .decrease }
    for verb in verbs {
      for to in ["至", "到", "为"] { words[verb + to] = .to }
    }
    return words
  }()

  /// Connectors between the two ends of a numeric range (15%～30%, 3至5年, 2021—2025年).
  static let rangeConnectors: Set<Unicode.Scalar> = ["～", "~", "〜", "—", "–", "-", "－", "至", "到"]

  // MARK: Fixed expressions

  /// Phrases starting with a numeral that are names or slogans, never figures (numeral + measure word +
  /// slogan word, such as 三项制度 or 四个意识, is caught by `fixedSuffixes` instead).
  static let fixedPhrases: [String] = [
    "一件事一次办", "一件事", "一次办", "一次性", "一次告知", "一网通办", "一网统管", "一网协同", "一窗受理", "一站式", "一把手",
    "一揽子", "一张网", "一盘棋", "一体化", "一码通", "一证通", "一事一议", "一企一策", "一案一", "一村一", "一对一",
    "两个一百年", "两法衔接", "两高", "三大攻坚战", "四下基层", "五位一体", "六稳", "六保", "七五普法", "八五普法",
    "九五普法", "六五普法", "十三五", "十四五", "十五五", "千家万户", "千方百计", "万无一失",
  ]

  /// Words after numeral + unit that make the whole a slogan (三项制度, 四个意识, 十项行动, 五年规划).
  static let fixedSuffixes: [String] = [
    "行动", "制度", "意识", "自信", "维护", "确立", "全面", "代表", "务必", "工程", "攻坚", "规划", "计划", "战略",
    "机制", "清单", "一体", "联动", "协同",
  ]

  /// Words after a Chinese numeral + unit that make it a time phrase, not a figure (三年来, 两年以来).
  static let nonFigureSuffixes: [String] = ["来", "以来", "一度", "之内"]

  /// Characters before a Chinese numeral that make it part of a word (统一, 进一步, 每一, 之一, 跑一次).
  static let numeralBlockers: Set<Unicode.Scalar> = [
    "统", "同", "唯", "逐", "单", "万", "进", "专", "划", "归", "这", "那", "哪", "某", "每", "任", "另", "其", "之", "跑",
    "周", "星", "礼", "拜", "初", "几", "数", "若", "不", "合", "均", "整", "纯", "说", "看", "试", "想", "问", "听",
    "再", "又",
  ]

  /// Characters before `半` that make it a period, not a quantity (上半年, 下半年).
  static let halfBlockers: Set<Unicode.Scalar> = ["上", "下", "前", "后", "一", "大", "多", "过", "减", "折"]

  /// Opening quotes: a number right after one is a slogan (“六稳”, “1477”发展战略).
  static let openingQuotes: Set<Unicode.Scalar> = ["“", "‘", "\"", "「", "『", "'"]
  static let closingQuotes: Set<Unicode.Scalar> = ["”", "’", "\"", "」", "』", "'"]

  /// Brackets of a document number's year: 〔2019〕28号.
  static let documentYearBrackets: [Unicode.Scalar: Unicode.Scalar] = ["〔": "〕", "[": "]", "［": "］", "【": "】"]

  /// Units after an ordinal 第 besides the ordinary ones (第二十五条, 第三款, 第十四届).
  static let ordinalUnitWords: [String] = unitWords + ["条", "款", "章", "节", "届", "号", "季度", "批", "阶段"]

  /// Public-service hotlines that look like figures (12345, 12348 法律服务热线).
  static let hotlineRange: ClosedRange<Int> = 12_300...12_399

  // MARK: Compiled lists

  static let units = WordList(unitWords)
  static let chineseNumeralUnits = WordList(chineseNumeralUnitWords)
  static let bareOneUnits = WordList(bareOneUnitWords)
  static let halfUnits = WordList(halfUnitWords)
  static let ordinalUnits = WordList(ordinalUnitWords)
  static let multiplierLookalikes = WordList(multiplierLookalikeUnits)
  static let prefixes = WordList(Array(approximationPrefixes.keys))
  static let falsePrefixes = WordList(approximationFalsePrefixes)
  static let overWords = WordList(overMarkers)
  static let suffixes = WordList(Array(approximationSuffixes.keys))
  static let scannerSuffixes = WordList(scannerApproximationSuffixes)
  static let roles = WordList(Array(roleWords.keys))
  static let phrases = WordList(fixedPhrases)
  static let slogans = WordList(fixedSuffixes)
  static let nonFigures = WordList(nonFigureSuffixes)

  /// The canonical spelling of a unit word.
  static func canonicalUnit(_ word: String) -> String { canonicalUnits[word] ?? word }
}
