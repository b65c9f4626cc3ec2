import FazhiCore

extension ReportPart {
  /// What a reviewer expects a part's text to say, as advice after 请 in the substance rules' messages (empty_item,
  /// stock_phrase_only): one wording per part, so an empty item and a hollow one are told the same thing.
  var expectedContent: String {
    switch self {
    case .achievements: "写明具体做了什么、做了多少、取得了什么成效（有数字的写上数字）"
    case .shortcomings: "写明哪些单位、哪些工作存在什么问题，以及造成问题的具体原因"
    case .firstResponsible: "写明党政主要负责人亲自做了哪些工作（主持研究了哪些议题、带头学法述法、督办了哪些问题）"
    case .nextYear: "写明下一年度具体做哪些事、由谁牵头、何时完成"
    case .other: "写明需要报告的具体情况"
    }
  }
}
