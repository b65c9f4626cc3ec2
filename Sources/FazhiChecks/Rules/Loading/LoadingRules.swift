/// Findings made while reading the file (syntax, types, keys, values). The checks live in Loading/; these
/// descriptions document them for `fazhi rules` and feed the same example tests as every other rule.
public enum LoadingRules {
  static let header = "年度: 2025\n报告主体: 示例县\n"

  public static let descriptions: [RuleDescription] = [
    RuleDescription(
      identifier: "yaml_syntax", name: "YAML 语法错误", severity: .error,
      description: "文件不符合 YAML 语法（缩进不齐、冒号位置不对、引号未闭合等），位置为 libyaml 给出的行列。",
      passingExamples: [header],
      failingExamples: ["年度: 2025\n报告主体: 示例县\n导语: ↓\"未闭合的引号\n"]),
    RuleDescription(
      identifier: "yaml_tab_indent", name: "用 Tab 缩进", severity: .error,
      description: "YAML 只允许用半角空格缩进，Tab 会导致解析失败。",
      passingExamples: [header + "主送:\n  - 示例市人民政府\n"],
      failingExamples: [header + "主送:\n↓\t- 示例市人民政府\n"]),
    RuleDescription(
      identifier: "fullwidth_space", name: "全角空格缩进", severity: .error,
      description: "中文输入法未切换时输入的全角空格（U+3000）不能用于缩进。",
      passingExamples: [header + "主送:\n  - 示例市人民政府\n"],
      failingExamples: [header + "主送:\n↓　- 示例市人民政府\n"]),
    RuleDescription(
      identifier: "fullwidth_colon", name: "全角冒号", severity: .error,
      description: "键和值之间必须用半角冒号加空格（年度: 2025），全角冒号「：」会让整行变成普通文字。",
      passingExamples: [header],
      failingExamples: ["年度↓：2025\n报告主体: 示例县\n"]),
    RuleDescription(
      identifier: "yaml_duplicate_key", name: "键重复", severity: .error,
      description: "同一层级中同一个键出现两次，后一个会覆盖前一个。",
      passingExamples: [header],
      failingExamples: ["↓年度: 2025\n报告主体: 示例县\n年度: 2026\n"]),
    RuleDescription(
      identifier: "yaml_not_mapping", name: "顶层不是键值对", severity: .error,
      description: "报告文件顶层必须是键值对（年度、报告主体……），不能是列表或单个值。",
      passingExamples: [header],
      failingExamples: ["↓- 年度: 2025\n- 报告主体: 示例县\n"]),
    RuleDescription(
      identifier: "yaml_anchor", name: "使用了锚点或别名", severity: .error,
      description: "报告数据不需要 YAML 锚点（&）和别名（*）；为防止「十亿笑声」式的别名炸弹，一律拒绝。",
      passingExamples: [header],
      failingExamples: [header + "主送: ↓&a 示例市人民政府\n落款: *a\n"]),
    RuleDescription(
      identifier: "empty_file", name: "空文件", severity: .error,
      description: "文件没有任何内容（或只有注释）。",
      passingExamples: [header],
      failingExamples: ["↓# 只有注释\n"]),
    RuleDescription(
      identifier: "wrong_type", name: "类型不对", severity: .error,
      description: "值的类型与要求不符：该写文字的地方写成了列表、该写数字的地方写成了文字等。",
      passingExamples: [header],
      failingExamples: ["年度: ↓二零二五年度\n报告主体: 示例县\n", header + "导语:\n  ↓- 第一段\n"]),
    RuleDescription(
      identifier: "unknown_key", name: "不认识的键", severity: .error,
      description: "文件中有 fazhi 不认识的键；常见原因是错别字或用了旧的键名，消息会给出最接近的正确键名。",
      passingExamples: [header],
      failingExamples: [header + "↓存在的问题: 执法力量薄弱\n", header + "↓导言: 2025年，示例县……\n"]),
    RuleDescription(
      identifier: "missing_metadata", name: "缺少基本信息", severity: .error,
      description: "缺少「年度」或「报告主体」，无法生成标题、也无法核对年份。",
      passingExamples: [header],
      failingExamples: ["↓报告主体: 示例县\n"]),
    RuleDescription(
      identifier: "invalid_value", name: "取值无效", severity: .error,
      description: "「层级」「纲要」等只能取固定值的字段写了其他内容。",
      passingExamples: [header + "层级: 县级\n纲要: 2021\n"],
      failingExamples: [header + "层级: ↓村级\n"]),
    RuleDescription(
      identifier: "invalid_date", name: "日期无效", severity: .error,
      description: "日期无法识别或不存在（如 2月30日）。",
      passingExamples: [header + "成文日期: 2026-02-20\n"],
      failingExamples: [header + "成文日期: ↓2026-02-30\n"]),
    RuleDescription(
      identifier: "date_format", name: "日期写法不规范", severity: .warning,
      description: "GB/T 9704 的日期写作 2026年2月20日（不补零）；数据中也可写 2026-02-20。「2026/2/20」「2026.2.20」给出警告。",
      passingExamples: [header + "成文日期: 2026年2月20日\n"],
      failingExamples: [header + "成文日期: ↓2026/2/20\n"]),
    RuleDescription(
      identifier: "fullwidth_digits", name: "全角数字", severity: .error,
      description: "中文输入法下输入的全角数字（２０２５）无法按数字处理。",
      passingExamples: [header],
      failingExamples: ["年度: ↓２０２５\n报告主体: 示例县\n"]),
    RuleDescription(
      identifier: "number_format", name: "数字写法不规范", severity: .warning,
      description: "统计数字应使用阿拉伯数字（GB/T 15835）：「二〇二五」「百分之九十七」「3千」等写法给出提示，并按其数值继续核对。",
      passingExamples: [header + "主要指标:\n  人民调解成功率: 97%\n"],
      failingExamples: ["年度: ↓二〇二五\n报告主体: 示例县\n"]),
    RuleDescription(
      identifier: "indicator_value", name: "指标值无法识别", severity: .error,
      description: "指标值不是可识别的数字、百分数或约数；或把「个百分点」（变化幅度）填成了比率；或计数不是整数。",
      passingExamples: [header + "主要指标:\n  行政复议受理: 100\n  行政机关负责人出庭应诉率: 100%\n"],
      failingExamples: [
        header + "主要指标:\n  行政复议受理: ↓很多\n", header + "主要指标:\n  人民调解成功率: ↓97.2个百分点\n",
      ]),
    RuleDescription(
      identifier: "indicator_unit", name: "指标单位不符", severity: .error,
      description: "指标值带的单位与目录中该指标的单位不符（如计数指标写成百分数）。",
      passingExamples: [header + "主要指标:\n  行政复议受理: 100件\n"],
      failingExamples: [header + "主要指标:\n  行政复议受理: ↓85%\n"]),
    RuleDescription(
      identifier: "rate_without_percent", name: "比率未带百分号", severity: .warning,
      description: "比率类指标写成了不带 % 的数字（97.2），按百分数理解并提示补上百分号。",
      passingExamples: [header + "主要指标:\n  人民调解成功率: 97.2%\n"],
      failingExamples: [header + "主要指标:\n  人民调解成功率: ↓97.2\n"]),
    RuleDescription(
      identifier: "unknown_indicator", name: "未知指标", severity: .warning,
      description: "「主要指标」中的名称不在目录中（fazhi indicators 列出全部指标）；目录以外的数字请写在「其他指标」下。",
      passingExamples: [header + "主要指标:\n  行政复议受理: 100\n其他指标:\n  办结营商环境投诉举报: 20起\n"],
      failingExamples: [header + "主要指标:\n  ↓行政复议收件: 100\n"]),
    RuleDescription(
      identifier: "duplicate_indicator", name: "指标重复", severity: .error,
      description: "同一个指标以标准名和别名各写了一次。",
      passingExamples: [header + "主要指标:\n  行政复议受理: 100\n"],
      failingExamples: [header + "主要指标:\n  行政复议受理: 100\n  ↓受理行政复议申请: 100\n"]),
    RuleDescription(
      identifier: "custom_area", name: "自定义领域", severity: .warning,
      description: "「领域」不是所选纲要的领域，将原样作为标题输出；可能是错别字或纲要填错。",
      passingExamples: [header + "主要举措和成效:\n  - 领域: 行政执法\n    事项: [推行三项制度。]\n"],
      failingExamples: [header + "主要举措和成效:\n  - 领域: ↓行政执发\n    事项: [推行三项制度。]\n"]),
    RuleDescription(
      identifier: "missing_field", name: "领域缺少名称", severity: .error,
      description: "「主要举措和成效」的每一项须写明「领域」（或「标题」），否则无法生成小标题。",
      passingExamples: [header + "主要举措和成效:\n  - 领域: 行政执法\n    事项: [推行三项制度。]\n"],
      failingExamples: [header + "主要举措和成效:\n  - ↓事项: [推行三项制度。]\n"]),
    RuleDescription(
      identifier: "indicator_alias", name: "指标用了别名", severity: .note,
      description: "「主要指标」中的名称是目录指标的别名，可以识别，建议改用标准名称。",
      passingExamples: [header + "主要指标:\n  行政复议受理: 100\n"],
      failingExamples: [header + "主要指标:\n  ↓受理行政复议申请: 100\n"]),
    RuleDescription(
      identifier: "custom_is_catalog", name: "其他指标中写了目录指标", severity: .warning,
      description: "「其他指标」中的名称其实是目录指标，应移到「主要指标」下，才能核对算术关系。",
      passingExamples: [header + "其他指标:\n  办结营商环境投诉举报: 20起\n"],
      failingExamples: [header + "其他指标:\n  ↓行政复议受理: 100件\n"]),
    RuleDescription(
      identifier: "custom_indicator_unit", name: "其他指标未写单位", severity: .warning,
      description: "「其他指标」没有目录单位可依，数值须带单位（20起、3个）。",
      passingExamples: [header + "其他指标:\n  办结营商环境投诉举报: 20起\n"],
      failingExamples: [header + "其他指标:\n  办结营商环境投诉举报: ↓20\n"]),
  ]
}
