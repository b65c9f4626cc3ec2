import Foundation
import FazhiCore

/// 清理网页杂项：removes web-page chrome (breadcrumbs, disclosure-catalogue fields, toolbars, table-border
/// debris, footers) from the lines of a saved report, keeping the publication metadata it finds.
///
/// Everything before the report title is treated as page header: metadata lines there are read, the rest is
/// dropped. A second copy of the title (pages often repeat it) is dropped too.
public struct PageCleaner: Sendable {
  /// The result of cleaning.
  public struct Cleaned: Sendable, Hashable {
    /// The report title line, when one was recognised.
    public var title: SourceLine?
    /// The body lines after the title (or all kept lines when no title was recognised).
    public var lines: [SourceLine]
    /// Publication details found in the page.
    public var metadata: PageMetadata
    /// How many lines were dropped as chrome.
    public var droppedLines: Int

    /// The cleaned text, one line per paragraph, title first.
    public var text: String {
      let all = (title.map { [$0] } ?? []) + lines
      // Sized exactly: `joined` reserves an underestimate and doubles, up to twice the text for a large report.
      var text = ""
      text.reserveCapacity(all.reduce(max(all.count - 1, 0)) { $0 + $1.text.utf8.count })
      for (index, line) in all.enumerated() {
        if index > 0 { text += "\n" }
        text += line.text
      }
      return text
    }
  }

  public init() {}

  /// Field labels of disclosure pages; a line that starts with one of them is metadata, never body text.
  static let metadataLabels = [
    "索引号", "发布机构", "发文机构", "发布单位", "组配分类", "公开方式", "公开时限", "公开范围", "有效性", "文号", "信息分类", "主题分类",
    "体裁分类", "成文日期", "生成日期", "失效日期", "发布时间", "发布日期", "来源", "信息来源", "文章来源", "点击数", "点击次数", "浏览次数",
    "阅读次数", "访问量", "字号", "作者", "记者", "编辑", "责任编辑", "名称", "标题", "主题词", "关键词", "所属机构", "公开形式", "时效",
  ]
  static let labelInitials: Set<Unicode.Scalar> = Set(metadataLabels.compactMap(\.unicodeScalars.first))
  static let sourceLabels = ["发布机构", "发文机构", "发布单位", "来源", "信息来源", "文章来源"]

  /// Substrings that mark a line as page chrome (checked only on lines without a full stop).
  static let chromeMarkers = [
    "当前位置", "您现在的位置", "您的位置", "所在位置", "【字体", "字体:大", "字体：大", "打印本页", "关闭窗口", "分享到", "版权所有",
    "ICP备", "ICP证", "网站标识码", "公网安备", "联系地址", "主办单位", "承办单位", "协办单位", "网站地图", "站点地图", "欢迎您",
    "技术支持", "运维邮箱", "联系电话", "上一篇", "下一篇", "返回顶部", "扫一扫", "收藏本页", "加入收藏", "设为首页", "无障碍",
    "【打印】", "【关闭】", "[打印]", "[关闭]", "浏览次数", "网站找错", "智能问答", "长者模式", "繁體", "手机版",
  ]
  static let chromeLines: Set<String> = [
    "打印", "关闭", "分享", "收藏", "关于我们", "党政机关", "English", "首页", "返回", "大", "中", "小", "网站声明", "联系我们",
    "打印本页", "关闭本页", "【打印本页】", "【关闭窗口】", "我要纠错", "政务公开", "信息公开",
  ]
  /// No line longer than this (in UTF-8 bytes) is in `chromeLines`: longer lines skip hashing.
  static let longestChromeLine = chromeLines.map(\.utf8.count).max() ?? 0
  /// Markers after which short lines are footer.
  static let footerStarts = ["版权所有", "分享到", "网站地图", "站点地图", "打印本页", "关闭窗口", "ICP备", "【打印】"]

  /// Cleans `lines`.
  public func clean(_ lines: [SourceLine]) -> Cleaned {
    var metadata = PageMetadata()
    var kept: [SourceLine] = []
    var dropped = 0
    var title: SourceLine?
    var titleIndexInKept: Int?
    var inFooter = false
    var bodySentences = 0

    for raw in lines {
      var line = raw
      let (text, leading) = Self.strip(raw.text)
      line.text = text
      line.column = raw.column + leading
      if text.isEmpty || Self.isDebris(text) {
        if !Whitespace.trim(raw.text).isEmpty { dropped += 1 }
        continue
      }
      // Only a line opening with the first character of a label can be metadata: most lines skip the
      // Character array and the label scan.
      if let initial = text.unicodeScalars.first, Self.labelInitials.contains(initial),
        let fields = Self.metadataFields(Array(scalarsOf: text))
      {
        Self.merge(fields, into: &metadata)
        dropped += 1
        continue
      }
      let hasFullStop = text.fastContains("。")
      if !hasFullStop {
        if bodySentences >= 3 && Self.footerStarts.contains(where: { text.fastContains($0) }) { inFooter = true }
        if inFooter && text.count < 80 && DateText.firstDate(in: text) == nil {
          dropped += 1
          continue
        }
        if Self.isChrome(text) {
          dropped += 1
          continue
        }
        if let t = title, TextKey.key(t.text) == TextKey.key(text) {
          dropped += 1
          continue
        }
      } else {
        bodySentences += 1
      }
      if title == nil && kept.count < 60 && Self.isTitleLike(text) {
        title = line
        titleIndexInKept = kept.count
        continue
      }
      kept.append(line)
    }
    if let index = titleIndexInKept {
      // Everything before the title is page header.
      dropped += index
      kept.removeFirst(index)
    } else if let field = metadata.titleField, Self.isTitleLike(field) {
      title = nil
    }
    return Cleaned(title: title, lines: kept, metadata: metadata, droppedLines: dropped)
  }

  /// True for a line that reads like a report title.
  static func isTitleLike(_ text: String) -> Bool {
    // The byte searches first: counting characters is slower and most lines fail them.
    guard !text.fastContains("。"), text.fastContains("报告"), text.count <= 80 else { return false }
    if text.hasSuffix(":") || text.hasSuffix("：") { return false }
    return ["法治政府", "依法行政", "法治建设", "政府工作", "信息公开", "法治"].contains { text.fastContains($0) }
  }

  /// Trims spaces (incl. full-width and no-break) and table-border pipes at both ends; also returns how many
  /// scalars were trimmed at the start.
  static func strip(_ text: String) -> (String, Int) {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var leading = 0
    while start < scalars.endIndex, junk.contains(scalars[start]) {
      scalars.formIndex(after: &start)
      leading += 1
    }
    var end = scalars.endIndex
    while end > start, junk.contains(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
    if leading == 0 && end == scalars.endIndex { return (text, 0) }
    return (String(scalars[start..<end]), leading)
  }

  private static let junk: Set<Unicode.Scalar> = [" ", "\t", "\u{3000}", "\u{00A0}", "|", "｜", "\u{200B}", "\u{FEFF}"]

  /// A line made only of border characters.
  static func isDebris(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy(debris.contains)
  }

  private static let debris = Set("|｜-—_=*·• \u{3000}+".unicodeScalars)

  static func isChrome(_ text: String) -> Bool {
    if text.utf8.count <= longestChromeLine && chromeLines.contains(text) { return true }
    if chromeMarkers.contains(where: { text.fastContains($0) }) { return true }
    if text.hasPrefix(">") || text.hasPrefix("＞") || text.hasPrefix("»") { return true }
    if text.hasPrefix("首页")
      && (text.count <= 4 || text.contains(">") || text.contains("-") || text.contains("»")
        || text.contains("/") || text.contains("＞") || text.contains("—"))
    {
      return true
    }
    return false
  }

  /// Label/value pairs of a line (its Unicode scalars) that starts with a metadata label; nil for other lines.
  static func metadataFields(_ chars: [Unicode.Scalar]) -> [(String, String)]? {
    guard let first = label(at: 0, in: chars), first.label != "标题" || chars.count < 80 else { return nil }
    var hits: [(label: String, start: Int, valueStart: Int)] = [(first.label, 0, first.end)]
    var i = first.end
    while i < chars.count {
      if chars[i] == " " || chars[i] == "|" || chars[i] == "\u{3000}" || chars[i] == "】" || chars[i] == "【" {
        var j = i
        while j < chars.count && fieldSeparators.contains(chars[j]) { j += 1 }
        if let next = label(at: j, in: chars) {
          hits.append((next.label, j, next.end))
          i = next.end
          continue
        }
        i = j
        continue
      }
      i += 1
    }
    var fields: [(String, String)] = []
    for (n, hit) in hits.enumerated() {
      let end = n + 1 < hits.count ? hits[n + 1].start : chars.count
      var value = chars[min(hit.valueStart, end)..<end]
      if let cut = value.firstIndex(where: valueEnds.contains) { value = value[..<cut] }
      while let first = value.first, valuePadding.contains(first) { value.removeFirst() }
      while let last = value.last, valuePadding.contains(last) { value.removeLast() }
      fields.append((hit.label, String(scalars: value)))
    }
    return fields
  }

  private static let fieldSeparators = Set(" |\u{3000}【】".unicodeScalars)
  private static let valueEnds = Set("|｜【[".unicodeScalars)
  private static let valuePadding = Set(" \u{3000}:：".unicodeScalars)
  private static let labelScalars = metadataLabels.map { ($0, Array($0.unicodeScalars)) }

  /// A metadata label at `start` (spaces allowed between its characters) followed by a colon.
  static func label(at start: Int, in chars: [Unicode.Scalar]) -> (label: String, end: Int)? {
    for (label, scalars) in labelScalars {
      var i = start
      var matched = true
      for (k, c) in scalars.enumerated() {
        if k > 0 { while i < chars.count && (chars[i] == " " || chars[i] == "\u{3000}") { i += 1 } }
        guard i < chars.count, chars[i] == c else {
          matched = false
          break
        }
        i += 1
      }
      guard matched else { continue }
      while i < chars.count && (chars[i] == " " || chars[i] == "\u{3000}") { i += 1 }
      guard i < chars.count, chars[i] == ":" || chars[i] == "：" else { continue }
      return (label, i + 1)
    }
    return nil
  }

  static func merge(_ fields: [(String, String)], into metadata: inout PageMetadata) {
    for (label, value) in fields {
      switch label {
      case "发布时间", "发布日期":
        if metadata.publishedDate == nil { metadata.publishedDate = DateText.firstDate(in: value)?.date }
      case "成文日期", "生成日期":
        if metadata.writtenDate == nil { metadata.writtenDate = DateText.firstDate(in: value)?.date }
      case "名称", "标题":
        if metadata.titleField == nil && !value.isEmpty { metadata.titleField = value }
      case "文号":
        if metadata.documentNumber == nil && !value.isEmpty && value != "无" { metadata.documentNumber = value }
      case _ where sourceLabels.contains(label):
        // 发布机构/发文机构 win over a later 来源.
        if !value.isEmpty && (metadata.source == nil || label == "发布机构" || label == "发文机构") {
          if metadata.source == nil || label != "来源" { metadata.source = value }
        }
      default:
        break
      }
    }
  }
}
