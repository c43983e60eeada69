import Foundation
import Testing

/// samarbejde's priority matrix through the real binary at 100x30: cards written, moved between
/// quadrants with the keys and dragged there with the mouse, one undo step each, the projector
/// view with both axes, and the file and the minutes saying where each card is.
@Suite("End to end: the matrix board")
struct MatrixBoardTests {
    /// Reads the section's part of the file: each column's title and its cards.
    static func columns(_ text: String) -> [String: [String]] {
        guard let start = text.range(of: "## Hvem skal vi så række ud til?"), let end = text.range(of: "## Noter fra prioriteringen") else { return [:] }
        var columns: [String: [String]] = [:]
        var current = ""
        for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") {
            if line.hasPrefix("### ") { current = String(line.dropFirst(4)); columns[current] = [] }
            if line.hasPrefix("- ") || line.first?.isNumber == true { columns[current, default: []].append(String(line.split(separator: " ", maxSplits: 1)[1])) }
        }
        return columns
    }

    @Test("keys and the mouse place cards in the quadrants; undo; the projector shows both axes; the file and the minutes say where each card is")
    func placeCards() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "samarbejde", width: 100, height: 30)
        try session.press("3", "a")
        try session.type("Biblioteket")
        try session.press("Enter", "a")
        try session.type("Ældresagen")
        try session.press("Enter", "Escape")
        try session.waitFor(all: ["↑ gør stor forskel for borgeren", "← let at nå", "svær at nå →", "Alle fors… (2)"])
        // The keys: right into "Kontakt først", down into "Tag med".
        try session.press("L")
        try waitUntil("Ældresagen in Kontakt først") { Self.columns(try folder.read("m.md"))["Kontakt først"] == ["Ældresagen"] }
        try session.press("J")
        try waitUntil("and down into Tag med") { Self.columns(try folder.read("m.md"))["Tag med"] == ["Ældresagen"] }
        try session.press("u")
        try waitUntil("one undo: back up") { Self.columns(try folder.read("m.md"))["Kontakt først"] == ["Ældresagen"] }

        // The mouse: drag Biblioteket from the unplaced cards into the bottom right quadrant.
        let screen = try session.screen()
        let card = try #require(session.find("Biblioteket", in: screen))
        let quadrant = try #require(session.find("Ikke nu (0)", in: screen))
        try session.mouse(.press, x: card.x + 2, y: card.y)
        try session.mouse(.drag, x: card.x + 6, y: card.y)
        try session.mouse(.drag, x: quadrant.x + 2, y: quadrant.y + 4)
        try session.mouse(.release, x: quadrant.x + 2, y: quadrant.y + 4)
        try session.waitFor(text: "Ikke nu (1)")
        try waitUntil("Biblioteket in Ikke nu") { Self.columns(try folder.read("m.md"))["Ikke nu"] == ["Biblioteket"] }

        // The projector view: the quadrants and both axes' ends.
        try session.press("p")
        let projector = try session.waitFor(all: ["↑ gør stor forskel for borgeren", "↓ gør mindre forskel", "Kontakt først (1)", "Ikke nu (1)"])
        #expect(projector.contains { $0.contains("← let at nå") && $0.contains("svær at nå →") })
        try session.press("p", "q")
        try session.waitUntilExited()

        let file = try folder.read("m.md")
        #expect(file.contains("<!-- board matrix minutes=30 -->\n<!-- x: let at nå | svær at nå -->\n<!-- y: gør stor forskel for borgeren | gør mindre forskel -->"))
        let minutes = try TavleBinary.run(["export", "m.md", "--format", "txt", "-o", "-"], in: folder.path).output
        #expect(minutes.contains("Kontakt først (let at nå, gør stor forskel for borgeren):\n    - Ældresagen"))
        #expect(minutes.contains("Ikke nu (svær at nå, gør mindre forskel):\n    - Biblioteket"))
        let status = try TavleBinary.run(["check", "m.md"], in: folder.path)
        #expect(status.status == 0, "\(status.output)\(status.error)")
    }
}
