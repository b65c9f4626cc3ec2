// swift-tools-version:6.0
import PackageDescription

// Layers, each importing only those above it (the compiler refuses an upward import):
//   FazhiCore ← FazhiInput ← FazhiChecks ← FazhiOutput ← FazhiCompare ← fazhi
// Yams is fenced in FazhiInput, Stencil and ZIPFoundation's writing in FazhiOutput, ArgumentParser in fazhi.
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
      ],
      resources: [
        .copy("../../Templates"),
        .copy("../../Schemas"),
      ]
    ),
    .target(name: "FazhiChecks", dependencies: ["FazhiCore", "FazhiInput"]),
    .target(
      name: "FazhiOutput",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks",
        .product(name: "Stencil", package: "Stencil"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .target(name: "FazhiCompare", dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput"]),
    .executableTarget(
      name: "fazhi",
      dependencies: [
        "FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "FazhiTestSupport",
      dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks"],
      path: "Tests/FazhiTestSupport"
    ),
    .testTarget(name: "FazhiCoreTests", dependencies: ["FazhiCore", "FazhiTestSupport"]),
    .testTarget(
      name: "FazhiInputTests",
      dependencies: ["FazhiCore", "FazhiInput", "FazhiTestSupport"],
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
    .testTarget(
      name: "fazhiCLITests",
      dependencies: ["FazhiCore", "FazhiInput", "FazhiChecks", "FazhiOutput", "FazhiCompare", "FazhiTestSupport"]
    ),
  ]
)
