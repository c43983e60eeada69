import Testing
import TavlePlatform

/// Keeps the operating system in one place: outside Sources/TavlePlatform no Swift file of
/// Sources imports Glibc, Darwin or the CPlatform shim, or asks which of them exists. A port
/// to another system then changes one folder, and the compiler shows every call it missed.
@Suite("Platform seam")
struct PlatformSeamTests {
    /// The repository's top folder, found from this file's place in it.
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // Tests/TavlePlatformTests/PlatformSeamTests.swift
        return parts.joined(separator: "/")
    }()

    /// Every `.swift` file under `folder`, as paths relative to the repository.
    static func swiftFiles(under folder: String) -> [String] {
        guard let directory = opendir(root + "/" + folder) else { return [] }
        defer { closedir(directory) }
        var found: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name != ".", name != ".." else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                found += swiftFiles(under: path)
            } else if name.hasSuffix(".swift") {
                found.append(path)
            }
        }
        return found
    }

    /// The file's lines, read whole.
    static func lines(of path: String) -> [Substring] {
        guard let file = fopen(root + "/" + path, "r") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while case let count = fread(&buffer, 1, buffer.count, file), count > 0 {
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Whether a line imports one of the system's modules or tests for one: `import Glibc`,
    /// `@_exported import Darwin`, `import func Glibc.open`, `#if canImport(Glibc)`.
    static func namesTheSystem(_ line: Substring) -> Bool {
        let words = line.split(whereSeparator: { " \t().".contains($0) })
        let system: Set<Substring> = ["Glibc", "Darwin", "CPlatform"]
        guard let first = words.first, words.contains(where: system.contains) else { return false }
        return first == "import" || first == "@_exported" || first == "#if" || first == "#elseif"
    }

    /// Outside the platform layer, no file names the system's C library.
    @Test func onlyThePlatformLayerImportsTheSystem() {
        let files = Self.swiftFiles(under: "Sources")
        #expect(files.count > 50, "Sources not found under \(Self.root)")
        var offenders: [String] = []
        for file in files where !file.hasPrefix("Sources/TavlePlatform/") {
            for (number, line) in Self.lines(of: file).enumerated() where Self.namesTheSystem(line) {
                offenders.append("\(file):\(number + 1): \(line)")
            }
        }
        #expect(offenders.isEmpty, "import TavlePlatform instead:\n\(offenders.joined(separator: "\n"))")
    }

    /// The check sees an import where there is one: the platform layer's own.
    @Test func theCheckFindsThePlatformLayersImport() {
        let lines = Self.lines(of: "Sources/TavlePlatform/SystemLibrary.swift")
        #expect(lines.contains { Self.namesTheSystem($0) && $0.contains("Glibc") })
        #expect(lines.contains { Self.namesTheSystem($0) && $0.contains("Darwin") })
        #expect(!Self.namesTheSystem("import TavlePlatform"))
        #expect(!Self.namesTheSystem("// Glibc is imported by TavlePlatform"))
        #expect(Self.namesTheSystem("import func Glibc.open"))
        #expect(Self.namesTheSystem("#if canImport(Darwin)"))
    }
}
