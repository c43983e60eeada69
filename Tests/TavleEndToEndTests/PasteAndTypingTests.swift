import Foundation
import Testing

/// What arrives while the facilitator types is text: a paste never turns into commands, and a
/// change made outside Tavle never takes the keys of an edit.
@Suite("End to end: pastes and typing", .serialized)
struct PasteAndTypingTests {
    @Test("a list pasted while adding a card becomes cards; none of its letters act as keys")
    func pasteIntoCard() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter")
        try session.waitFor(all: ["Alle forslag (1)", "✓ Gemt"])
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
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab")
        try session.waitFor(text: "Før I går i gang")
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter")
        try session.waitFor(all: ["Biblioteket", "✓ Gemt"])
        let before = try folder.read("m.md")
        try session.paste("d\rj\rdj\n q")
        try session.waitFor(text: "Indsat tekst bruges kun")
        try session.press("Right")  // a key after the paste is read, so the paste is done
        try session.waitFor(all: ["Top tre", "✓ Gemt"])
        #expect(try folder.read("m.md") == before)
        try session.press("q")
        try session.waitUntilExited()
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
