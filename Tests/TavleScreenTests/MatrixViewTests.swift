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
            "Alle fors… (1)               ↑ stor forskel               Kortliste 0/3",
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

    @Test("the projector shows each meaning whole while the cards leave room, gives way to cards as they come, and takes a card dropped on a meaning")
    func projectorMeanings() throws {
        let long = "Gør stor forskel for borgeren og er let at nå. Her finder I som regel de første partnere."
        var board = Board(columns: [
            Column(title: "Alle forslag", description: "Start her. Tænk bredt, og skriv alle forslag som kort, før I begynder at placere dem."),
            Column(title: "Først", description: long), Column(title: "Senere", description: long),
            Column(title: "Med", description: long), Column(title: "Ikke nu", description: long),
            Column(title: "Kortliste", description: "De tre partnere, I vil kontakte først, i prioriteret rækkefølge.", isRanked: true, limit: 3),
        ], matrix: Matrix(left: "let", right: "svær", top: "stor forskel", bottom: "lille forskel"))
        func projector(_ board: Board) -> Frame {
            var frame = Frame(width: 96, height: 24)
            BoardView(board: board, section: 0, cursor: Cursor(), move: nil, edit: nil, text: DanishText(), presenting: true)
                .draw(into: &frame, rect: Rect(x: 0, y: 0, width: 96, height: 24))
            return frame
        }
        let empty = projector(board)
        let words = empty.grid.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(!words.contains("…"), "nothing is cut on an empty board: \(empty.grid.lines)")
        #expect(words.contains(" dem. ") && words.contains(" rækkefølge. "), "the side columns' meanings to their last word")
        let meaning = try #require(empty.grid.lines.firstIndex { $0.contains("Her finder I som regel") })
        let x = try #require(empty.grid.lines[meaning].firstRange(of: "Her finder").map { empty.grid.lines[meaning].distance(from: empty.grid.lines[meaning].startIndex, to: $0.lowerBound) })
        #expect(empty.target(at: Point(x: x, y: meaning)) == .slot(section: 0, position: CardPosition(column: 1, index: 0)), "a drop on the meaning lands in the quadrant")

        for name in ["Biblioteket", "Skolen", "Ældresagen", "Spejderne"] { board.columns[1].cards.append(Card(text: name)) }
        let full = projector(board)
        #expect(full.grid.lines.contains { $0.contains("…") }, "the meanings give way")
        for name in ["Biblioteket", "Skolen", "Ældresagen"] {
            #expect(full.grid.lines.contains { $0.contains(name) }, "\(name) is on screen: \(full.grid.lines)")
        }
    }
}
