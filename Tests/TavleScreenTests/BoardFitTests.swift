import Testing
@testable import TavleCore
@testable import TavleScreen

/// Boards that do not fit the screen show what they hide, and never by drawing over a title,
/// a counter, a dot count or the middle of a word.
@Suite("Boards that fit")
struct BoardFitTests {
    static func state(_ board: Board, section: Int = 0) throws -> AppState {
        AppState(workshop: Workshop(title: "T", sections: [Section(title: "S", body: .board(board))]), documentPath: "x")
    }

    static func frivilligpolitik() throws -> AppState {
        let text = try ScreenTestFiles.read("Sources/TavleKits/Kits/frivilligpolitik.md")
        let workshop = try WorkshopParser.parse(text)
        var state = AppState(workshop: workshop, documentPath: "x")
        let board = try #require(workshop.sections.firstIndex { if case .board = $0.body { true } else { false } })
        try #require(board < 9)
        _ = state.handle(.keyPressed(.character(Character("\(board + 1)"))))
        #expect(state.sectionIndex == board)
        return state
    }

    @Test("frivilligpolitik's six columns: all six beside the agenda at 100x30 (narrower, titles cut with …); at 80x24 the hidden side is marked, every column is reached, no title is cut into",
          arguments: [(100, 30), (80, 24)])
    func sixColumnsScroll(size: (width: Int, height: Int)) throws {
        var state = try Self.frivilligpolitik()
        guard case .board(let board) = state.workshop.sections[state.sectionIndex].body else { Issue.record("no board"); return }
        #expect(board.columns.count == 6)
        var seen: Set<Int> = []
        for column in board.columns.indices {
            let lines = WorkshopView.render(state, width: size.width, height: size.height).grid.lines
            let header = try #require(lines.first { $0.contains(String(board.columns[0].title.prefix(6))) || $0.contains("«") || $0.contains("»") })
            // Every column drawn has its title's start whole; which are drawn is marked at the sides.
            let drawn = board.columns.indices.filter { header.contains(String(board.columns[$0].title.prefix(6))) }
            #expect(drawn.contains(column), "column \(column + 1) focused but not drawn:\n\(header)")
            #expect((drawn.count == board.columns.count) == (size.width == 100), "six columns fit beside the agenda at 100 wide, not at 80:\n\(header)")
            #expect(header.contains("«") == !drawn.contains(0), "« iff the first column is hidden:\n\(header)")
            #expect(header.contains("»") == !drawn.contains(board.columns.count - 1), "» iff the last column is hidden:\n\(header)")
            // The marks stand apart from the titles and the counters, which are all whole.
            #expect(!header.contains("«") || header.contains("« "), "« touches a title:\n\(header)")
            #expect(!header.contains("»") || header.contains(/\) +»/), "» touches a counter:\n\(header)")
            #expect(header.filter { $0 == ")" }.count == drawn.count, "a counter is cut:\n\(header)")
            seen.formUnion(drawn)
            _ = state.handle(.keyPressed(.right))
        }
        #expect(seen == Set(board.columns.indices))
    }

    @Test("↑ and ↓ stand in a gutter of their own: every dot count of a scrolled column stays whole")
    func arrowsKeepDotCounts() throws {
        let cards = (1...40).map { Card(text: "Forening nummer \($0)", votes: $0 % 9 + 1) }
        var state = try Self.state(Board(columns: [Column(title: "Alle forslag", cards: cards)], dotsPerParticipant: 3))
        for _ in 0..<20 { _ = state.handle(.keyPressed(.down)) }
        let lines = WorkshopView.render(state, width: 80, height: 20).grid.lines
        let arrows = lines.filter { $0.contains("↑") || $0.contains("↓") }
        #expect(arrows.count == 2, "both arrows:\n\(lines.joined(separator: "\n"))")
        for line in lines where line.contains("Forening nummer") {
            let number = try #require(line.firstMatch(of: /nummer (\d+)/).flatMap { Int($0.1) })
            let count = line.firstMatch(of: /●+ ?(\d+)/).flatMap { Int($0.1) }
            #expect(count == number % 9 + 1, "dot count of card \(number) whole: \(line)")
        }
    }

    @Test("cards wrap between words; only a word longer than the column breaks", arguments: [(80, 24), (100, 30), (120, 35)])
    func wrapAtWords(size: (width: Int, height: Int)) throws {
        let names = ["Ungdomsskolen i Bjerringbro", "Boligforeningen Solhaven og beboerhuset", "Ældresagen", "Idrætsforeningen"]
        let board = Board(columns: [
            Column(title: "Alle forslag", cards: names.map { Card(text: $0, votes: 2) }),
            Column(title: "Top tre", isRanked: true, limit: 3, cards: names.prefix(2).map { Card(text: $0) }),
            Column(title: "Plan B", cards: [Card(text: "Ungdomsskolen")]),
        ], dotsPerParticipant: 3)
        var state = try Self.state(board)
        for presenting in [false, true] {
            let text = WorkshopView.render(state, width: size.width, height: size.height).grid.lines.joined(separator: "\n")
            for word in names.flatMap({ $0.split(separator: " ") }) where word.count > 3 {
                #expect(text.contains(word), "\(word) broken at \(size) (projector: \(presenting)):\n\(text)")
            }
            _ = state.handle(.keyPressed(.character("p")))
        }
    }
}
