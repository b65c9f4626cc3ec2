// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "fazhi",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "fazhi", targets: ["fazhi"]),
    .library(name: "FazhiKit", targets: ["FazhiKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/stencilproject/Stencil", exact: "0.15.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
  ],
  targets: [
    .target(
      name: "FazhiKit",
      dependencies: [
        .product(name: "Yams", package: "Yams"),
        .product(name: "Stencil", package: "Stencil"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      resources: [
        .copy("../../Templates"),
        .copy("../../Schemas"),
      ]
    ),
    .executableTarget(
      name: "fazhi",
      dependencies: [
        "FazhiKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "FazhiKitTests",
      dependencies: ["FazhiKit"],
      exclude: ["Fixtures", "Golden"]
    ),
    .testTarget(
      name: "fazhiCLITests",
      dependencies: ["FazhiKit"]
    ),
  ]
)
