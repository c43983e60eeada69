import Foundation
import Testing
@testable import TavleCore
@testable import TavleScreen

@Suite("Rendered screens")
struct WorkshopViewTests {
    @Test("a checklist at the smallest size, line by line")
    func smallChecklist() {
        let frame = WorkshopView.render(ScreenFixtures.state(), width: 40, height: 10)
        #expect(frame.grid.lines == [
            " Tavle · Partnerskab for Æ…  Afsnit 1/3",
            "                  │",
            "▶ 1 Tjekliste  1/3│  Tjekliste      1/3",
            "  2 Spørgsmål  1/2│",
            "  3 Brainstorm 1/3│  Find fælles grund",
            "                  │  Tal om det store",
            "                  │  billede.",
            "                  │▶ [x] Alle er med",
            "                  │  [ ] Drømmen er   ↓",
            " Space kryds  e skriv            ✓ Gemt",
        ])
        #expect(frame.grid[19, 7].style == .focus && frame.grid[21, 7].style == .focus, "the focused point is drawn in the focus style")
    }

    @Test("a note of 10,000 lines: the lines around the cursor are drawn, from the lines around it only")
    func longNote() {
        let notes = (1...10_000).map { "Linje \($0)" }.joined(separator: "\n")
        var state = AppState(workshop: Workshop(title: "Lang", sections: [
            Section(title: "Spørgsmål", body: .questions([Question(text: "Hvad?", notes: notes)])),
        ]), documentPath: "m.md")
        let browsing = WorkshopView.render(state, width: 60, height: 20).grid.lines
        #expect(browsing.contains { $0.contains("│ Linje 1") } && browsing.contains { $0.contains("Linje 14") })
        _ = state.handle(.keyPressed(.enter))
        _ = state.handle(.keyPressed(.character("!")))
        let editing = WorkshopView.render(state, width: 60, height: 20)
        #expect(editing.grid.lines.contains { $0.contains("Linje 10000!") })
        #expect(!editing.grid.lines.contains { $0.contains("Linje 1 ") })
        let cursor: Point? = editing.cursor
        #expect(cursor.map { editing.grid.lines[$0.y].contains("Linje 10000!") } == true, "the cursor is on the typed line")
    }

    @Test("the agenda numbers every section, 10 and up too, right-aligned")
    func agendaNumbers() {
        let sections = (1...12).map { Section(title: "Trin \($0)", body: .questions([Question(text: "?")])) }
        var state = AppState(workshop: Workshop(title: "Inspiration", sections: sections), documentPath: "m.md")
        _ = state.handle(.keyPressed(.character("9")))
        let lines = WorkshopView.render(state, width: 100, height: 30).grid.lines
        #expect(lines.contains { $0.hasPrefix("   1 Trin 1 ") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix(" ▶ 9 Trin 9 ") || $0.hasPrefix("▶  9 Trin 9 ") })
        for number in 10...12 { #expect(lines.contains { $0.hasPrefix("  \(number) Trin \(number) ") }) }
    }

    @Test("a title too long for its agenda line goes on under itself while every entry's two lines fit, and a long first word takes the line whole")
    func agendaTwoLines() {
        let questions = SectionBody.questions([Question(text: "?")])
        let titles = ["Trin 1: formålet med samarbejdet", "Hvad skal der til, for at det lykkes?", "Forventningsaftalen", "Noter"]
        var state = AppState(workshop: Workshop(title: "Aftale", sections: titles.map { Section(title: $0, body: questions) }), documentPath: "m.md")
        let agenda = WorkshopView.render(state, width: 100, height: 30).grid.lines.map { String($0.prefix(26)) }
        #expect(Array(agenda[2...9]) == [
            "▶ 1 Trin 1: formålet  0/1│",
            "    med samarbejdet      │",
            "  2 Hvad skal der     0/1│",
            "    til, for at det lykk…│",
            "  3 Forventningsaftalen  │",
            "                      0/1│",
            "  4 Noter             0/1│",
            "                         │",
        ])
        // Thirty sections take two lines each nowhere near 27 rows: each takes one.
        state = AppState(workshop: Workshop(title: "Lang", sections: (1...30).map { Section(title: titles[$0 % 4], body: questions) }), documentPath: "m.md")
        let single = WorkshopView.render(state, width: 100, height: 30).grid.lines.map { String($0.prefix(26)) }
        #expect(single[2] == "▶  1 Hvad skal der t… 0/1│")
        #expect(single[3] == "   2 Forventningsaft… 0/1│")
    }

    @Test("a meeting's divider is ruled where its title fits with the rule, else it goes on to a second line with the rule; where entries have one line, its title stands alone")
    func meetingDividers() {
        let questions = SectionBody.questions([Question(text: "?")])
        var workshop = Workshop(title: "Partnerskab", sections: [
            Section(title: "Trin 1", body: questions, opensMeeting: "Møde 1: foreningen alene"),
            Section(title: "Trin 2", body: questions, opensMeeting: "Møde 2: kort"),
            Section(title: "Trin 3", body: questions, opensMeeting: "Møde 3: sammen med partneren"),
        ])
        let agenda = WorkshopView.render(AppState(workshop: workshop, documentPath: "m.md"), width: 100, height: 30).grid.lines.map { String($0.prefix(26)) }
        #expect(Array(agenda[2...9]) == [
            "Møde 1: foreningen       │",
            "alene ───────────────────│",
            "▶ 1 Trin 1            0/1│",
            "─ Møde 2: kort ──────────│",
            "  2 Trin 2            0/1│",
            "Møde 3: sammen med       │",
            "partneren ───────────────│",
            "  3 Trin 3            0/1│",
        ])
        // Thirty sections: one line each, and the dividers' titles alone.
        workshop.sections += (4...30).map { Section(title: "Trin \($0)", body: questions) }
        let single = WorkshopView.render(AppState(workshop: workshop, documentPath: "m.md"), width: 100, height: 30).grid.lines.map { String($0.prefix(26)) }
        #expect(single.contains("Møde 1: foreningen alene │"))
        #expect(single.contains("Møde 3: sammen med partn…│"))
    }

    @Test("columns whose titles differ only at the end are shown so they differ; the focused column's whole meaning is on screen")
    func columnTitles() {
        let titles = ["Formel aftale om rekruttering", "Formel aftale om indsatsbehov", "Uformel kontakt om rekruttering", "Uformel kontakt om indsatsbehov"]
        let meaning = "Organisationen indgår en aftale med kommunen, og kommunen hjælper så med at rekruttere. Forventninger og håndtering af fx regler er aftalt, før problemerne opstår."
        let board = Board(columns: titles.map { Column(title: $0, description: $0 == titles[0] ? meaning : "Kort forklaring af formen, som er for lang til kolonnen her.") })
        let state = AppState(workshop: Workshop(title: "Former", sections: [Section(title: "Former", body: .board(board))]), documentPath: "m.md")
        for (width, height) in [(80, 24), (100, 30)] {
            let frame = WorkshopView.render(state, width: width, height: height)
            let header = frame.grid.lines.first { $0.contains("(0)") }
            let shown = (header ?? "").split(separator: "(0)").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "│", with: "") }.filter { !$0.isEmpty }
            #expect(Set(shown).count == shown.count, "\(width)x\(height): \(shown)")
            let text = frame.grid.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(text.contains("om rekruttering: Organisationen indgår"), "the focused column's title and meaning in full")
            #expect(text.contains("før problemerne opstår."), "\(width)x\(height): to its end")
        }
    }

    @Test("checklist, questions, board and overlays at 80x24, as whole-screen snapshots")
    func snapshots() {
        Snapshot.assertMatches(WorkshopView.render(ScreenFixtures.state(section: 0), width: 80, height: 24), named: "checklist-80x24")
        Snapshot.assertMatches(WorkshopView.render(ScreenFixtures.state(section: 1), width: 80, height: 24), named: "questions-80x24")
        Snapshot.assertMatches(WorkshopView.render(ScreenFixtures.state(section: 2), width: 80, height: 24), named: "board-80x24")
        Snapshot.assertMatches(WorkshopView.render(ScreenFixtures.state(section: 2), width: 200, height: 60), named: "board-200x60")
        var help = ScreenFixtures.state()
        _ = help.handle(.keyPressed(.character("?")))
        Snapshot.assertMatches(WorkshopView.render(help, width: 80, height: 24), named: "help-80x24")
        var confirm = ScreenFixtures.state(section: 2)
        _ = confirm.handle(.keyPressed(.character("d")))
        Snapshot.assertMatches(WorkshopView.render(confirm, width: 80, height: 24), named: "confirm-delete-80x24")
        var outside = ScreenFixtures.state()
        _ = outside.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .changedOutside))))
        Snapshot.assertMatches(WorkshopView.render(outside, width: 80, height: 24), named: "outside-change-80x24")
    }

    @Test("typing notes shows the text and places the cursor after it")
    func editingNotes() throws {
        var state = ScreenFixtures.state(section: 1)
        _ = state.handle(.keyPressed(.character("j")))
        _ = state.handle(.keyPressed(.enter))
        for character in "Kommunen og Ærø Bibliotek" { _ = state.handle(.keyPressed(.character(character))) }
        let frame = WorkshopView.render(state, width: 80, height: 24)
        Snapshot.assertMatches(frame, named: "questions-editing-80x24")
        let cursor = try #require(frame.cursor)
        let row = frame.grid.lines[cursor.y]
        #expect(row.hasSuffix("│ Kommunen og Ærø Bibliotek"))
        #expect(cursor.x == DisplayWidth.of(row))
    }

    @Test("a dragged card follows the pointer and its drop place is drawn in the target column")
    func dragging() throws {
        var state = ScreenFixtures.state(section: 2)
        var frame = WorkshopView.render(state, width: 80, height: 24)
        let start = try #require(frame.find("Kirken"))
        #expect(frame.target(at: start) == .card(section: 2, position: CardPosition(column: 0, index: 2)))
        _ = state.handle(.mouse(MouseEvent(action: .press, target: frame.target(at: start))))
        frame = WorkshopView.render(state, width: 80, height: 24)
        let over = try #require(frame.find("1. Idræt"))
        #expect(frame.target(at: over) == .slot(section: 2, position: CardPosition(column: 1, index: 0)))
        _ = state.handle(.mouse(MouseEvent(action: .drag, target: frame.target(at: over), movedSincePress: true)))
        frame = WorkshopView.render(state, width: 80, height: 24, pointer: over)
        Snapshot.assertMatches(frame, named: "board-dragging-80x24")
        #expect(frame.grid[over.x, over.y].style == .drop, "the drop place is on the pointer's row: first in the ranked column")
        #expect(frame.lines(containing: "1. Kirken").count == 1, "the drop place shows the card as first in the ranked column")
        // Off the board (over the agenda) a floating copy stands on the pointer's row.
        let outside = Point(x: 2, y: over.y)
        _ = state.handle(.mouse(MouseEvent(action: .drag, target: frame.target(at: outside), movedSincePress: true)))
        let off = WorkshopView.render(state, width: 80, height: 24, pointer: outside)
        #expect(off.grid.character(x: outside.x + 2, y: outside.y) == "K", "the dragged copy stands on the pointer's row")
        #expect(off.grid[outside.x + 1, outside.y].style == .drop)
        _ = state.handle(.mouse(MouseEvent(action: .drag, target: frame.target(at: over), movedSincePress: true)))
        _ = state.handle(.mouse(MouseEvent(action: .release, target: frame.target(at: over), movedSincePress: true)))
        #expect(state.board(2)?.columns[1].cards.map(\.text) == ["Kirken", "Idrætsforeningen"])
    }

    @Test("clicking a checkbox hits the box; the agenda rows hit their sections")
    func hitTesting() throws {
        let frame = WorkshopView.render(ScreenFixtures.state(), width: 80, height: 24)
        let box = try #require(frame.find("[ ] Drømmen"))
        #expect(frame.target(at: box) == .checkbox(section: 0, entry: 2))
        #expect(frame.target(at: Point(x: box.x + 6, y: box.y)) == .point(section: 0, entry: 2))
        let agenda = try #require(frame.find("Brainstorm"))
        #expect(frame.target(at: agenda) == .section(2))
    }

    @Test("below the smallest size a short request is shown, down to a single cell", arguments: [
        (39, 24), (80, 9), (20, 3), (1, 1), (0, 0),
    ])
    func tooSmall(width: Int, height: Int) {
        let frame = WorkshopView.render(ScreenFixtures.state(), width: width, height: height)
        #expect(frame.grid.lines.count == height)
        if width >= 18, height > 0 {
            #expect(frame.grid.lines.contains { $0.contains("Gør vinduet større") })
        }
    }

    @Test("text from the file cannot reach the terminal as control codes")
    func hostileText() {
        var workshop = ScreenFixtures.workshop
        workshop.title = "\u{1B}]0;pwned\u{7}\u{1B}[2J"
        let frame = WorkshopView.render(AppState(workshop: workshop, documentPath: "x"), width: 80, height: 24)
        #expect(frame.grid.lines[0].contains("^[]0;pwned^G^[[2J"))
        #expect((0..<frame.grid.height).allSatisfy { y in
            (0..<frame.grid.width).allSatisfy { frame.grid.character(x: $0, y: y).unicodeScalars.allSatisfy { !VisibleText.isControl($0) } }
        })
    }

    @Test("the start screen lists kits with audience and duration, then workshops")
    func startScreen() {
        let kit = KitSummary(name: "partnerskab", workshop: Workshop(title: "Sådan kommer et partnerskab i stand", metadata: [
            MetadataEntry(key: "audience", value: "forening"), MetadataEntry(key: "duration", value: "En aften"),
        ]))
        let menu = StartMenu(kits: [kit], workshops: [(path: "2026-11-23-partnerskab.md", title: "Møde i foreningen")])
        let frame = StartView.render(menu, width: 80, height: 12)
        Snapshot.assertMatches(frame, named: "start-80x12")
        #expect(frame.lines(containing: "Forening · En aften").count == 1)
    }
}

extension Frame {
    /// The cell where `text` first appears on screen.
    func find(_ text: String) -> Point? {
        for (y, line) in grid.lines.enumerated() {
            if let range = line.firstRange(of: text) {
                return Point(x: DisplayWidth.of(line[..<range.lowerBound]), y: y)
            }
        }
        return nil
    }

    /// The screen lines that contain `text`.
    func lines(containing text: String) -> [String] {
        grid.lines.filter { $0.contains(text) }
    }
}

extension AppState {
    func board(_ section: Int) -> Board? {
        if case .board(let board) = workshop.sections[section].body { return board }
        return nil
    }
}
