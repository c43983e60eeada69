import Testing
@testable import TavleCore

/// One walk through every mode with the whole state checked after each key (`StateStore`):
/// a key changes exactly what the test names, and nothing else.
@Suite("State machine: every mode, whole state checked")
struct ExhaustiveModeTests {
    @Test("browsing: moving the focus changes the cursor only; ticking changes the point, history and save state")
    func browsing() {
        var store = StateStore(Fixtures.state())
        store.press(.down) { $0.cursors[0].row = 2 }
        let before = store.state
        store.press(.character(" "), effects: [.save(Self.ticked(before.workshop, entry: 2))]) { state in
            state.workshop = Self.ticked(state.workshop, entry: 2)
            state.history.record(History.Snapshot(workshop: before.workshop, section: 0, cursors: before.cursors))
            state.saveStatus = .saving
        }
    }

    @Test("editing: a new card, its text, and Esc as one undo step")
    func editing() {
        var store = StateStore(Fixtures.state(section: 2))
        let before = store.state
        store.press(.character("a")) { state, actual in
            state.workshop.sections[2].body.modifyBoard { $0.columns[0].cards.append(Card(text: "")) }
            state.cursors[2] = Cursor(column: 0, row: 3)
            state.mode = actual.mode  // the edit's own data (the new card's id) is checked below
        }
        guard case .editing(let edit) = store.state.mode else { Issue.record("not editing"); return }
        #expect(edit.isNewItem && edit.before == before.workshop && edit.buffer.text.isEmpty)
        #expect(edit.target == .card(section: 2, id: store.state.cardID(section: 2, CardPosition(column: 0, index: 3))))
        var typed = store.state.workshop
        typed.sections[2].body.modifyBoard { $0.columns[0].cards[3].text = "K" }
        store.press(.character("K"), effects: [.save(typed)]) { state, actual in
            state.workshop = typed
            state.saveStatus = .saving
            state.mode = actual.mode  // the buffer holds "K": checked below
        }
        if case .editing(let edit) = store.state.mode { #expect(edit.buffer.text == "K") }
        store.press(.escape) { state in
            state.mode = .browsing
            state.history.record(History.Snapshot(workshop: before.workshop, section: 2, cursors: state.cursors))
        }
    }

    @Test("moving: picking up, moving the drop place and Esc change the mode only")
    func moving() {
        var store = StateStore(Fixtures.state(section: 2))
        let card = store.state.cardID(section: 2, CardPosition(column: 0, index: 0))
        store.press(.character("m")) {
            $0.mode = .moving(CardMove(section: 2, card: card, drop: CardPosition(column: 0, index: 0), byMouse: false, hasDragged: false))
        }
        store.press(.right) {
            $0.mode = .moving(CardMove(section: 2, card: card, drop: CardPosition(column: 1, index: 0), byMouse: false, hasDragged: false))
        }
        store.press(.escape) { $0.mode = .browsing }
    }

    @Test("confirming: d asks, n answers no, and nothing else changes")
    func confirming() {
        var store = StateStore(Fixtures.state())
        let point = store.state.pointID(section: 0, entry: 1)
        store.press(.character("d")) { $0.mode = .confirming(.deletePoint(section: 0, id: point)) }
        store.press(.character("n")) { $0.mode = .browsing }
    }

    @Test("help: ? opens, j scrolls, any other key closes")
    func help() {
        var store = StateStore(Fixtures.state())
        store.press(.character("?")) { $0.mode = .help(offset: 0) }
        store.press(.character("j")) { $0.mode = .help(offset: 1) }
        store.press(.character("x")) { $0.mode = .browsing }
    }

    @Test("the store names the field that changed unexpectedly")
    func namesTheField() {
        var expected = Fixtures.state()
        var actual = expected
        _ = actual.handle(.keyPressed(.down))
        #expect(StateStore.differences(expected, actual).map { $0.prefix(8) } == ["cursors:"])
        expected = actual
        #expect(StateStore.differences(expected, actual).isEmpty)
    }

    /// The workshop with the point at `entry` of the checklist ticked.
    static func ticked(_ workshop: Workshop, entry: Int) -> Workshop {
        var workshop = workshop
        workshop.sections[0].body.modifyChecklist { checklist in
            if case .point(var point) = checklist.entries[entry] {
                point.isDone.toggle()
                checklist.entries[entry] = .point(point)
            }
        }
        return workshop
    }
}
