import Testing
@testable import TavleCore

/// Participants' requests from phones, as the core carries them out: hidden until revealed,
/// one undo step each, never applied to a step the room has left, never twice.
@Suite("The room: participants' requests")
struct ParticipantTests {
    /// A state on the board (section 2) with the room open and the board voted on with 2 dots each.
    static func openRoom(section: Int = 2, dots: Int? = 2) -> AppState {
        var state = Fixtures.state(section: section)
        state.workshop.sections[2].body.modifyBoard { $0.dotsPerParticipant = dots }
        #expect(state.press(.character("w")) == [.openRoom])
        _ = state.handle(.roomOpened(RoomLink(address: "http://10.0.0.2:8080/r/token", shortAddress: "http://10.0.0.2:8080", code: "123456")))
        return state
    }

    static func request(_ id: String, by person: String = "Birgit", section: Int = 2, _ action: ParticipantAction, lot: UInt64 = 0) -> AppEvent {
        .participant(ParticipantRequest(submission: id, person: person, section: section, action: action, lot: lot))
    }

    static func replies(_ effects: [AppEffect]) -> [RoomReply.Outcome] {
        effects.compactMap { if case .reply(let reply) = $0 { reply.outcome } else { nil } }
    }

    @Test("a card from a phone waits hidden, is saved at once, and a resend adds nothing")
    func hiddenCard() {
        var state = Self.openRoom()
        let effects = state.handle(Self.request("s1", .addCard("  Ungdomsskolen\u{7}  ")))
        #expect(Self.replies(effects) == [.done])
        #expect(effects.contains { if case .save = $0 { true } else { false } }, "the card is written before the phone hears it is kept")
        #expect(state.board(2)?.hidden.map(\.text) == ["Ungdomsskolen"])
        #expect(state.board(2)?.hidden.first?.author == "Birgit")
        #expect(state.board(2)?.columns[0].cards.count == 3, "not on the board until revealed")
        let again = state.handle(Self.request("s1", .addCard("Ungdomsskolen")))
        #expect(Self.replies(again) == [.done])
        #expect(!again.contains { if case .save = $0 { true } else { false } })
        #expect(state.board(2)?.hidden.count == 1, "the resend made no second card")
    }

    @Test("the reveal puts hidden cards in the first column in their shuffled order, without authors, as one undo step")
    func reveal() {
        var state = Self.openRoom()
        _ = state.handle(Self.request("a", .addCard("A"), lot: 0))
        _ = state.handle(Self.request("b", by: "Carl", .addCard("B"), lot: 0))  // goes first
        _ = state.handle(Self.request("c", .addCard("C"), lot: 7))  // 7 % 3 = 1: between B and A
        #expect(state.board(2)?.hidden.map(\.text) == ["B", "C", "A"])
        state.press(.character("s"))
        #expect(state.board(2)?.hidden.isEmpty == true)
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Biblioteket", "Skolen", "Kirken", "B", "C", "A"])
        #expect(state.board(2)?.columns[0].cards.allSatisfy { $0.author == nil } == true)
        state.press(.character("u"))
        #expect(state.board(2)?.hidden.map(\.text) == ["B", "C", "A"], "one undo hides them again")
        #expect(state.board(2)?.columns[0].cards.count == 3)
    }

    @Test("each person has the board's dots: hidden until the reveal adds them to the cards")
    func dots() {
        var state = Self.openRoom()
        let skolen = state.cardID(section: 2, CardPosition(column: 0, index: 1))
        #expect(Self.replies(state.handle(Self.request("1", .placeDot(skolen)))) == [.done])
        #expect(Self.replies(state.handle(Self.request("2", .placeDot(skolen)))) == [.done])
        #expect(Self.replies(state.handle(Self.request("3", .placeDot(skolen)))) == [.refused(.noDotsLeft)])
        #expect(Self.replies(state.handle(Self.request("4", by: "Carl", .placeDot(skolen)))) == [.done], "another person has dots of their own")
        #expect(state.board(2)?.columns[0].cards[1].votes == 0, "nothing shows before the reveal")
        #expect(state.board(2)?.dotsPlaced(by: "Birgit") == 2)
        #expect(Self.replies(state.handle(Self.request("5", .takeDot(skolen)))) == [.done])
        #expect(Self.replies(state.handle(Self.request("6", by: "Dora", .takeDot(skolen)))) == [.refused(.noDotHere)])
        state.press(.character("s"))
        #expect(state.board(2)?.columns[0].cards[1].votes == 2)
        #expect(state.board(2)?.columns[0].cards[1].ballots.isEmpty == true)
    }

    @Test("a request for a step the room has left, a paused room or a closed one changes nothing")
    func refusals() {
        var state = Self.openRoom()
        #expect(Self.replies(state.handle(Self.request("1", section: 1, .addCard("X")))) == [.refused(.stepChanged)])
        state.press(.character("P"))
        #expect(Self.replies(state.handle(Self.request("2", .addCard("X")))) == [.refused(.paused)])
        state.press(.character("P"))
        #expect(Self.replies(state.handle(Self.request("3", .addCard("   ")))) == [.refused(.empty)])
        let checklist = Self.openRoom(section: 0)
        var onChecklist = checklist
        #expect(Self.replies(onChecklist.handle(Self.request("4", section: 0, .addCard("X")))) == [.refused(.notHere)])
        #expect(state.press(.character("w")) == [.closeRoom])
        #expect(Self.replies(state.handle(Self.request("5", .addCard("X")))) == [.refused(.closed)])
        #expect(state.board(2)?.hidden.isEmpty == true)
    }

    @Test("only the author edits or deletes a hidden card")
    func ownCards() throws {
        var state = Self.openRoom()
        _ = state.handle(Self.request("1", .addCard("Biblotek")))
        let id = try #require(state.board(2)?.hidden.first?.id)
        #expect(Self.replies(state.handle(Self.request("2", by: "Carl", .editCard(id, "Hacket")))) == [.refused(.notYours)])
        #expect(Self.replies(state.handle(Self.request("3", .editCard(id, "Biblioteket")))) == [.done])
        #expect(state.board(2)?.hidden.first?.text == "Biblioteket")
        #expect(Self.replies(state.handle(Self.request("4", by: "Carl", .deleteCard(id)))) == [.refused(.notYours)])
        #expect(Self.replies(state.handle(Self.request("5", .deleteCard(id)))) == [.done])
        #expect(state.board(2)?.hidden.isEmpty == true)
    }

    @Test("an answer becomes a note line, signed unless the workshop says anonymous; typed notes keep it")
    func answers() {
        var state = Self.openRoom(section: 1)
        let id = state.questionID(section: 1, index: 0)
        _ = state.handle(Self.request("1", section: 1, .answer(question: id, text: "Flere unge")))
        #expect(state.workshop.sections[1].body == .questions([Question(text: "Hvad vil vi?", notes: "Birgit: Flere unge"), Fixtures.questions.body.questionsForTest[1]]))
        state.workshop.setMetadata(.answers, to: "anonymous")
        state.press(.enter)
        state.type(" og ældre")
        _ = state.handle(Self.request("2", by: "Carl", section: 1, .answer(question: id, text: "Mere tid")))
        state.press(.escape)
        if case .questions(let questions) = state.workshop.sections[1].body {
            #expect(questions[0].notes == "Birgit: Flere unge og ældre\nMere tid")
        }
    }

    @Test("a new name joins the participants; a known one changes nothing")
    func join() {
        var state = Self.openRoom()
        state.workshop.participants = ["Birgit"]
        #expect(!state.handle(Self.request("1", .join)).contains { if case .save = $0 { true } else { false } })
        _ = state.handle(Self.request("2", by: "Ny Person", .join))
        #expect(state.workshop.participants == ["Birgit", "Ny Person"])
    }

    @Test("hidden cards and hidden dots are in the file and read back exactly")
    func roundTrip() throws {
        var state = Self.openRoom()
        let skolen = state.cardID(section: 2, CardPosition(column: 0, index: 1))
        _ = state.handle(Self.request("1", by: "Birgit Hansen", .addCard("Ung <!-- dots=3 --> her")))
        _ = state.handle(Self.request("2", by: "Carl, B", .join))
        _ = state.handle(Self.request("3", by: "Ærø-Ida", .placeDot(skolen)))
        let text = WorkshopSerializer.serialize(state.workshop)
        #expect(text.contains("- Skolen <!-- ballots=Ærø%2DIda:1 -->"))
        #expect(text.contains("- Ung <!-- dots=3 --> her <!-- by=Birgit%20Hansen -->"))
        let read = try WorkshopParser.parse(text)
        #expect(read == state.workshop)
        #expect(WorkshopSerializer.serialize(read) == text)
    }

    @Test("phones get the workshop's language (its metadata), and Tavle's own when the workshop does not say")
    func pageLanguage() {
        var state = Self.openRoom()
        #expect(state.roomStep?.language == .da)
        state.workshop.setMetadata(.language, to: "en")
        #expect(state.roomStep?.language == .en, "an English workshop on a Danish Tavle")
        var english = AppState(workshop: Fixtures.state(section: 2).workshop, documentPath: "m.md", language: .en)
        _ = english.press(.character("w"))
        #expect(english.roomStep?.language == .en)
        english.workshop.setMetadata(.language, to: "da")
        #expect(english.roomStep?.language == .da, "a Danish kit's phones speak Danish on an English Tavle")
    }
}

extension SectionBody {
    /// The questions of a questions section, for building expectations.
    var questionsForTest: [Question] {
        if case .questions(let questions) = self { return questions }
        return []
    }
}

/// What a second review found, each pinned down.
@Suite("The room: participants' requests, review findings")
struct ParticipantReviewTests {
    @Test("revealed cards get new ids, so their ids do not tell the order they were written in")
    func revealRenumbers() throws {
        var state = ParticipantTests.openRoom()
        _ = state.handle(ParticipantTests.request("a", .addCard("A")))
        let hiddenID = try #require(state.board(2)?.hidden.first?.id)
        state.press(.character("s"))
        #expect(state.board(2)?.columns[0].cards.last?.text == "A")
        #expect(state.board(2)?.columns[0].cards.last?.id != hiddenID)
    }

    @Test("a dot from a phone lands on its card by id while the facilitator types a new card, and stays when the new card is left empty")
    func dotDuringNewCard() {
        var state = ParticipantTests.openRoom()
        let kirken = state.cardID(section: 2, CardPosition(column: 0, index: 2))
        state.press(.character("a"))  // a new, empty card after the focused one
        _ = state.handle(ParticipantTests.request("d", .placeDot(kirken)))
        state.press(.escape)  // left empty: the new card goes
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Biblioteket", "Skolen", "Kirken"])
        #expect(state.board(2)?.columns[0].cards[2].ballots == [Ballot(person: "Birgit", dots: 1)])
    }

    @Test("a name that starts with a combining mark or holds a joiner survives the file")
    func markedNames() throws {
        var state = ParticipantTests.openRoom()
        let skolen = state.cardID(section: 2, CardPosition(column: 0, index: 1))
        _ = state.handle(ParticipantTests.request("a", by: "\u{301}Bob", .addCard("Idé")))
        _ = state.handle(ParticipantTests.request("b", by: "A\u{200D}B", .placeDot(skolen)))
        let text = WorkshopSerializer.serialize(state.workshop)
        let read = try WorkshopParser.parse(text)
        #expect(read == state.workshop)
        #expect(read.sections[2].body.boardForTest?.hidden.first?.author == "\u{301}Bob")
    }

    @Test("a card saved unchanged from a phone does not ring the laptop; a board without columns takes no hidden card")
    func quietAndSafe() throws {
        var state = ParticipantTests.openRoom()
        _ = state.handle(ParticipantTests.request("a", .addCard("Idé")))
        let id = try #require(state.board(2)?.hidden.first?.id)
        #expect(!state.handle(ParticipantTests.request("b", .editCard(id, "Idé"))).contains(.bell))
        state.workshop.sections[2].body.modifyBoard { $0.columns = [] }
        #expect(ParticipantTests.replies(state.handle(ParticipantTests.request("c", .addCard("X")))) == [.refused(.notHere)])
    }
}

extension SectionBody {
    /// The board of a board section, for assertions.
    var boardForTest: Board? {
        if case .board(let board) = self { return board }
        return nil
    }
}
