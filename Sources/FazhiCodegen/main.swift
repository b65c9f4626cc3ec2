import Foundation

// Build-time generator run by the EmbedData plugin; not shipped. Writes Swift source from fazhi's data files:
//   FazhiCodegen catalog   Schemas/catalog  OUT.swift   the catalog as values (`Catalog.compiled`)
//   FazhiCodegen templates Templates        OUT.swift   every template file as text (`BuiltInTemplates.files`)
// Output is deterministic (sorted, no dates), and written only when it changed, so an unchanged data file does
// not recompile the target.

let arguments = CommandLine.arguments
guard arguments.count == 4, let mode = arguments.dropFirst().first else {
  FileHandle.standardError.write(Data("usage: FazhiCodegen catalog|templates INPUT_DIR OUTPUT.swift\n".utf8))
  exit(64)
}
let input = URL(fileURLWithPath: arguments[2], isDirectory: true)
let output = URL(fileURLWithPath: arguments[3])
do {
  let source: String
  switch mode {
  case "catalog": source = try CatalogSource.generate(from: input)
  case "templates": source = try TemplateSource.generate(from: input)
  default:
    FileHandle.standardError.write(Data("FazhiCodegen: unknown mode \(mode)\n".utf8))
    exit(64)
  }
  let data = Data(source.utf8)
  if FileManager.default.contents(atPath: output.path) != data {
    try data.write(to: output, options: .atomic)
  }
} catch {
  FileHandle.standardError.write(Data("FazhiCodegen: error: \(error)\n".utf8))
  exit(1)
}
