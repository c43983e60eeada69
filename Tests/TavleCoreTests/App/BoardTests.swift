import Testing
@testable import TavleCore

@Suite("State machine: the board")
struct BoardTests {
    @Test("L moves the focused card to the end of the next column, focus follows; H moves it back")
    func moveBetweenColumns() {
        var state = Fixtures.state(section: 2)
        state.press(.down)
        let effects = state.press(.character("L"))
        let board = state.board(2)!
        #expect(board.columns[0].cards.map(\.text) == ["Biblioteket", "Kirken"])
        #expect(board.columns[1].cards.map(\.text) == ["Idrætsforeningen", "Skolen"])
        #expect(state.cursor == Cursor(column: 1, row: 1))
        #expect(effects == [.save(state.workshop)])
        state.press(.character("<"))
        #expect(state.board(2)!.columns[0].cards.map(\.text) == ["Biblioteket", "Kirken", "Skolen"])
    }

    @Test("J and K reorder within a column; the bell at the ends")
    func reorder() {
        var state = Fixtures.state(section: 2)
        #expect(state.press(.character("K")) == [.bell])
        state.press(.character("J"), .character("J"))
        #expect(state.board(2)!.columns[0].cards.map(\.text) == ["Skolen", "Kirken", "Biblioteket"])
        #expect(state.cursor.row == 2)
        #expect(state.press(.shiftDown) == [.bell])
        #expect(state.press(.character("H")) == [.bell], "no column to the left")
    }

    @Test("the fourth card in a top three is allowed but flagged")
    func overLimit() {
        var state = Fixtures.state(section: 2)
        for _ in 0..<2 { state.press(.character("g"), .character("L"), .character("h")) }
        #expect(state.notice == nil)
        state.press(.character("g"), .character("L"))
        #expect(state.board(2)!.columns[1].cards.count == 4)
        #expect(state.notice == .overLimit(column: "Top tre", limit: 3))
        #expect(state.workshop.sections[2].progress == Progress(done: 3, total: 3))
    }

    @Test("add, type and finish a card; edit it; delete it after confirming")
    func addEditDelete() {
        var state = Fixtures.state(section: 2)
        state.press(.character("l"), .character("l"), .character("a"))
        state.type("Ældresagen")
        state.press(.enter)
        #expect(state.board(2)!.columns[2].cards == [Card(text: "Ældresagen")])
        state.press(.character("e"), .backspace, .backspace, .backspace, .backspace, .backspace)
        state.type("rådet")
        state.press(.enter)
        #expect(state.board(2)!.columns[2].cards == [Card(text: "Ældrerådet")])
        state.press(.character("d"))
        #expect(state.mode == .confirming(.deleteCard(section: 2, id: state.cardID(section: 2, CardPosition(column: 2, index: 0)))))
        state.press(.character("j"))
        #expect(state.board(2)!.columns[2].cards.isEmpty)
        state.press(.character("u"), .character("u"))
        #expect(state.board(2)!.columns[2].cards == [Card(text: "Ældresagen")])
    }

    @Test("picking a card up with m, moving it with arrows, dropping with Enter; Esc cancels")
    func grabAndMove() {
        var state = Fixtures.state(section: 2)
        state.press(.character("m"), .right, .up)
        #expect(state.mode == .moving(CardMove(
            section: 2, card: state.cardID(section: 2, CardPosition(column: 0, index: 0)),
            drop: CardPosition(column: 1, index: 0), byMouse: false, hasDragged: false
        )))
        #expect(state.workshop == Fixtures.workshop, "nothing changes until the drop")
        state.press(.enter)
        #expect(state.board(2)!.columns[1].cards.map(\.text) == ["Biblioteket", "Idrætsforeningen"])
        state.press(.character("m"), .left, .escape)
        #expect(state.board(2)!.columns[1].cards.map(\.text) == ["Biblioteket", "Idrætsforeningen"])
        #expect(state.mode == .browsing)
    }

    @Test("a mouse drag from a card to a drop place moves it; a click only focuses")
    func mouseDrag() {
        var state = Fixtures.state(section: 2)
        let press = MouseEvent(action: .press, target: .card(section: 2, position: CardPosition(column: 0, index: 2)))
        _ = state.handle(.mouse(press))
        _ = state.handle(.mouse(MouseEvent(action: .drag, target: .slot(section: 2, position: CardPosition(column: 2, index: 0)), movedSincePress: true)))
        guard case .moving(let move) = state.mode else { Issue.record("not moving"); return }
        #expect(move.drop == CardPosition(column: 2, index: 0))
        #expect(move.byMouse && move.hasDragged, "a motion report means the pointer left the card")
        _ = state.handle(.mouse(MouseEvent(action: .release, target: .slot(section: 2, position: CardPosition(column: 2, index: 0)), movedSincePress: true)))
        #expect(state.board(2)!.columns[2].cards == [Card(text: "Kirken")])
        #expect(state.cursor == Cursor(column: 2, row: 0))

        _ = state.handle(.mouse(MouseEvent(action: .press, target: .card(section: 2, position: CardPosition(column: 0, index: 1)))))
        _ = state.handle(.mouse(MouseEvent(action: .release, target: .slot(section: 2, position: CardPosition(column: 0, index: 1)))))
        #expect(state.mode == .browsing)
        #expect(state.cursor == Cursor(column: 0, row: 1))
        #expect(state.board(2)!.columns[0].cards.map(\.text) == ["Biblioteket", "Skolen"])

        // A click whose release lands on another place of the redrawn board (the columns
        // re-centred on the pressed card) is still a click: the pointer never left its cell.
        let before = state.workshop
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .card(section: 2, position: CardPosition(column: 0, index: 0)))))
        _ = state.handle(.mouse(MouseEvent(action: .release, target: .slot(section: 2, position: CardPosition(column: 1, index: 0)))))
        #expect(state.mode == .browsing && state.workshop == before, "a click moves nothing")
    }

    @Test("clicks: agenda rows change section, boxes tick, a click while typing finishes the edit")
    func clicks() {
        var state = Fixtures.state()
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .checkbox(section: 0, entry: 5))))
        guard case .checklist(let checklist) = state.workshop.sections[0].body,
              case .point(let point) = checklist.entries[5] else { Issue.record(); return }
        #expect(point.isDone)
        state.press(.character("e"))
        state.type("!")
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .section(2))))
        #expect(state.mode == .browsing)
        #expect(state.sectionIndex == 2)
        #expect(state.history.undoCount == 2)
    }
}

@Suite("State machine: saving and quitting")
struct SavingTests {
    @Test("a failed save is shown, edits stay, quitting asks first, save-as writes elsewhere")
    func failedSave() {
        var state = Fixtures.state()
        state.press(.character("x"))
        let failure = SaveFailure(path: "møde.md", reason: .system(.permissionDenied))
        _ = state.handle(.saved(.failure(failure)))
        #expect(state.saveStatus == .failed(failure))
        #expect(state.notice == .saveFailed(failure))
        #expect(state.press(.character("q")) == [.save(state.workshop)], "asks, and tries to save again meanwhile")
        #expect(state.mode == .confirming(.quitUnsaved))
        _ = state.handle(.saved(.failure(failure)))
        state.press(.escape, .character("S"), .control("u"))
        state.type("/tmp/andet.md")
        let effects = state.press(.enter)
        #expect(effects == [.saveAs(path: "/tmp/andet.md", state.workshop)])
        _ = state.handle(.saved(.success("/tmp/andet.md")))
        #expect(state.documentPath == "/tmp/andet.md")
        #expect(state.saveStatus == .saved)
        #expect(state.press(.character("q")) == [.settleSaves])
        #expect(state.handle(.savesSettled) == [.quit])
    }
}

@Suite("State machine: quitting")
struct QuitTests {
    static let failure = SaveFailure(path: "møde.md", reason: .system(.permissionDenied))

    @Test("quit waits for the last writes and quits once they are on disk")
    func quitsWhenSaved() {
        var state = Fixtures.state()
        #expect(state.press(.character("q")) == [.settleSaves])
        _ = state.handle(.saved(.success("møde.md")))
        #expect(state.handle(.savesSettled) == [.quit])
    }

    @Test("a last write that fails stops the quit and is shown; the next quit asks; yes leaves it behind")
    func failedLastWrite() {
        var state = Fixtures.state()
        state.press(.character(" "))
        #expect(state.press(.character("q")) == [.settleSaves])
        _ = state.handle(.saved(.failure(Self.failure)))
        #expect(state.handle(.savesSettled) == [.bell], "not quit: the edit is not on disk")
        #expect(state.mode == .browsing)
        state.press(.character("q"))
        #expect(state.mode == .confirming(.quitUnsaved))
        #expect(state.press(.character("j")) == [.quit], "the facilitator's choice is final")
    }

    @Test("a settled save that nobody quit for does nothing")
    func settledWithoutQuit() {
        var state = Fixtures.state()
        #expect(state.handle(.savesSettled) == [])
    }
}

@Suite("State machine: read-only")
struct ReadOnlyTests {
    @Test("every command that changes the workshop is refused with the reason; moving around works")
    func refused() {
        var state = AppState(workshop: Fixtures.workshop, documentPath: "m.md", readOnlyReason: .heldElsewhere("ida"))
        for key: Key in [.character(" "), .character("e"), .character("a"), .character("d"), .character("u"), .control("r")] {
            #expect(state.press(key) == [.bell], "\(key)")
            #expect(state.notice == .readOnly(.heldElsewhere("ida")))
            #expect(state.mode == .browsing)
        }
        state.press(.character("3"), .character("L"), .character("m"), .down)
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .card(section: 2, position: CardPosition(column: 0, index: 1)))))
        #expect(state.mode == .browsing, "a card cannot be picked up")
        #expect(state.cursor == Cursor(column: 0, row: 1), "but the click focuses it")
        #expect(state.workshop == Fixtures.workshop)
        #expect(!state.history.canUndo)
    }
}

@Suite("State machine: changes made outside Tavle")
struct OutsideChangeTests {
    @Test("a file changed on disk is not overwritten: the facilitator loads theirs or keeps ours")
    func settle() {
        var state = Fixtures.state()
        state.press(.character("x"))
        let mine = state.workshop
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .changedOutside))))
        #expect(state.mode == .confirming(.outsideChange))
        #expect(state.press(.character("j")) == [.bell], "only i, b or Esc answer")
        #expect(state.press(.character("b")) == [.resolveOutsideChange(keepMine: true, mine)])
        #expect(state.press(.character("j")) == [], "no automatic retry over someone else's file")

        var theirs = Fixtures.workshop
        theirs.title = "Kollegaens udgave"
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .changedOutside))))
        #expect(state.press(.character("i")) == [.resolveOutsideChange(keepMine: false, mine)])
        _ = state.handle(.outsideChangeResolved(theirs: theirs, copy: "møde.conflict-1.md"))
        #expect(state.workshop == theirs)
        #expect(state.saveStatus == .saved)
        #expect(state.notice == .outsideChangeSettled(loadedTheirs: true, copy: "møde.conflict-1.md"))
        #expect(!state.history.canUndo, "undo cannot bring ours back over theirs; ours is in the copy")
    }
}
