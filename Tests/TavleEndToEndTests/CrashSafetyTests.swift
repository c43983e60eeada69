import Foundation
import Testing
import TavleCore
import TavleTestSupport

/// The battery dies mid-keystroke: Tavle is killed with SIGKILL at random moments while keys
/// arrive fast. After every kill the file parses and is exactly a state the program had, and
/// the next start leaves no temporary file behind. `TAVLE_LONG_TESTS=1` kills 200 times.
/// The moments are drawn from a new seed each run (timing decides where a kill lands, so one
/// seed cannot replay a moment exactly, and new seeds try new moments); the seed is printed at
/// the start and in every failure, and `TAVLE_TEST_SEED=N` runs with seed N again.
@Suite("End to end: crash safety", .serialized)
struct CrashSafetyTests {
    static let kills = ProcessInfo.processInfo.environment["TAVLE_LONG_TESTS"] == "1" ? 200 : 12

    /// Fast edits: cards added with Danish text, moved between columns and within them, undone.
    static let script: String = {
        var keys = "3"
        for number in 1...12 {
            keys += "aKort nummer \(number) fra Ærø og Åbenrå\r"
            if number % 3 == 0 { keys += "L" }
            if number % 4 == 0 { keys += "Kx" }
            if number % 5 == 0 { keys += "u" }
        }
        return keys
    }()

    /// Every file text the program could have written for the script: the start and each save.
    static func possibleFiles(from start: String) throws -> Set<String> {
        var state = AppState(workshop: try WorkshopParser.parse(start), documentPath: "m.md")
        var files: Set<String> = [start]
        for character in script {
            let key: Key = character == "\r" ? .enter : .character(character)
            for case .save(let workshop) in state.handle(.keyPressed(key)) {
                files.insert(WorkshopSerializer.serialize(workshop))
            }
        }
        return files
    }

    @Test("SIGKILL at random moments never leaves a torn or unknown file, nor stray temporary files")
    func killedAtRandom() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let start = try folder.read("m.md")
        let possible = try Self.possibleFiles(from: start)
        #expect(possible.count > 30, "the script saves many different states")
        var random = SeededRandom(seed: TestSeed.fresh())
        print("Crash safety: killing at moments drawn with \(random.replay)")
        var seen: Set<String> = []
        // An error thrown on the way (a screen that never came) names the seed too.
        try TestSeed.naming(random.seed) {
            for round in 0..<Self.kills {
                let place = "\(random.replay), round \(round)"
                try folder.write(start, to: "m.md")
                let session = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
                try session.waitFor(text: "Før I går i gang")
                let pid = try TavleBinary.pidOfRunning(in: folder.path)
                try session.type(Self.script)
                Thread.sleep(forTimeInterval: Double.random(in: 0...0.5, using: &random))
                kill(pid, SIGKILL)
                while kill(pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.005) }
                let file = try folder.read("m.md")
                #expect(possible.contains(file), "\(place): the file is not a state the program had")
                #expect((try? WorkshopParser.parse(file)) != nil, "\(place): the file does not parse")
                seen.insert(file)
                // The next start removes what the killed process left behind; a half-written
                // temporary file of a process that is gone is planted to make sure.
                if round == 0 { try folder.write("<!-- tavle 1 -->\n# Halv", to: ".m.md.tavle-tmp-\(Int32.max - 1)") }
                let next = try Tmux(width: 100, height: 30, command: "\(TavleBinary.path) m.md", directory: folder.path)
                try next.waitFor(text: "Tavle")
                try next.press("q")
                try next.waitUntilExited()
                let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                #expect(names == ["m.md"], "\(place): \(names)")
            }
        }
        #expect(seen.count > 1 || Self.kills < 5, "kills landed at different moments, \(random.replay)")
    }
}
