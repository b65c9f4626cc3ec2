import Foundation
import FazhiCore

/// 批量审核：`fazhi review` — every report of a folder read, validated and compared with the same unit's report in
/// last year's folder, on all cores, keeping one `ReviewUnit` (no text) per report.
public struct FolderReviewer: Sendable {
  public let reviewer: UnitReviewer

  public init(catalog: Catalog) throws {
    reviewer = try UnitReviewer(catalog: catalog)
  }

  /// Reviews `folder`; `progress(done, total)` is called on the calling thread after each file.
  public func review(
    folder: String, last lastFolder: String?, year: Int?, progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> ReviewSummary {
    let files = try ReviewFolder.files(in: folder)
    let lastIndex = try lastFolder.map(index)
    var units: [ReviewUnit] = []
    var skipped: [ReviewSkip] = []
    var unpaired: [String] = []
    let reviewer = self.reviewer
    Batch.run(count: files.count) { i in
      reviewer.review(files[i].path, name: files[i].name) { key in lastIndex?[key] }
    } consume: { i, outcome in
      switch outcome {
      case .unit(let unit):
        if let year, unit.year != year {
          skipped.append(
            ReviewSkip(
              file: unit.file, reason: "报告年度为\(unit.year.map { "\($0)年" } ?? "未知")，不是 \(year) 年度", isReadError: false))
        } else {
          if lastIndex != nil && unit.lastFile == nil { unpaired.append(unit.file) }
          units.append(unit)
        }
      case .skipped(let skip): skipped.append(skip)
      }
      progress(i + 1, files.count)
    }
    return ReviewSummary(folder: folder, lastFolder: lastFolder, year: year, units: units, skipped: skipped, unpaired: unpaired)
  }

  /// Last year's reports by issuer key (the first file of each issuer when a unit sent two).
  func index(_ folder: String) throws -> [String: String] {
    let files = try ReviewFolder.files(in: folder)
    var index: [String: String] = [:]
    let reviewer = self.reviewer
    Batch.run(count: files.count) { i in reviewer.identify(files[i].path) } consume: { i, identity in
      if let key = identity?.key, index[key] == nil { index[key] = files[i].path }
    }
    return index
  }
}
