import Testing
@testable import TavleCore

/// The lines Tavle and its room program exchange: everything said arrives as it was said,
/// whatever the text holds, and a line that is not a message is dropped, never half read.
@Suite("The room's wire between Tavle and tavle-room")
struct RoomWireTests {
    /// Text with every character the line format must carry: spaces, percent signs, line
    /// breaks, tabs, Danish letters, an emoji, a combining mark, and an empty string.
    static let awkward = ["Ærø % 100 ", "to\nlinjer\r\tog tab", "👩‍👩‍👧 e\u{301}", "", "=", "-", "%41"]

    static func board(_ text: String) -> RoomStep {
        RoomStep(section: 3, number: 4, count: 7, title: "Trin 2: " + text, task: .board(RoomStep.BoardTask(
            cards: [Card(text: text, votes: 3), Card(text: "Biblioteket", ballots: [Ballot(person: text.isEmpty ? "Ane" : text, dots: 2)])],
            hidden: [Card(text: "Skjult " + text, author: "Birgit Hansen")],
            dotsPerPerson: 3, firstColumn: text)),
            participants: ["Birgit Hansen", text, "Carl"].filter { !$0.isEmpty }, isPaused: true, language: .en)
    }

    @Test("a step of every kind, with awkward text, arrives as it was published, card ids included", arguments: awkward)
    func steps(text: String) throws {
        let steps: [RoomStep?] = [
            Self.board(text),
            RoomStep(section: 0, number: 1, count: 1, title: text, task: .follow, participants: [], isPaused: false, language: .da),
            RoomStep(section: 1, number: 2, count: 2, title: "Spørgsmål", task: .answer(question: ItemID(number: 42), text: text, anonymous: true),
                     participants: [text], isPaused: false, language: .da),
            RoomStep(section: 2, number: 3, count: 3, title: "Tavle", task: .board(RoomStep.BoardTask(cards: [], hidden: [], dotsPerPerson: nil, firstColumn: "")),
                     participants: [], isPaused: false, language: .da),
            nil,
        ]
        for step in steps {
            let line = RoomWire.line(.publish(step))
            #expect(!line.contains("\n") && !line.contains("\r"), "one message, one line")
            let read = try #require(RoomWire.command(line[...]), "\(line)")
            #expect(read == .publish(step))
            if case .publish(let readStep?) = read, case .board(let board)? = step?.task, case .board(let readBoard) = readStep.task {
                #expect(readBoard.cards.map(\.id) == board.cards.map(\.id), "a phone's dot names the card by id")
                #expect(readBoard.hidden.map(\.id) == board.hidden.map(\.id))
            }
        }
    }

    @Test("every request a phone can make, answers, and the room's news arrive as sent", arguments: awkward)
    func requestsAndNews(text: String) throws {
        let card = ItemID(number: 7)
        let actions: [ParticipantAction] = [.join, .addCard(text), .editCard(card, text), .deleteCard(card), .placeDot(card), .takeDot(card),
                                            .answer(question: ItemID(number: UInt64.max), text: text)]
        for action in actions {
            let request = ParticipantRequest(submission: "s " + text, person: text, section: 2, action: action, lot: UInt64.max)
            let line = try #require(RoomWire.line(.participant(request)))
            #expect(RoomWire.event(line[...]) == .participant(request))
        }
        let code = try #require(ScanCode(size: 3, modules: [true, false, true, false, true, false, true, true, false]))
        let news: [AppEvent] = [
            .roomOpened(RoomLink(address: "http://10.0.0.2:8080/r/Xq-_9", shortAddress: "http://10.0.0.2:8080", code: "012345", scanCode: code)),
            .roomOpened(RoomLink(address: text, shortAddress: text, code: text)),
            .roomFailed("Address already in use " + text),
            .roomConnections(0), .roomConnections(100),
        ]
        for event in news {
            let line = try #require(RoomWire.line(event))
            #expect(RoomWire.event(line[...]) == event, "\(line)")
        }
        for outcome in [RoomReply.Outcome.done] + RoomRefusal.allCases.map(RoomReply.Outcome.refused) {
            let reply = RoomReply(submission: text, outcome: outcome)
            #expect(RoomWire.command(RoomWire.line(.answer(reply))[...]) == .answer(reply))
        }
    }

    @Test("a line that is not a whole message is dropped: cut short, a field too many, a count larger than the line, bad escapes")
    func badLines() throws {
        let step = RoomWire.line(.publish(Self.board("Biblioteket")))
        let fields = step.split(separator: " ", omittingEmptySubsequences: false)
        for cut in 1..<fields.count {
            #expect(RoomWire.command(fields.prefix(cut).joined(separator: " ")[...]) == nil, "cut after \(cut) fields")
        }
        #expect(RoomWire.command((step + " extra")[...]) == nil)
        #expect(RoomWire.command("step 0 1 1 T 0 da 999999999 follow") == nil, "a count no line could hold")
        #expect(RoomWire.command("step 0 1 1 T%ZZ 0 da 0 follow") == nil, "a bad escape")
        #expect(RoomWire.command("step 0 1 1 T 2 da 0 follow") == nil, "a flag is 0 or 1")
        #expect(RoomWire.command("step 0 1 1 T 0 fr 0 follow") == nil, "a language Tavle has")
        #expect(RoomWire.command("reply s1 maybe") == nil)
        #expect(RoomWire.command("launch") == nil)
        #expect(RoomWire.command("") == nil)
        #expect(RoomWire.event("request s1 Birgit 2 0 dot notanumber") == nil)
        #expect(RoomWire.event("opened a b c 2 0101 more") == nil)
        #expect(RoomWire.event("opened a b c 3 0101") == nil, "a QR code's modules fill its square")
        #expect(RoomWire.event("connections") == nil)
        #expect(RoomWire.line(.resized(width: 80, height: 24)) == nil, "the room sends only its own news")
    }
}
