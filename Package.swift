// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Linking Foundation statically (`swift build -c release --static-swift-stdlib`) asks the linker for `-lcurl`,
/// which only a libcurl -dev package provides. Sources/gen-image/Linking holds a one-line linker script named
/// libcurl.so that points at the runtime library, libcurl.so.4, so the plain static build links on any machine
/// that can run the result. Dynamic builds never ask for -lcurl, so the extra search path changes nothing there.
let linkingFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Sources/gen-image/Linking").path

let package = Package(
    name: "gen-image",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gen-image", targets: ["gen-image"]),
        .library(name: "ImageAPIClient", targets: ["ImageAPIClient"]),
    ],
    targets: [
        // The core: models table, transport, backends, output. Never prints, never exits.
        .target(name: "ImageAPIClient", dependencies: ["CCurlShim"]),
        // libcurl's few functions, declared by hand and loaded with dlopen: no curl headers needed to build.
        .target(name: "CCurlShim", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        // What Swift cannot reach without /proc: main's argc/argv, a stand-in for libdispatch's /proc reads; the build stamp.
        .target(name: "CProcessSupport"),
        // The command-line front end: flags, terminal output, exit codes.
        .executableTarget(
            name: "gen-image", dependencies: ["ImageAPIClient", "CProcessSupport"], exclude: ["Linking"],
            linkerSettings: [.unsafeFlags(["-L\(linkingFolder)"], .when(platforms: [.linux]))]),

        // A real HTTP/1.1 server on 127.0.0.1 that speaks the gateway's shapes, for tests and benchmarks.
        .target(name: "FakeGateway", path: "Tests/FakeGateway"),
        .executableTarget(name: "fake-gateway", dependencies: ["FakeGateway"], path: "Tests/FakeGatewayServer"),
        .executableTarget(
            name: "gen-image-bench", dependencies: ["FakeGateway"], path: "Tests/Benchmarks", exclude: ["SeedStandIn"]),

        .testTarget(name: "ImageAPIClientTests", dependencies: ["ImageAPIClient", "FakeGateway"]),
        .testTarget(
            name: "GenImageTests", dependencies: ["gen-image", "ImageAPIClient", "FakeGateway"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
