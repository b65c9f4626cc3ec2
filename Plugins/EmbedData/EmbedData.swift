import Foundation
import PackagePlugin

/// Compiles fazhi's data files into the target that uses them, so that the binary needs no files beside it:
///   FazhiCatalog ← Schemas/catalog/*.yaml, as Swift values (`Catalog.compiled`): no YAML is parsed at start-up;
///   FazhiOutput  ← Templates/**, as text (`BuiltInTemplates.files`): users still override them with --templates.
/// The data files stay the one source: the generated Swift is rewritten whenever one of them changes or is added.
@main
struct EmbedData: BuildToolPlugin {
  /// What each target embeds: the folder (relative to the package) and the generator's mode, which also names
  /// the generated file.
  static let embedded: [String: (folder: [String], mode: String, file: String)] = [
    "FazhiCatalog": (["Schemas", "catalog"], "catalog", "CompiledCatalog.swift"),
    "FazhiOutput": (["Templates"], "templates", "BuiltInTemplates.swift"),
  ]

  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let embed = Self.embedded[target.name] else {
      Diagnostics.error("EmbedData: nothing to embed into \(target.name); add it to EmbedData.embedded")
      return []
    }
    let folder = embed.folder.reduce(context.package.directoryURL) { $0.appending(component: $1) }
    let output = context.pluginWorkDirectoryURL.appending(component: embed.file)
    return [
      .buildCommand(
        displayName: "Embedding \(embed.folder.joined(separator: "/")) into \(target.name)",
        executable: try context.tool(named: "FazhiCodegen").url,
        arguments: [embed.mode, folder.path, output.path],
        inputFiles: try Self.files(under: folder),
        outputFiles: [output])
    ]
  }

  /// Every file under a folder: the inputs whose change reruns the generator.
  static func files(under folder: URL) throws -> [URL] {
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
      throw PluginError("EmbedData: cannot read \(folder.path)")
    }
    return enumerator.compactMap { $0 as? URL }.filter { !$0.hasDirectoryPath }.sorted { $0.path < $1.path }
  }
}

struct PluginError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
