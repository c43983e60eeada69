// swift-tools-version: 6.1
import PackageDescription

/// Targets point one way: TavleCore <- TavleScreen <- TavleTerminal <- tavle.
/// Only TavleTerminal imports ncurses; TavleCore and TavleScreen are pure and fully testable.
/// Only TavlePlatform names the operating system's C library (Glibc, or Darwin on macOS).
let package = Package(
    name: "Tavle",
    // Built and tested on Linux only (docs/platforms.md). Should anyone build on macOS, 15 is the
    // oldest that has what the code uses (Synchronization.Mutex in BackgroundSaver and
    // EventQueue); saying 13 would promise a build that cannot link there.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tavle", targets: ["tavle"]),
        // The room's web server, a program of its own that tavle starts when a room opens
        // (docs/room.md): installed beside tavle.
        .executable(name: "tavle-room", targets: ["tavle-room"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.6.0"),
        // The room's web server (docs/room.md): only TavleRoom uses it, in tavle-room.
        // No traits: without swift-configuration and full Foundation (only FoundationEssentials).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0", traits: []),
        // Named for the two modules TavleRoom uses directly (the channel's address, a silent logger).
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Model, file format and the state machine. Standard library only.
        .target(name: "TavleCore"),
        // Layout into a virtual grid of cells, one view per screen, semantic styles, themes.
        .target(name: "TavleScreen", dependencies: ["TavleCore"]),
        // The ncursesw C API, with a shim for macros and globals Swift cannot import. No
        // pkg-config: its only flags are -D ones SwiftPM drops with a warning (the shim defines
        // what is needed) and the libraries, which the module map names.
        // Debian: apt-get install libncursesw5-dev.
        .systemLibrary(name: "CNcurses"),
        // The C library calls the Glibc module leaves out (extended attributes, inotify), for
        // TavlePlatform only.
        .systemLibrary(name: "CPlatform"),
        // The operating system, in one place: re-exports Glibc (Darwin on macOS) and wraps the
        // calls that differ between the two (stat's time fields, extended attributes, inotify).
        // Depends on nothing of Tavle's, so every other target may use it.
        .target(name: "TavlePlatform", dependencies: ["CPlatform"]),
        // The only target that talks to the terminal.
        .target(name: "TavleTerminal", dependencies: ["TavleScreen", "TavlePlatform", "CNcurses"]),
        // The bundled kits and themes: plain text files in the repository (kits in
        // Sources/TavleKits/Kits, themes in `themes/` at the top, where people look for them),
        // built into the binary by the EmbedBundledFiles plugin.
        .target(name: "TavleKits", exclude: ["Kits"], plugins: ["EmbedBundledFiles"]),
        .executableTarget(name: "TavleEmbed", dependencies: ["TavlePlatform"]),
        .plugin(name: "EmbedBundledFiles", capability: .buildTool(), dependencies: ["TavleEmbed"]),
        // libqrencode, for the room's QR code. Debian: apt-get install libqrencode-dev (the
        // room's program links it; the library, libqrencode4, is all it needs at run time).
        .systemLibrary(name: "CQRencode"),
        // The room: the web server participants' phones talk to, on the local network. Turns
        // their requests into the core's events and serves the page; knows nothing of ncurses.
        .target(
            name: "TavleRoom",
            dependencies: [
                "TavleCore", "TavlePlatform", "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
                // Its HTTP/1 channel, wrapped to count connections as they are accepted.
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Page"],
            plugins: ["EmbedBundledFiles"]
        ),
        // The room's program: the server of TavleRoom, spoken to over its standard input and
        // output (RoomWire). Not linked into tavle, which starts it only when a room opens.
        .executableTarget(name: "tavle-room", dependencies: ["TavleRoom", "TavleCore", "TavlePlatform"]),
        // Argument parsing, the run loop and the file store.
        .executableTarget(
            name: "tavle",
            dependencies: [
                "TavleCore", "TavleScreen", "TavleTerminal", "TavleKits", "TavlePlatform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The file parser as a libFuzzer target (see docs/reliability.md); built normally it
        // replays the seed corpus in Tests/FuzzCorpus.
        .executableTarget(name: "TavleFuzz", dependencies: ["TavleCore", "TavlePlatform"]),
        // Benchmarks of the pure layers (docs/performance.md): swift run -c release TavleBench
        .executableTarget(name: "TavleBench", dependencies: ["TavleCore", "TavleScreen", "TavlePlatform"]),
        // What the test targets share (the seeded random generator); no product depends on it.
        .target(name: "TavleTestSupport", path: "Tests/TavleTestSupport"),
        .testTarget(name: "TavleCoreTests", dependencies: ["TavleCore", "TavleKits", "TavleTestSupport"], exclude: ["Export/Golden"]),
        .testTarget(
            name: "TavleScreenTests",
            dependencies: ["TavleScreen", "TavleCore", "TavleKits", "TavleTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "TavleTerminalTests", dependencies: ["TavleTerminal", "TavlePlatform"]),
        .testTarget(name: "TavleRoomTests", dependencies: ["TavleRoom", "TavleCore"]),
        // The platform layer's calls against the real file system, and the seam itself: no
        // other file of Sources imports Glibc or Darwin.
        .testTarget(name: "TavlePlatformTests", dependencies: ["TavlePlatform"]),
        .testTarget(name: "TavleEndToEndTests", dependencies: ["TavleCore", "TavleTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
