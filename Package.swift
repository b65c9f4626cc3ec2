// swift-tools-version:6.0
import PackageDescription

// Layers, each importing only those above it (the compiler refuses an upward import):
//   FazhiCore ← FazhiInput ← FazhiChecks ← FazhiOutput ← FazhiCompare ← fazhi
// Yams is fenced in FazhiInput, Stencil and ZIPFoundation's writing in FazhiOutput, ArgumentParser in fazhi.
//
// One file, no resource bundle: Schemas/catalog/*.yaml and Templates/** stay the one source, and a build-tool
// plugin (EmbedData, running FazhiCodegen) turns them into Swift at build time. The catalog becomes Swift values in
// FazhiCatalog (FazhiCore ← FazhiCatalog ← fazhi; it cannot sit under FazhiInput, whose YAML loader the generator
// uses); the templates become text in FazhiOutput, where Stencil reads them.
// The layers are separate modules, and a release build inlines and specialises a call into another module only when
// the callee's body is visible there: `package` functions (String(scalars:) called by extraction, the quantity
// scanner called by validation) are not, by default. Optimising across modules gives the layered build the code
// the single FazhiKit module had (issue 9: after the split, batch validate fell from 3.4× to 2.6× the peer).
let crossModule: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
  name: "fazhi",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "fazhi", targets: ["fazhi"]),
    .library(name: "FazhiKit", targets: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/stencilproject/Stencil", exact: "0.15.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    .target(name: "FazhiCore", swiftSettings: crossModule),
    .target(
      name: "FazhiInput",
      dependencies: [
        "FazhiCore",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: crossModule
    ),
    .target(name: "FazhiChecks", dependencies: ["FazhiCore", "FazhiInput"], swiftSettings: crossModule),
    .target(
      name: "FazhiOutput",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks",
        .product(name: "Stencil", package: "Stencil"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: crossModule,
      plugins: ["EmbedData"]
    ),
    .target(
      name: "FazhiCompare", dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput"],
      swiftSettings: crossModule),
    .target(name: "FazhiCatalog", dependencies: ["FazhiCore"], swiftSettings: crossModule, plugins: ["EmbedData"]),
    .executableTarget(
      name: "fazhi",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare", "FazhiCatalog",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: crossModule
    ),
    // The build-time generator and the plugin that runs it.
    .executableTarget(name: "FazhiCodegen", dependencies: ["FazhiCore", "FazhiInput"]),
    .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["FazhiCodegen"]),
    .target(
      name: "FazhiTestSupport",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks", "FazhiCatalog",
        // Word fixtures are zipped in the tests.
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      path: "Tests/FazhiTestSupport"
    ),
    .testTarget(name: "FazhiCoreTests", dependencies: ["FazhiCore", "FazhiTestSupport"]),
    .testTarget(
      name: "FazhiInputTests",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiTestSupport",
        // Damaged Word files are made from the fixtures' zips.
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Fixtures"]
    ),
    .testTarget(name: "FazhiChecksTests", dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiTestSupport"]),
    .testTarget(
      name: "FazhiOutputTests",
      dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiTestSupport"],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "FazhiCompareTests",
      dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare", "FazhiTestSupport"],
      exclude: ["Golden"]
    ),
    // Runs the built fazhi binary on mutated inputs; FAZHI_FUZZ_CASES and FAZHI_FUZZ_SEED for longer local runs.
    .testTarget(name: "FazhiFuzzTests", dependencies: ["FazhiTestSupport"]),
    .testTarget(
      name: "fazhiCLITests",
      dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare", "FazhiTestSupport"]
    ),
  ]
)
