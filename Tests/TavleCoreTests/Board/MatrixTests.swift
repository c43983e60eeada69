import Testing
@testable import TavleCore

/// A board laid out as a 2x2 matrix: the keys go between quadrants as they look on screen,
/// every move is one undo step, the file round-trips exactly, and the minutes say where each
/// card was put, in the axes' words.
@Suite("The matrix board")
struct MatrixTests {
    static let matrix = Matrix(left: "let at nå", right: "svær at nå", top: "gør stor forskel", bottom: "gør lille forskel")

    /// A workshop whose only section is a matrix: the unplaced cards, four quadrants, a short list.
    static func state() -> AppState {
        let board = Board(columns: [
            Column(title: "Alle forslag", cards: [Card(text: "Biblioteket"), Card(text: "Skolen")]),
            Column(title: "Kontakt først", description: "Stor forskel, let at nå."),
            Column(title: "Arbejd for det"),
            Column(title: "Tag med"),
            Column(title: "Ikke nu"),
            Column(title: "Kortliste", isRanked: true, limit: 3),
        ], matrix: matrix)
        let workshop = Workshop(title: "Prioritering", sections: [Section(title: "Prioriter", body: .board(board))])
        return AppState(workshop: workshop, documentPath: "m.md")
    }

    static func texts(_ state: AppState) -> [[String]] {
        state.board(0)!.columns.map { $0.cards.map(\.text) }
    }

    @Test("the focus goes left, right, up and down between quadrants as they stand, and to the columns beside the matrix")
    func focus() {
        var state = Self.state()
        let path: [(Key, Int)] = [
            (.character("l"), 1), (.character("l"), 2), (.character("j"), 4), (.character("h"), 3), (.character("k"), 1),
            (.character("h"), 0), (.character("l"), 1), (.character("l"), 2), (.character("l"), 5), (.character("h"), 2),
        ]
        for (key, column) in path {
            state.press(key)
            #expect(state.cursor.column == column, "after \(key)")
        }
        state.press(.character("l"))
        state.press(.character("l"))
        #expect(state.cursor.column == 5, "nothing right of the short list")
    }

    @Test("L, J, L, K, L carry a card through the quadrants to the short list, each one undo step; the bell where no quadrant is")
    func moveWithKeys() {
        var state = Self.state()
        #expect(state.press(.character("H")) == [.bell], "nothing left of the unplaced cards")
        state.press(.character("L"))
        #expect(Self.texts(state) == [["Skolen"], ["Biblioteket"], [], [], [], []])
        #expect(state.cursor == Cursor(column: 1, row: 0), "the focus follows the card")
        #expect(state.press(.character("K")) == [.bell], "nothing above the top left quadrant")
        state.press(.character("J"))
        #expect(Self.texts(state)[3] == ["Biblioteket"], "down: the bottom left quadrant")
        #expect(state.press(.shiftDown) == [.bell], "nothing below the bottom")
        state.press(.character("L"))
        #expect(Self.texts(state)[4] == ["Biblioteket"], "right: the bottom right quadrant")
        state.press(.shiftUp)
        #expect(Self.texts(state)[2] == ["Biblioteket"], "up: the top right quadrant")
        state.press(.character("L"))
        #expect(Self.texts(state)[5] == ["Biblioteket"], "right of the right-hand quadrants: the short list")
        state.press(.character("H"))
        #expect(Self.texts(state)[2] == ["Biblioteket"], "and back to the top right quadrant")
        for _ in 0..<6 { state.press(.character("u")) }
        #expect(Self.texts(state) == [["Biblioteket", "Skolen"], [], [], [], [], []], "six moves, six undo steps")
    }

    @Test("a picked-up card's drop place goes down out of a quadrant into the one below, and up into the foot of the one above")
    func moveMode() {
        var state = Self.state()
        state.press(.character("L"))  // Biblioteket into the top left quadrant
        state.press(.character("h"), .character("L"))  // Skolen after it
        #expect(Self.texts(state)[1] == ["Biblioteket", "Skolen"])
        state.press(.character("k"), .character("m"))  // pick up Biblioteket
        state.press(.down)
        state.press(.down)
        guard case .moving(let move) = state.mode else { Issue.record("not moving"); return }
        #expect(move.drop == CardPosition(column: 3, index: 0), "past the last place of the top quadrant: the bottom one")
        state.press(.up)
        guard case .moving(let back) = state.mode else { Issue.record("not moving"); return }
        #expect(back.drop == CardPosition(column: 1, index: 1), "up again: the foot of the top quadrant")
        state.press(.down, .right, .enter)
        #expect(Self.texts(state) == [[], ["Skolen"], [], [], ["Biblioteket"], []])
        state.press(.character("u"))
        #expect(Self.texts(state)[1] == ["Biblioteket", "Skolen"], "a drop is one undo step")
    }

    @Test("dots and the room work on a matrix as on columns: a dot on a quadrant's card, phones' cards revealed among the unplaced ones")
    func dotsAndRoom() {
        var state = Self.state()
        state.workshop.sections[0].body.modifyBoard { $0.dotsPerParticipant = 2 }
        state.press(.character("L"))
        state.press(.character("v"))
        #expect(state.board(0)!.columns[1].cards.first?.votes == 1, "a dot on the card in the top left quadrant")
        state.press(.character("u"))
        #expect(state.board(0)!.columns[1].cards.first?.votes == 0, "one undo step")
        #expect(state.press(.character("w")) == [.openRoom])
        _ = state.handle(.roomOpened(RoomLink(address: "http://10.0.0.2:8080/r/t", shortAddress: "http://10.0.0.2:8080", code: "123456")))
        _ = state.handle(.participant(ParticipantRequest(submission: "s1", person: "Birgit", section: 0, action: .addCard("Ungdomsskolen"))))
        #expect(state.board(0)!.hidden.map(\.text) == ["Ungdomsskolen"])
        if case .board(let task)? = state.roomStep?.task { #expect(task.firstColumn == "Alle forslag") } else { Issue.record("no board for the phones") }
        state.press(.character("s"))
        #expect(Self.texts(state)[0] == ["Skolen", "Ungdomsskolen"], "revealed among the cards not yet placed, not in a quadrant")
    }

    @Test("the file: the marker says matrix, the axes stand on the two lines after it, and it reads back exactly")
    func roundTrip() throws {
        var state = Self.state()
        state.press(.character("L"))
        let text = WorkshopSerializer.serialize(state.workshop)
        #expect(text.contains("""
            ## Prioriter
            <!-- board matrix -->
            <!-- x: let at nå | svær at nå -->
            <!-- y: gør stor forskel | gør lille forskel -->

            ### Alle forslag

            - Skolen

            ### Kontakt først

            Stor forskel, let at nå.

            - Biblioteket
            """))
        let read = try WorkshopParser.parse(text)
        #expect(read == state.workshop)
        #expect(WorkshopSerializer.serialize(read) == text)
        #expect(WorkshopCheck.problems(in: text).isEmpty)
    }

    @Test("a matrix without its axes, with an axis missing an end, or with too few columns gets file:line:column and what is wrong")
    func badFiles() {
        let head = "<!-- tavle 1 -->\n# P\n\n## Prioriter\n<!-- board matrix -->\n"
        let columns = "\n### A\n\n### B\n\n### C\n\n### D\n\n### E\n"
        #expect(throws: FormatError(line: 6, column: 1, .matrixAxisMissing("x"))) { try WorkshopParser.parse(head + columns) }
        #expect(throws: FormatError(line: 7, column: 1, .matrixAxisMissing("y"))) {
            try WorkshopParser.parse(head + "<!-- x: let | svær -->\n" + columns)
        }
        #expect(throws: FormatError(line: 7, column: 6, .matrixAxisSyntax("y"))) {
            try WorkshopParser.parse(head + "<!-- x: let | svær -->\n<!-- y: stor forskel -->\n" + columns)
        }
        let few = head + "<!-- x: let | svær -->\n<!-- y: stor | lille -->\n\n### A\n\n### B\n"
        #expect(WorkshopCheck.problems(in: few) == [FormatError(line: 4, column: 1, .matrixQuadrantsMissing("Prioriter"))])
    }

    @Test("a card taken from a quadrant to the short list keeps its place: the file says quadrant=N, the minutes say it in the axes' words; back in a quadrant or among the unplaced it has none")
    func placeKept() throws {
        var state = Self.state()
        state.press(.character("L"), .character("L"), .character("L"))  // Biblioteket: top left, top right, short list
        #expect(Self.texts(state)[5] == ["Biblioteket"])
        #expect(state.board(0)!.columns[5].cards.first?.quadrant == 2, "it came from the top right quadrant")
        let text = WorkshopSerializer.serialize(state.workshop)
        #expect(text.contains("1. Biblioteket <!-- quadrant=2 -->"))
        let read = try WorkshopParser.parse(text)
        #expect(read == state.workshop && WorkshopSerializer.serialize(read) == text, "it reads back exactly")
        #expect(MinutesText.render(state.workshop).contains("Kortliste:\n    1. Biblioteket (svær at nå, gør stor forskel)"))
        #expect(MinutesMarkdown.render(state.workshop).contains("1. Biblioteket (svær at nå, gør stor forskel)"))
        #expect(MinutesHTML.render(state.workshop).contains("Biblioteket <span class=\"place\">(svær at nå, gør stor forskel)</span>"))
        state.press(.character("u"))
        #expect(state.board(0)!.columns[2].cards.first?.quadrant == nil, "undo takes it back, and the mark with it")
        state.press(.character("L"), .character("H"))
        #expect(state.board(0)!.columns[2].cards.first?.quadrant == nil, "in a quadrant its column says where it is")
        state.press(.character("H"), .character("H"))
        #expect(Self.texts(state)[0].contains("Biblioteket") && state.board(0)!.columns[0].cards.allSatisfy { $0.quadrant == nil }, "unplaced again")
    }

    @Test("R takes the most-dotted cards to the short list with the quadrants they stood in")
    func rankKeepsPlace() {
        var state = Self.state()
        state.workshop.sections[0].body.modifyBoard { $0.dotsPerParticipant = 3 }
        state.press(.character("L"), .character("J"))  // Biblioteket to the bottom left quadrant
        state.press(.character("v"), .character("v"))
        state.press(.character("R"))
        let ranked = state.board(0)!.columns[5].cards
        #expect(ranked.first?.text == "Biblioteket" && ranked.first?.quadrant == 3, "\(Array(ranked))")
    }

    @Test("the minutes name each quadrant by its axes' words; the other columns by their titles")
    func minutes() {
        var state = Self.state()
        state.press(.character("L"))
        let text = MinutesText.render(state.workshop)
        #expect(text.contains("Kontakt først (let at nå, gør stor forskel):\n    - Biblioteket"))
        #expect(text.contains("Ikke nu (svær at nå, gør lille forskel):"))
        #expect(text.contains("\nKortliste:\n"))
        let csv = MinutesCSV.render(state.workshop)
        #expect(csv.contains("\"Kontakt først (let at nå, gør stor forskel)\",,0,Biblioteket"))
        #expect(MinutesMarkdown.render(state.workshop).contains("### Kontakt først (let at nå, gør stor forskel)"))
        #expect(MinutesHTML.render(state.workshop).contains("<h3>Kontakt først (let at nå, gør stor forskel)</h3>"))
    }
}
