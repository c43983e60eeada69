import Testing
@testable import TavleCore

/// Cards that arrive from another source (the room's phones) while the facilitator works:
/// edits, focus, moves and confirmations name items by id, so nothing shifts to a neighbour.
@Suite("Stable ids: cards arriving while the facilitator works")
struct ArrivalTests {
    static func arrive(_ texts: [String], at index: Int = 0, column: Int = 0) -> AppEvent {
        .cardsArrived(section: 2, column: column, index: index, texts: texts)
    }

    @Test("an edit stays on its card when cards are inserted before it, and undoing the edit keeps them")
    func editStaysOnItsCard() {
        var state = Fixtures.state(section: 2)
        state.press(.character("a"))
        state.type("Idræts")
        _ = state.handle(Self.arrive(["Fra telefonen", "Og en til"]))
        state.type("foreningen")
        state.press(.escape)
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Fra telefonen", "Og en til", "Biblioteket", "Skolen", "Kirken", "Idrætsforeningen"])
        #expect(state.cursor == Cursor(column: 0, row: 5), "the focus is on the card that was edited")
        state.press(.character("u"))
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Fra telefonen", "Og en til", "Biblioteket", "Skolen", "Kirken"],
                "undo takes the typed card, not the arrived ones")
        state.press(.character("u"))
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Biblioteket", "Skolen", "Kirken"], "the arrival is a step of its own")
    }

    @Test("cards that arrive during an edit that changes nothing are one undo step, not lost by an older undo")
    func arrivalDuringUnchangedEdit() {
        var state = Fixtures.state(section: 2)
        state.press(.right, .character("e"))  // Idrætsforeningen, in Top tre
        _ = state.handle(Self.arrive(["Fra telefonen"]))
        state.press(.escape)
        #expect(state.board(2)?.columns[0].cards.first?.text == "Fra telefonen")
        state.press(.character("u"))
        #expect(state.workshop == Fixtures.workshop, "one undo takes the arrival away")
        state.press(.control("r"))
        #expect(state.board(2)?.columns[0].cards.first?.text == "Fra telefonen", "and redo brings it back")
    }

    @Test("a question about the file waits while a card is held: an arrival does not call the move off")
    func decisionWaitsForMove() {
        var state = Fixtures.state(section: 2)
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .changedOutside))))
        if case .confirming = state.mode { state.press(.escape) }
        state.press(.character("m"))
        _ = state.handle(Self.arrive(["X"]))
        guard case .moving = state.mode else { Issue.record("the move was called off: \(state.mode)"); return }
    }

    @Test("editing an existing card: the text goes into that card wherever it has moved")
    func editExisting() {
        var state = Fixtures.state(section: 2)
        state.press(.down, .down, .character("e"), .end)  // Kirken
        _ = state.handle(Self.arrive(["Ny"], at: 1))
        state.type("s venner")
        state.press(.escape)
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Biblioteket", "Ny", "Skolen", "Kirkens venner"])
    }

    @Test("the focus stays on its card; the arrival alone is one undo step")
    func focusAndUndo() {
        var state = Fixtures.state(section: 2)
        state.press(.down)  // Skolen
        let effects = state.handle(Self.arrive(["A", "B"]))
        #expect(effects == [.save(state.workshop)], "saved at once")
        #expect(state.cursor.row == 3)
        state.press(.character("u"))
        #expect(state.workshop == Fixtures.workshop)
    }

    @Test("a delete that is being confirmed deletes the card it asked about")
    func confirmationByID() {
        var state = Fixtures.state(section: 2)
        state.press(.down, .character("d"))  // asks about Skolen
        _ = state.handle(Self.arrive(["Fra telefonen"]))
        state.press(.character("j"))
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Fra telefonen", "Biblioteket", "Kirken"])
    }

    @Test("a card being moved keeps its drop place and lands where it was going")
    func moveKeepsDropPlace() {
        var state = Fixtures.state(section: 2)
        state.press(.down, .down, .character("m"), .up)  // Kirken, to go above Skolen
        _ = state.handle(Self.arrive(["X"]))
        state.press(.enter)
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["X", "Biblioteket", "Kirken", "Skolen"])
    }

    @Test("arrivals are text: control characters and line breaks do not survive; nothing arrives in a read-only workshop")
    func cleanAndReadOnly() {
        var state = Fixtures.state(section: 2)
        _ = state.handle(Self.arrive(["Linje\nto\u{1B}[31m", "   "]))
        #expect(state.board(2)?.columns[0].cards.first?.text == "Linje to[31m")
        #expect(state.board(2)?.columns[0].cards.count == 4, "a blank card is not added")
        var readOnly = AppState(workshop: Fixtures.workshop, documentPath: "x", readOnlyReason: .asked)
        #expect(readOnly.handle(Self.arrive(["Nej"])) == [])
        #expect(readOnly.workshop == Fixtures.workshop)
    }

    @Test("items read from a file get ids of their own; equal content is equal whatever the ids")
    func idsAreNotContent() throws {
        let text = WorkshopSerializer.serialize(Fixtures.workshop)
        let first = try WorkshopParser.parse(text), second = try WorkshopParser.parse(text)
        #expect(first == second)
        guard case .board(let a) = first.sections[2].body, case .board(let b) = second.sections[2].body else { Issue.record(); return }
        #expect(Set(a.columns[0].cards.map(\.id)).isDisjoint(with: b.columns[0].cards.map(\.id)))
    }
}
