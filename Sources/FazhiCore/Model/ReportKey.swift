/// The Chinese keys of the report YAML, with what each holds. The five parts' keys come from the catalog
/// (`Schemas/catalog/parts.yaml`); these are the fixed ones around them.
public enum ReportKey {
  public static let year = "年度"
  public static let jurisdiction = "报告主体"
  public static let level = "层级"
  public static let framework = "纲要"
  public static let title = "标题"
  public static let recipients = "主送"
  public static let issuer = "落款"
  public static let date = "成文日期"
  public static let publishedDate = "发布日期"
  public static let source = "来源"
  public static let preamble = "导语"
  public static let indicators = "主要指标"
  public static let customIndicators = "其他指标"
  public static let facts = "数据事实"

  /// Keys inside an area of 主要举措和成效.
  public enum Area {
    public static let area = "领域"
    public static let title = "标题"
    public static let summary = "概述"
    public static let items = "事项"
  }

  /// Keys of an item (事项).
  public enum ItemKey {
    public static let title = "标题"
    public static let text = "内容"
  }

  /// Keys of a shortcoming.
  public enum ShortcomingKey {
    public static let problem = "不足"
    public static let cause = "原因"
  }

  /// Keys of a fact (extraction output).
  public enum FactKey {
    public static let label = "名称"
    public static let value = "数值"
    public static let sentence = "原文"
  }

  /// The metadata keys in the order a scaffold writes them.
  public static let metadataKeys = [
    year, jurisdiction, level, framework, title, recipients, issuer, date, publishedDate, source,
  ]
}
