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
    .target(name: "FazhiCore"),
    .target(
      name: "FazhiInput",
      dependencies: [
        "FazhiCore",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(name: "FazhiChecks", dependencies: ["FazhiCore", "FazhiInput"]),
    .target(
      name: "FazhiOutput",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks",
        .product(name: "Stencil", package: "Stencil"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      plugins: ["EmbedData"]
    ),
    .target(name: "FazhiCompare", dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput"]),
    .target(name: "FazhiCatalog", dependencies: ["FazhiCore"], plugins: ["EmbedData"]),
    .executableTarget(
      name: "fazhi",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare", "FazhiCatalog",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
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
