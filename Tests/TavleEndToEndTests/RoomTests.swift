import Foundation
import Testing

/// The room features through the real binary in tmux: projector view, themes, a timer that
/// rings, dot voting by key and mouse, and action items that `tavle actions` lists.
@Suite("End to end: running the room", .serialized)
struct RoomEndToEndTests {
    @Test("the projector view at 80x24 and 200x60: block letters, the board alone, the same key returns")
    func projector() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 80, height: 24)
        defer { withExtendedLifetime(folder) {} }
        try session.waitFor(text: "Før I går i gang")
        try session.press("3", "p")
        let small = try session.waitFor(all: ["█", "partneridentifikation – vælg en partner", "Alle forslag"])
        #expect(!small.contains { $0.contains("Før I går i gang") }, "no agenda in the projector view")
        #expect(small.count == 24 && small.allSatisfy { $0.count <= 80 })
        try session.resize(width: 200, height: 60)
        try session.waitFor("the 200-column projector view") { rows in
            rows.count == 60 && rows.contains { $0.contains("Plan B (0)") } && rows.contains { $0.contains("█") }
                && !rows.contains { $0.contains("Før I går i gang") }
        }
        try session.press("p")
        try session.waitFor(all: ["Før I går i gang", "Plan B (0)"])
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a timer of a few seconds reaches zero: the bell and a flash are sent, 'time is up' stays until dismissed")
    func timerRings() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        defer { withExtendedLifetime(folder) {} }
        try session.waitFor(text: "Før I går i gang")
        let output = folder.path + "/terminal-output"
        _ = try session.run(["pipe-pane", "-o", "-t", "0", "cat >> '\(output)'"])
        try session.press("T", "C-u")
        try session.type("3s")
        try session.press("Enter")
        try session.waitFor(text: "▸ 0:0")
        try session.press("j")  // keys work while it runs
        // The timer needs its 3 real seconds; the time limit only ends a hang.
        let rung = try session.waitFor(text: "Tiden er gået – Esc, Enter eller t lukker")
        #expect(rung.last?.contains("■ 0:00") == true)
        // The flash is drawn as cells (reverse video for a moment), so it reaches tmux too. The
        // dark theme draws nothing else in reverse video, so the bytes sent tell it happened
        // (a capture of the screen could fall before or after the moment). tmux hands them to
        // `cat`, which appends them to the file in its own time: the test waits until they are
        // there, and a bell or flash never sent fails at the time limit.
        let flashed = /\u{1B}\[(?:[0-9;]*;)?7m/
        var sent = ""
        waitUntil("the bell and the flash in the terminal's output") {
            sent = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            return sent.contains("\u{07}") && sent.contains(flashed)
        }
        #expect(sent.contains("\u{07}"), "the terminal bell")
        #expect(sent.contains(flashed), "the screen flashed: reverse video was sent")
        try session.press("l")  // not a dismiss key
        try session.press("p")  // a key whose effect shows: the projector view, with the message still on it
        try session.waitFor("the projector view, 'time is up' still on it") { rows in
            !rows.contains { $0.contains("Før I går i gang") } && rows.contains { $0.contains("Tiden er gået") }
        }
        try session.press("Escape")
        try session.waitFor("the message gone") { rows in !rows.contains { $0.contains("Tiden er gået") } }
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("dots by key and by mouse click, then the top three moved into the ranked column in vote order")
    func dotVoting() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        defer { withExtendedLifetime(folder) {} }
        try session.waitFor(text: "Før I går i gang")
        try session.press("3")
        for card in ["Biblioteket", "Skolen", "Kirken", "Hallen"] {
            try session.press("a")
            try session.type(card)
            try session.press("Enter")
        }
        try session.press("D", "C-u")
        try session.type("9")
        try session.press("Enter")
        try session.waitFor(text: "● 0 af 9 prikker")
        try session.press("v", "k", "v", "v")  // Hallen 1, Kirken 2
        try session.waitFor(text: "● 3 af 9 prikker")
        for clicks in 1...3 {
            let screen = try session.screen()
            let row = try #require(screen.firstIndex { $0.contains("Skolen") })
            let line = screen[row]
            let label = try #require(line.firstRange(of: clicks == 1 ? "○" : "●")).lowerBound
            let x = line[..<label].count
            try session.mouse(.press, x: x, y: row)
            try session.mouse(.release, x: x, y: row)
            try session.waitFor(text: "● \(3 + clicks) af 9 prikker")
        }
        try session.press("R")
        let ranked = try session.waitFor(all: ["▶1 Skolen", "2. Kirken", "3. Hallen", "3 kort flyttet til Top tre"])
        #expect(ranked.contains { $0.contains("Biblioteket") })
        try session.waitFor(text: "✓ Gemt")
        let file = try folder.read("m.md")
        #expect(file.contains("1. Skolen <!-- dots=3 -->\n2. Kirken <!-- dots=2 -->\n3. Hallen <!-- dots=1 -->"))
        #expect(file.contains("<!-- board minutes=3+27 dots=9 -->"))
        try session.press("u")
        try session.waitFor(all: ["Fortrudt.", "Top tre 0/3"])
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("participants, then an action item with an owner (Tab completes) and a Danish date that tavle actions lists")
    func actionItems() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 160, height: 30)
        defer { withExtendedLifetime(folder) {} }
        try session.waitFor(text: "Før I går i gang")
        try session.press("i", "Enter")  // today's date as suggested
        try session.type("Rådhuset")
        try session.press("Enter")
        try session.type("Mette Hansen, Ali")
        try session.press("Enter")
        try session.waitFor(text: "2 deltagere: Mette Hansen, Ali")
        try session.press("5", "a")
        try session.type("Ring til biblioteket")
        try session.press("Enter")
        try session.type("Me")
        try session.press("Tab", "Enter")
        try session.type("32/13")
        try session.press("Enter")
        try session.waitFor(text: "»32/13« er ikke en dato, der findes")
        try session.press("C-u")
        try session.type("1/12/2030")
        try session.press("Enter")
        try session.waitFor(all: ["Ring til biblioteket", "Mette Hansen", "1. dec. 2030", "✓ Gemt"])
        try session.press("q")
        try session.waitUntilExited()
        let file = try folder.read("m.md")
        #expect(file.contains("- [ ] Ring til biblioteket\n  - who: Mette Hansen\n  - due: 2030-12-01"))
        #expect(file.contains("- place: Rådhuset") && file.contains("- participants: Mette Hansen, Ali"))
        let listed = try TavleBinary.run(["actions"], in: folder.path)
        #expect(listed.output.contains("2030-12-01  Mette Hansen  Ring til biblioteket  (m.md: Inden I går hjem: ansvar og opfølgning)"))
        let lines = listed.output.split(separator: "\n")
        #expect(lines.first?.contains("2030-12-01") == true, "dated items first, soonest first")
    }

    @Test("the cycle key switches theme live and the choice is remembered; --theme and a broken theme file")
    func themes() throws {
        let folder = try TemporaryFolder()
        try TavleBinary.run(["new", "partnerskab", "m.md"], in: folder.path)
        var session = try Tmux(width: 80, height: 24, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try Self.waitForHeader(session, containing: "46m")  // dark: black on cyan
        try session.press("c")
        try session.waitFor(text: "Farvetema: lys")
        try Self.waitForHeader(session, containing: "48;5;25")  // light: white on blue 25
        try session.press("q")
        try session.waitUntilExited()
        session = try Tmux(width: 80, height: 24, command: "\(TavleBinary.path) m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try Self.waitForHeader(session, containing: "48;5;25")  // remembered
        try session.press("q")
        try session.waitUntilExited()
        try folder.write("normal = bold\nfocus = purple\n", to: "broken.theme")
        session = try Tmux(width: 100, height: 24, command: "\(TavleBinary.path) --theme broken.theme m.md", directory: folder.path)
        try session.waitFor(text: "broken.theme:2:9: ukendt farve eller attribut 'purple'")
        try Self.waitForHeader(session, containing: "46m")  // the default theme is used
        try session.press("q")
        try session.waitUntilExited()
        session = try Tmux(width: 80, height: 24, command: "\(TavleBinary.path) --theme contrast m.md", directory: folder.path)
        try session.waitFor(text: "Før I går i gang")
        try Self.waitForHeader(session, containing: "103m")  // high contrast: black on bright yellow
        try session.press("q")
        try session.waitUntilExited()
    }

    /// Waits until the title bar is drawn with the colours of a theme (a capture can fall
    /// between two rows of a redraw, so one look is not enough).
    private static func waitForHeader(_ session: Tmux, containing code: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var header = ""
        for _ in 0..<100 {
            header = String(try session.run(["capture-pane", "-p", "-e", "-t", "0"]).split(separator: "\n").first ?? "")
            if header.contains(code) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("the title bar never had \(code): \(header.debugDescription)", sourceLocation: sourceLocation)
    }
}
