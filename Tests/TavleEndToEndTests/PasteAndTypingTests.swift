import Foundation
import Testing

/// What arrives while the facilitator types is text: a paste never turns into commands, and a
/// change made outside Tavle never takes the keys of an edit.
@Suite("End to end: pastes and typing", .serialized)
struct PasteAndTypingTests {
    /// A partnerskab workshop on its board, with the card "Biblioteket" saved.
    func boardWithOneCard() throws -> (TemporaryFolder, Tmux) {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter")
        try session.waitFor(all: ["Biblioteket", "Alle forslag (1)", "✓ Gemt"])
        return (folder, session)
    }

    @Test("a list pasted while adding a card becomes cards; none of its letters act as keys")
    func pasteIntoCard() throws {
        let (folder, session) = try boardWithOneCard()
        try session.press("a")
        // Before bracketed paste, "d" asked to delete, "j" confirmed, and Enter ended the card.
        try session.paste("Idrætsforeningen\ndet er jo godt\ndj\n")
        try session.press("Escape")
        try session.waitFor(all: ["Idrætsforeningen", "det er jo godt", "Alle forslag (4)", "✓ Gemt"])
        let file = try folder.read("m.md")
        for card in ["Biblioteket", "Idrætsforeningen", "det er jo godt", "dj"] {
            #expect(file.contains("- \(card)\n"), "card \(card)")
        }
        try session.press("u")
        try session.waitFor(all: ["Alle forslag (1)", "✓ Gemt"])
        #expect(try !folder.read("m.md").contains("Idrætsforeningen"), "the paste is one undo step with its edit")
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a paste while nothing is being typed changes nothing and says so")
    func pasteWhileBrowsing() throws {
        let (folder, session) = try boardWithOneCard()
        let before = try folder.read("m.md")
        try session.paste("d\rj\rdj\n q")
        try session.waitFor(text: "Indsat tekst bruges kun")
        try session.press("Right")  // a key after the paste is read, so the paste is done
        try session.waitFor(all: ["Top tre", "✓ Gemt"])
        #expect(try folder.read("m.md") == before)
        // Saves run on a thread of their own, and Tavle finishes every one before it exits.
        try session.press("q")
        try session.waitUntilExited()
        #expect(try folder.read("m.md") == before, "nothing written later either")
    }

    @Test("pasted lines stay lines in a question's notes")
    func pasteIntoNotes() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("2", "Enter")
        try session.paste("Første linje\nAnden linje\tmed tab\nTredje")
        try session.press("Escape")
        try session.waitFor(all: ["Tredje", "✓ Gemt"])
        #expect(try folder.read("m.md").contains("> Første linje\n> Anden linje med tab\n> Tredje\n"))
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("100 KB pasted into a note arrives whole as one change")
    func largePaste() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("2", "Enter")
        let line = "Vi kontakter idrætsforeningen og biblioteket i næste uge, og så følger vi op. "
        let text = (0..<1_300).map { "\($0): \(line)" }.joined(separator: "\n")
        #expect(text.utf8.count > 100_000)
        try session.paste(text)
        try session.waitFor(text: "1299: Vi kontakter", timeout: 60)
        try session.press("Escape")
        try session.waitFor(text: "✓ Gemt", timeout: 30)
        #expect(try folder.read("m.md").contains("> " + text.replacingOccurrences(of: "\n", with: "\n> ") + "\n"))
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a change from outside while typing: the keys stay in the edit, the choice comes when it ends")
    func outsideChangeWhileTyping() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("2", "Enter")
        try session.type("Vi gør")
        try session.waitFor(all: ["Vi gør", "✓ Gemt"])
        let theirs = try folder.read("m.md").replacingOccurrences(of: "# Sådan kommer et partnerskab i stand", with: "# Kollegaens udgave")
        try folder.write(theirs, to: "m.md")
        // The old prompt answered to i, l, b and k, and d asked to delete the notes.
        try session.type(" det i dag")
        try session.waitFor(text: "Skriv færdigt (Esc)")
        try session.type(" OURS2 ikl")
        try session.waitFor(text: "Vi gør det i dag OURS2 ikl")
        #expect(try folder.read("m.md") == theirs, "nothing written while the choice waits")
        try session.press("Escape")
        try session.waitFor(text: "b = behold din")
        try session.press("b")
        try session.waitFor(text: "Versionen fra disken er gemt i")
        #expect(try folder.read("m.md").contains("Vi gør det i dag OURS2 ikl\n"), "every typed key is in the file")
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".conflict-") }
        #expect(copies.count == 1)
        #expect(try folder.read(try #require(copies.first)).contains("# Kollegaens udgave"))
        try session.press("q")
        try session.waitUntilExited()
    }
}

/// The mouse lands where the pointer is: a card dragged up or down a column lands on the row
/// it is let go on, and a drag let go outside the board changes nothing.
@Suite("End to end: dragging cards", .serialized)
struct DragTests {
    static let names = ["Anna", "Bent", "Carl", "Dora", "Emil"]

    /// Opens the board with five cards in its first column.
    func board() throws -> (TemporaryFolder, Tmux) {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("3")
        for name in Self.names {
            try session.press("a")
            try session.type(name)
            try session.press("Enter")
        }
        try session.waitFor(all: ["Alle forslag (5)", "✓ Gemt"])
        // The screen can say saved while the last name is still being typed (typing saves as
        // it goes): the rounds start from the file, so wait until it holds all five.
        try waitUntil("the five cards in the file") { (try? order(folder)) == Self.names }
        return (folder, session)
    }

    /// The first column's cards in the file, in order.
    func order(_ folder: TemporaryFolder) throws -> [String] {
        let file = try folder.read("m.md")
        return file.split(separator: "\n").map(String.init).filter { line in Self.names.contains { line == "- " + $0 } }.map { String($0.dropFirst(2)) }
    }

    /// The first column's cards on screen, top to bottom.
    func order(on screen: [String]) -> [String] {
        screen.compactMap { row in Self.names.first { row.contains("• \($0)") || row.contains("▶ \($0)") } }
    }

    /// Presses on `name`, drags row by row to the row of `target`, and lets go there.
    func drag(_ name: String, onto target: String, in session: Tmux) throws {
        let screen = try session.screen()
        let from = try #require(session.find(name, in: screen))
        let to = try #require(session.find(target, in: screen))
        try session.mouse(.press, x: from.x, y: from.y)
        let step = to.y >= from.y ? 1 : -1
        for y in stride(from: from.y, through: to.y, by: step) {
            try session.mouse(.drag, x: from.x + 1, y: y)
        }
        try session.mouse(.release, x: from.x + 1, y: to.y)
    }

    @Test("dragged down and up onto every row of a column, the card lands on the row it was let go on")
    func everyRow() throws {
        let (folder, session) = try board()
        for (moving, direction) in [(0, 1), (4, -1)] {
            for steps in 1...4 {
                var expected = try order(folder)
                let name = expected[moving]
                let targetIndex = moving + direction * steps
                guard expected.indices.contains(targetIndex) else { continue }
                let target = expected[targetIndex]
                try drag(name, onto: target, in: session)
                expected.remove(at: moving)
                expected.insert(name, at: targetIndex)
                try session.waitFor("\(name) on row \(targetIndex + 1)") { _ in (try? self.order(folder)) == expected }
                // Put it back with the keyboard for the next round.
                let back = try order(folder)
                if back != Self.names {
                    try session.press("u")
                    try session.waitFor("undone") { _ in (try? self.order(folder)) == Self.names }
                }
            }
        }
        try session.press("q")
        try session.waitUntilExited()
    }

    @Test("a drag let go outside the board, or called off with Esc, changes nothing and leaves no preview")
    func calledOff() throws {
        let (folder, session) = try board()
        let screen = try session.screen()
        let from = try #require(session.find("Bent", in: screen))
        let agenda = try #require(session.find("Før I går i gang", in: screen))
        try session.mouse(.press, x: from.x, y: from.y)
        try session.mouse(.drag, x: from.x + 1, y: from.y + 2)
        try session.mouse(.drag, x: agenda.x, y: agenda.y)
        try session.mouse(.release, x: agenda.x, y: agenda.y)
        // While a card is dragged its own row shows the card after it; once the move is off,
        // the card is back on its row. Bent is on its row before the mouse reports are read
        // too, so the help that comes and goes after them shows they have been handled.
        let atHome = { (rows: [String]) in rows.indices.contains(from.y) && rows[from.y].contains("Bent") }
        let unmoved = { (rows: [String]) in atHome(rows) && self.order(on: rows) == Self.names }
        try session.waitPastHelp("no preview, nothing moved", unmoved)
        try session.mouse(.press, x: from.x, y: from.y)
        try session.mouse(.drag, x: from.x + 1, y: from.y + 2)
        try session.waitFor("the preview") { !atHome($0) }
        try session.press("Escape")
        try session.waitFor("the preview gone at once", atHome)
        try session.mouse(.release, x: from.x + 1, y: from.y + 2)
        try session.waitPastHelp("the release after Esc moved nothing", unmoved)
        // A move would be written on the saving thread; Tavle finishes every write before it
        // exits, so the file read after that is the last word.
        try session.press("q")
        try session.waitUntilExited()
        #expect(try order(folder) == Self.names)
    }
}
