import Foundation
import Testing
import TavleCore
import TavleTestSupport

/// The battery dies mid-keystroke: Tavle is killed with SIGKILL at random moments while keys
/// arrive fast. After every kill the file parses and is exactly a state the program had, and
/// the next start leaves no temporary file behind. `TAVLE_LONG_TESTS=1` kills 200 times.
/// The moments are drawn as points in the script's run, not as seconds: how far Tavle has
/// saved when the kill is sent, so the kills spread over the whole script however fast or
/// slow the machine is. They are drawn from a new seed each run (the scheduler decides exactly
/// where a kill lands, so one seed cannot replay a moment exactly, and new seeds try new
/// moments); the seed is printed at the start and in every failure, and `TAVLE_TEST_SEED=N`
/// runs with seed N again.
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

    /// The file texts the program saves for the script, in order (a state may come again:
    /// undo). Every file on disk is the start or one of these.
    static func saves(from start: String) throws -> [String] {
        var state = AppState(workshop: try WorkshopParser.parse(start), documentPath: "m.md")
        var files: [String] = []
        for character in script {
            let key: Key = character == "\r" ? .enter : .character(character)
            for case .save(let workshop) in state.handle(.keyPressed(key)) {
                files.append(WorkshopSerializer.serialize(workshop))
            }
        }
        return files
    }

    @Test("SIGKILL at random moments never leaves a torn or unknown file, nor stray temporary files")
    func killedAtRandom() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let start = try folder.read("m.md")
        let saves = try Self.saves(from: start)
        let possible = Set([start] + saves)
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
                // The kill waits for a positive signal, not for time to pass: the file on disk
                // is one of the script's saves from save `reached` on (0: the kill follows the
                // keys at once). Any later save counts, since Tavle may skip a state when keys
                // come faster than it writes; the keys after it are still being handled and
                // written when the kill comes.
                let reached = Int.random(in: 0...saves.count, using: &random)
                try session.type(Self.script)
                if reached > 0 {
                    let later = Set(saves[(reached - 1)...])
                    waitUntil("\(place): save \(reached) of \(saves.count) on disk", interval: 0.001) {
                        (try? folder.read("m.md")).map(later.contains) ?? false
                    }
                }
                kill(pid, SIGKILL)
                TavleBinary.waitUntilGone(pid)
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
