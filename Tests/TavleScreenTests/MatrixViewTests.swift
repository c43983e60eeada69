import Testing
@testable import TavleCore
@testable import TavleScreen

/// The matrix board on screen: four quadrants as a 2x2, both axes labelled at their ends, each
/// quadrant's meaning under its title, the unplaced cards at the left and the short list at
/// the right; the mouse finds the quadrants where they are drawn.
@Suite("The matrix board on screen")
struct MatrixViewTests {
    static let board = Board(columns: [
        Column(title: "Alle forslag", cards: [Card(text: "Skolen")]),
        Column(title: "Først", description: "Kontakt dem.", cards: [Card(text: "Biblioteket")]),
        Column(title: "Senere", description: "Find en vej."),
        Column(title: "Med", description: "Når det passer."),
        Column(title: "Ikke nu", description: "Gem dem."),
        Column(title: "Kortliste", isRanked: true, limit: 3),
    ], matrix: Matrix(left: "let", right: "svær", top: "stor forskel", bottom: "lille forskel"))

    static func draw(_ cursor: Cursor, width: Int = 72, height: Int = 16) -> Frame {
        var frame = Frame(width: width, height: height)
        BoardView(board: board, section: 0, cursor: cursor, move: nil, edit: nil, text: DanishText())
            .draw(into: &frame, rect: Rect(x: 0, y: 0, width: width, height: height))
        return frame
    }

    @Test("the 2x2 between its axes, the unplaced cards left of it and the short list right of it")
    func layout() {
        let lines = Self.draw(Cursor(column: 1, row: 0)).grid.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(lines == [
            "Alle fo… (1)                 ↑ stor forskel               Kortliste 0/3",
            "               Først (1)           │ Senere (0)",
            "               Kontakt dem.        │ Find en vej.",
            "────────────── ─────────────────── │ ──────────────────── ──────────────",
            "• Skolen       ▶ Biblioteket       │ (tom)                (tom)",
            "                                   │",
            "                                   │",
            "               ────────────────────┼─────────────────────",
            "               Med (0)             │ Ikke nu (0)",
            "               Når det passer.     │ Gem dem.",
            "               ─────────────────── │ ────────────────────",
            "               (tom)               │ (tom)",
            "                                   │",
            "                                   │",
            "                                   │",
            "               ← let        ↓ lille forskel        svær →",
        ])
    }

    @Test("a click on a quadrant hits that quadrant's cards, and a drag drops there")
    func hitRegions() throws {
        let frame = Self.draw(Cursor(column: 0, row: 0))
        let lines = frame.grid.lines
        let card = try #require(lines.firstIndex { $0.contains("Biblioteket") || $0.contains("Bibliotek…") })
        let x = try #require(lines[card].firstRange(of: "Bibliotek").map { lines[card].distance(from: lines[card].startIndex, to: $0.lowerBound) })
        #expect(frame.target(at: Point(x: x, y: card)) == .card(section: 0, position: CardPosition(column: 1, index: 0)))
        let below = try #require(lines.firstIndex { $0.contains("Ikke nu") })
        let right = try #require(lines[below].firstRange(of: "Ikke nu").map { lines[below].distance(from: lines[below].startIndex, to: $0.lowerBound) })
        #expect(frame.target(at: Point(x: right, y: below + 3)) == .slot(section: 0, position: CardPosition(column: 4, index: 0)))
    }
}
