import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiInput
@testable import FazhiOutput
@testable import FazhiTestSupport

/// What `fazhi extract` writes for one extracted file.
@Suite struct ExtractionOutputTests {
  static let text = "示例县2025年度法治政府建设情况报告\n一、主要举措和成效\n全年受理行政复议申请100件。\n"

  @Test func yamlSaysWhereItCameFromAndLoadsBack() throws {
    let catalog = try Fixtures.catalog()
    let result = ReportExtractor(catalog: catalog).extract(data: Data(Self.text.utf8), path: "dir/示例县.txt")
    let data = try #require(ExtractionOutput.data(for: result, file: "dir/示例县.txt", format: .yaml, catalog: catalog))
    let yaml = String(decoding: data, as: UTF8.self)
    #expect(yaml.contains("由 fazhi extract 从 示例县.txt 提取；\(result.summary)"))
    #expect(yaml.contains("请核对后再用 fazhi validate 校验"))
    let loaded = ReportLoader(catalog: catalog).load(text: yaml, file: "示例县.yaml")
    #expect(loaded.report?.metadata.jurisdiction == "示例县")
  }

  @Test func jsonIsTheWholeResult() throws {
    let catalog = try Fixtures.catalog()
    let result = ReportExtractor(catalog: catalog).extract(data: Data(Self.text.utf8), path: "示例县.txt")
    let data = try #require(ExtractionOutput.data(for: result, file: "示例县.txt", format: .json, catalog: catalog))
    let decoded = try JSONDecoder().decode(ExtractionResult.self, from: data)
    #expect(decoded.report?.metadata == result.report?.metadata)
    #expect(decoded.parts == result.parts && decoded.headings == result.headings)
  }

  @Test func nothingIsWrittenWithoutAReport() throws {
    let catalog = try Fixtures.catalog()
    let result = ReportExtractor(catalog: catalog).extract(file: "/nonexistent/示例县.txt")
    for format in ExtractionOutput.Format.allCases {
      #expect(ExtractionOutput.data(for: result, file: "示例县.txt", format: format, catalog: catalog) == nil)
    }
  }
}
