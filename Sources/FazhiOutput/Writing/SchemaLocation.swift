import Foundation
import FazhiCore

/// Where the `yaml-language-server` modeline of a new data file should point.
public enum SchemaLocation {
  /// A path to report.schema.json relative to the output file when a Schemas/ folder is found in the output's
  /// folder or above it (a checkout of fazhi), else `report.schema.json` beside the data file, which
  /// `fazhi schema -o report.schema.json` writes (the schema is generated from the built-in catalog).
  public static func modelinePath(forOutput output: String) -> String {
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent().standardizedFileURL
    var candidate = folder
    var ups = 0
    while ups < 6 {
      let schema = candidate.appendingPathComponent("Schemas/report.schema.json")
      if FileManager.default.fileExists(atPath: schema.path) {
        return String(repeating: "../", count: ups) + "Schemas/report.schema.json"
      }
      if candidate.path == "/" { break }
      candidate = candidate.deletingLastPathComponent()
      ups += 1
    }
    return "report.schema.json"
  }
}
