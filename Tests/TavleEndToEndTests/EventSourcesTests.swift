import Foundation
import Testing

/// Events from another thread reach the running binary through its one event queue while keys
/// arrive on the terminal: nothing is lost, each source keeps its order, and an edit stays on
/// its card when a card is put in before it. The second source is the test feed
/// (`TAVLE_TEST_FEED`, a named pipe read on a thread of its own), standing in for the room.
@Suite("End to end: a second event source")
struct EventSourcesTests {
    static func start() throws -> (TemporaryFolder, Tmux, feed: String) {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        let feed = folder.path + "/feed"
        #expect(mkfifo(feed, 0o600) == 0)
        let session = try Tmux(width: 100, height: 30, command: "TAVLE_TEST_FEED=feed \(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try session.press("3")
        try session.waitFor(text: "Plan B (0)")
        return (folder, session, feed)
    }

    /// Writes lines to the feed as one writer (open, write, close).
    static func send(_ lines: [String], to feed: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: feed))
        for line in lines { handle.write(Data((line + "\n").utf8)) }
        try handle.close()
    }

    /// The cards of a column of the partnerskab board, as the file has them.
    static func cards(_ file: String, column title: String) -> [String] {
        let lines = file.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "### \(title)") else { return [] }
        var cards: [String] = []
        for line in lines[(start + 1)...] {
            if line.hasPrefix("#") { break }
            if line.hasPrefix("- ") { cards.append(String(line.dropFirst(2))) }
            if let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty {
                cards.append(String(line[line.index(dot, offsetBy: 2)...]))
            }
        }
        return cards
    }

    @Test("an edit stays on its card when a card from the feed goes in before it")
    func editStaysOnItsCard() throws {
        let (folder, session, feed) = try Self.start()
        try session.press("a")
        try session.type("Idræts")
        try Self.send(["2 0 0 Fra telefonen"], to: feed)
        try session.waitFor(text: "Fra telefonen")
        try session.type("foreningen")
        try session.press("Escape")
        try session.waitFor(text: "Idrætsforeningen")
        try session.press("q")
        try session.waitUntilExited()
        let file = try String(contentsOfFile: folder.path + "/m.md", encoding: .utf8)
        #expect(Self.cards(file, column: "Alle forslag") == ["Fra telefonen", "Idrætsforeningen"])
    }

    @Test("cards from the feed and cards typed at the same time all arrive, each source in its order")
    func twoSourcesAtOnce() throws {
        let (folder, session, feed) = try Self.start()
        let count = 12
        let sender = Thread {
            for number in 1...count { try? Self.send(["2 2 999 Telefon \(number)"], to: feed) }
        }
        sender.start()
        for number in 1...count {
            try session.press("a")
            try session.type("Kort \(number)")
            try session.press("Escape")
        }
        try session.waitFor(all: ["Kort \(count)", "Plan B (\(count))"])
        try session.press("q")
        try session.waitUntilExited()
        let file = try String(contentsOfFile: folder.path + "/m.md", encoding: .utf8)
        #expect(Self.cards(file, column: "Alle forslag") == (1...count).map { "Kort \($0)" })
        #expect(Self.cards(file, column: "Plan B") == (1...count).map { "Telefon \($0)" })
    }
}
