import Testing
@testable import TavleCore

/// A workshop with a section of every kind the room features act on.
enum RoomFixtures {
    static let actions = Section(title: "Ansvar og opfølgning", minutes: 10, body: .actions([
        ActionItem(what: "Ring til biblioteket", who: "Mette", due: CalendarDate(year: 2026, month: 11, day: 20)),
        ActionItem(what: "Skriv referat", who: "Ali", due: CalendarDate(year: 2026, month: 12, day: 1), isDone: true),
    ]))

    static func state(section: Int, participants: [String] = ["Mette Hansen", "Mads", "Ali"]) -> AppState {
        var workshop = Fixtures.workshop
        workshop.sections.append(actions)
        workshop.participants = participants
        var state = AppState(workshop: workshop, documentPath: "møde.md")
        state.sectionIndex = section
        _ = state.handle(.clock(ClockReading(milliseconds: 1_000_000, today: CalendarDate(year: 2026, month: 11, day: 23))))
        return state
    }
}

extension AppState {
    /// Moves the fake clock on by `seconds`, keeping the date; returns the effects.
    @discardableResult
    mutating func wait(seconds: Double) -> [AppEffect] {
        handle(.clock(ClockReading(milliseconds: clock.milliseconds + Int64(seconds * 1000), today: clock.today)))
    }
}

@Suite("State machine: timeboxes on a fake clock")
struct TimerTests {
    @Test("t starts the section's suggested time; it counts down by the clock, pauses, resumes and gains a minute")
    func startPauseResume() {
        var state = RoomFixtures.state(section: 2)  // the board: 3 minutes
        state.press(.character("t"))
        #expect(state.timerSecondsShown == 180 && state.timer?.isRunning == true)
        state.wait(seconds: 61.5)
        #expect(state.timerSecondsShown == 119)
        state.press(.character("t"))
        state.wait(seconds: 600)
        #expect(state.timerSecondsShown == 119, "a paused timer keeps what was left")
        state.press(.character("t"))
        state.press(.character("+"))
        state.wait(seconds: 10)
        #expect(state.timerSecondsShown == 169)
        state.press(.character("r"))
        #expect(state.timerSecondsShown == 180 && state.timer?.isRunning == false, "reset: the section's own time, stopped")
        state.press(.character("r"))
        #expect(state.timer == nil, "reset twice: gone")
    }

    @Test("at zero it rings once (bell and flash) and says so until dismissed; other keys work meanwhile")
    func ringsAtZero() {
        var state = RoomFixtures.state(section: 2)
        state.press(.character("t"))
        #expect(state.wait(seconds: 119.9) == [])
        #expect(state.wait(seconds: 0.2) == [.flash], "the last minute begins")
        #expect(state.notice == .oneMinuteLeft)
        #expect(state.wait(seconds: 59.7) == [], "said once")
        #expect(state.wait(seconds: 0.2) == [.bell, .flash])
        #expect(state.isTimeUp && state.timerSecondsShown == 0)
        #expect(state.wait(seconds: 5) == [], "it rings once")
        state.press(.character("l"))
        #expect(state.isTimeUp && state.cursor.column == 1, "a move works and the message stays")
        state.press(.escape)
        #expect(!state.isTimeUp && state.timer == nil)
    }

    @Test("the timer keeps running while notes are typed and cards are moved")
    func runsDuringWork() {
        var state = RoomFixtures.state(section: 1)  // questions: 10 minutes
        state.press(.character("t"))
        state.press(.enter)
        state.type("Vi vil nå flere unge")
        var effects = state.wait(seconds: 300)
        #expect(state.timerSecondsShown == 300)
        effects = state.wait(seconds: 300)
        #expect(effects == [.bell, .flash], "rings while the editor is open")
        if case .editing = state.mode {} else { Issue.record("still editing") }
        state.press(.escape)
        #expect(state.isTimeUp, "Esc finished the edit; the message is still there")
        #expect(state.workshop.sections[1].body == .questions([
            Question(text: "Hvad vil vi?", notes: "Vi vil nå flere unge"),
            Question(text: "Hvem hjælper?", hint: "Tænk bredt.", notes: "Biblioteket\nSkolen"),
        ]))
    }

    @Test("a typed duration starts the timer; a wrong one is explained and starts nothing", arguments: [
        ("3", 180), ("2:30", 150), ("90s", 90), ("45 sek", 45), ("1 min", 60),
    ])
    func typedDuration(text: String, seconds: Int) {
        var state = RoomFixtures.state(section: 0)  // no suggested time
        state.press(.character("T"))
        state.type(text)
        state.press(.enter)
        #expect(state.timerSecondsShown == seconds)
    }

    @Test("a suggested value is replaced by typing, as if selected; Enter alone takes it")
    func suggestionsReplace() throws {
        var state = RoomFixtures.state(section: 2)  // the board: 3 minutes suggested
        state.press(.character("T"))
        state.type("2:30")
        state.press(.enter)
        #expect(state.timerSecondsShown == 150)
        state.press(.character("D"))
        state.type("5")
        state.press(.enter)
        #expect(state.board(2)?.dotsPerParticipant == 5)
        state.press(.character("D"), .enter)
        #expect(state.board(2)?.dotsPerParticipant == 5, "Enter keeps what is there")
        state.press(.character("i"))
        state.type("24.11")
        state.press(.escape)
        state.press(.character("i"), .end)
        state.type("x")
        guard case .editing(let edit) = state.mode else { Issue.record(); return }
        #expect(edit.buffer.text == "2026-11-23x", "after a cursor key, typing edits the suggestion")
        #expect(try KeyScript.parse("t<Wait 3>q") == [.key(.character("t")), .wait(3), .key(.character("q"))])
    }

    @Test("durations that are not times", arguments: ["", "abc", "2:3", "2:75", "0", "-1", "25:00:00", "3 timer"])
    func badDuration(text: String) {
        var state = RoomFixtures.state(section: 0)
        state.press(.character("t"))  // no suggested time: asks
        #expect(state.notice == .noSuggestedTime)
        state.type(text)
        #expect(state.press(.enter) == [.bell])
        #expect(state.timer == nil && state.notice == .invalidDuration(text.trimmingWhitespace.description))
        guard case .editing(let edit) = state.mode, edit.target == .timerDuration else { Issue.record("the prompt stays open"); return }
        state.type("2")
        state.press(.enter)
        #expect(state.timerSecondsShown == 120, "typing replaces the refused text")
    }

    @Test("timer keys work read-only and are not undone: the timer is not part of the minutes")
    func notInHistory() {
        var state = AppState(workshop: Fixtures.workshop, documentPath: "x.md", readOnlyReason: .heldElsewhere("kollega"))
        state.sectionIndex = 2
        #expect(state.press(.character("t")) == [])
        #expect(state.timer != nil && state.history.undoCount == 0)
    }
}

@Suite("State machine: dot voting")
struct VotingTests {
    @Test("dots per participant follow the participants; dots are given and taken back, and undone")
    func giveAndTake() {
        var state = RoomFixtures.state(section: 2, participants: ["A", "B"])
        #expect(state.press(.character("v")) == [.bell] && state.notice == .votingNotStarted)
        state.press(.character("D"))
        state.press(.control("u"))
        state.type("2")
        state.press(.enter)
        #expect(state.board(2)?.dotsPerParticipant == 2)
        #expect(state.workshop.dotsAvailable(on: state.board(2)!) == 4)
        state.press(.character("v"), .character("v"), .character("j"), .character("v"), .character("j"), .character("v"))
        #expect(state.board(2)?.columns[0].cards.map(\.votes) == [2, 1, 1])
        #expect(state.press(.character("v")) == [.bell] && state.notice == .dotsUsedUp(available: 4))
        state.press(.character("V"))
        #expect(state.board(2)?.dotsUsed == 3)
        state.press(.character("u"))
        #expect(state.board(2)?.dotsUsed == 4)
    }

    @Test("a click on a card's dots gives it a dot")
    func clickDot() {
        var state = RoomFixtures.state(section: 2)
        state.press(.character("D"), .enter)  // the default: 3 dots
        let position = CardPosition(column: 0, index: 2)
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .dots(section: 2, position: position))))
        #expect(state.board(2)?.columns[0].cards[2].votes == 1)
        #expect(state.focusedCard == position)
    }

    @Test("sorting a column puts most dots first, ties in their order, focus on the same card")
    func sort() {
        var state = votedState([1, 3, 1])
        state.press(.character("o"))
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Skolen", "Biblioteket", "Kirken"])
        #expect(state.board(2)?.voteRanks(column: 0).map { "\($0.rank)\($0.isTied ? "=" : "")" } == ["1", "2=", "2="])
    }

    @Test("R moves the top cards into the ranked column in vote order, as one undo step")
    func rankTop() {
        var state = votedState([1, 3, 2])
        let before = state.workshop
        state.press(.character("R"))
        // Top tre already holds one card, so two places are free.
        #expect(state.board(2)?.columns[1].cards.map(\.text) == ["Idrætsforeningen", "Skolen", "Kirken"])
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Biblioteket"])
        #expect(state.notice == .movedTopVoted(count: 2, column: "Top tre", tied: []))
        state.press(.character("u"))
        #expect(state.workshop == before)
    }

    @Test("a tie at the cut is named for the group to settle")
    func tieAtCut() {
        var state = votedState([2, 3, 2])
        state.press(.character("R"))
        #expect(state.board(2)?.columns[1].cards.map(\.text) == ["Idrætsforeningen", "Skolen", "Biblioteket"])
        #expect(state.notice == .movedTopVoted(count: 2, column: "Top tre", tied: ["Biblioteket", "Kirken"]))
    }

    @Test("no votes, or a full ranked column: nothing moves and the reason is shown")
    func nothingToRank() {
        var state = votedState([0, 0, 0])
        #expect(state.press(.character("R")) == [.bell] && state.notice == .noVotes)
    }

    /// The fixture board, voted on with 9 dots per participant and these votes on its first column.
    private func votedState(_ votes: [Int]) -> AppState {
        var state = RoomFixtures.state(section: 2)
        state.press(.character("D"), .control("u"))
        state.type("9")
        state.press(.enter)
        for (index, count) in votes.enumerated() {
            state.press(.character("g"))
            for _ in 0..<index { state.press(.character("j")) }
            for _ in 0..<count { state.press(.character("v")) }
        }
        return state
    }
}

@Suite("State machine: action items and the meeting's details")
struct ActionItemTests {
    @Test("a new item is typed what, who (Tab completes a participant), due; one undo step removes it")
    func addItem() {
        var state = RoomFixtures.state(section: 3)
        let before = state.workshop
        state.press(.character("a"))
        state.type("Send invitation")
        state.press(.enter)
        state.type("me")
        state.press(.tab)
        #expect(state.nameSuggestions == [])
        state.press(.enter)
        state.type("1/12")
        state.press(.enter)
        guard case .actions(let items) = state.workshop.sections[3].body else { Issue.record(); return }
        #expect(items[1] == ActionItem(what: "Send invitation", who: "Mette Hansen", due: CalendarDate(year: 2026, month: 12, day: 1)))
        #expect(state.mode == .browsing)
        state.press(.character("u"))
        #expect(state.workshop == before)
    }

    @Test("Tab cycles through the participants that match")
    func completionCycles() {
        var state = RoomFixtures.state(section: 3)
        state.press(.character("l"), .enter, .control("u"))
        state.type("M")
        #expect(state.nameSuggestions == ["Mette Hansen", "Mads"])
        state.press(.tab)
        state.press(.tab)
        guard case .editing(let edit) = state.mode else { Issue.record(); return }
        #expect(edit.buffer.text == "Mads")
        state.press(.tab)
        guard case .editing(let again) = state.mode else { Issue.record(); return }
        #expect(again.buffer.text == "Mette Hansen")
    }

    @Test("an invalid due date is explained, not stored, and the field stays open to fix")
    func invalidDate() {
        var state = RoomFixtures.state(section: 3)
        state.press(.character("l"), .character("l"), .enter, .control("u"))
        state.type("31/4")
        #expect(state.press(.enter) == [.bell])
        #expect(state.notice == .invalidDate("31/4"))
        guard case .actions(let items) = state.workshop.sections[3].body else { Issue.record(); return }
        #expect(items[0].due == CalendarDate(year: 2026, month: 11, day: 20))
        guard case .editing(let edit) = state.mode else { Issue.record("still editing"); return }
        #expect(edit.buffer.text == "31/4")
        state.press(.control("u"))
        state.type("2026-12-24")
        state.press(.enter)
        guard case .actions(let fixed) = state.workshop.sections[3].body else { Issue.record(); return }
        #expect(fixed[0].due == CalendarDate(year: 2026, month: 12, day: 24))
    }

    @Test("space marks an item done; overdue means open and past its date")
    func doneAndOverdue() {
        var state = RoomFixtures.state(section: 3)
        guard case .actions(let items) = state.workshop.sections[3].body else { Issue.record(); return }
        #expect(items[0].isOverdue(on: state.clock.today) && !items[1].isOverdue(on: state.clock.today))
        state.press(.character(" "))
        guard case .actions(let after) = state.workshop.sections[3].body else { Issue.record(); return }
        #expect(after[0].isDone && !after[0].isOverdue(on: state.clock.today))
        #expect(state.workshop.sections[3].progress == Progress(done: 2, total: 2))
    }

    @Test("i asks for date, place and participants in turn; the date is read the Danish way")
    func meetingDetails() {
        var state = RoomFixtures.state(section: 0, participants: [])
        state.press(.character("i"))
        state.press(.control("u"))
        state.type("24.11")
        state.press(.enter)
        state.type("Rådhuset, mødelokale 2")
        state.press(.enter)
        state.type("Mette,  Ali ,, Søren")
        state.press(.enter)
        #expect(state.mode == .browsing)
        #expect(state.workshop.meetingDate == CalendarDate(year: 2026, month: 11, day: 24))
        #expect(state.workshop.place == "Rådhuset, mødelokale 2")
        #expect(state.workshop.participants == ["Mette", "Ali", "Søren"])
        #expect(state.workshop.metadata(.participants) == "Mette, Ali, Søren")
    }
}

@Suite("State machine: save-as after a failed save")
struct SaveAsAfterFailureTests {
    @Test("typing the new path retries nothing, and a late failure cannot outlive a successful save-as")
    func rescue() {
        var state = Fixtures.state()
        state.press(.character(" "))
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .system(.permissionDenied)))))
        #expect(state.press(.character("j")) == [.save(state.workshop)], "an ordinary key retries the save")
        state.press(.character("S"), .control("u"))
        #expect(state.type("/tmp/reddet.md").isEmpty, "no retries while the path is typed")
        #expect(state.press(.enter) == [.saveAs(path: "/tmp/reddet.md", state.workshop)])
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .system(.permissionDenied)))))
        _ = state.handle(.saved(.success("/tmp/reddet.md")))
        #expect(state.saveStatus == .saved && state.documentPath == "/tmp/reddet.md")
    }
}

@Suite("Review findings: clicks while typing, prompts, the live view, duplicate details")
struct ReviewFindingsTests {
    @Test("a click while an empty new point is open only ends it: the click's target was on the old screen")
    func clickAfterEmptyNewItem() {
        var state = Fixtures.state()
        state.press(.character("a"))  // a new, empty point after "Alle er med"
        let before = state.workshop
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .checkbox(section: 0, entry: 3))))
        #expect(state.mode == .browsing)
        #expect(state.workshop == before.removingEmptyPoint(at: 2), "nothing ticked")
    }

    @Test("a click elsewhere answers a prompt like Esc: nothing is saved as, no date stored")
    func clickCancelsPrompt() {
        var state = RoomFixtures.state(section: 0, participants: [])
        state.press(.character("S"))
        state.type("halv")
        let effects = state.handle(.mouse(MouseEvent(action: .press, target: .section(1))))
        #expect(!effects.contains { if case .saveAs = $0 { true } else { false } })
        #expect(state.sectionIndex == 1 && state.mode == .browsing)
        state.press(.character("i"))
        _ = state.handle(.mouse(MouseEvent(action: .press, target: .section(0))))
        #expect(state.workshop.meetingDate == nil)
    }

    @Test("the live view writes nothing: no save-as, no export")
    func liveViewWritesNothing() {
        var state = AppState(workshop: Fixtures.workshop, documentPath: "m.md", readOnlyReason: .liveView)
        #expect(state.press(.character("S")) == [.bell] && state.mode == .browsing)
        #expect(state.press(.character("E")) == [.bell])
        var ordinary = AppState(workshop: Fixtures.workshop, documentPath: "m.md", readOnlyReason: .heldElsewhere("kollega"))
        #expect(ordinary.press(.character("E")) == [.export(Fixtures.workshop, meeting: nil)], "a read-only workshop may still be exported")
    }

    @Test("an action item's who or due given twice is an error at its line, not a silent overwrite")
    func duplicateDetails() {
        let text = "<!-- tavle 1 -->\n# T\n\n## A\n<!-- actions -->\n\n- [ ] x\n  - who: A\n  - who: B\n"
        #expect(throws: FormatError(line: 9, column: 5, .actionWhoTwice)) { try WorkshopParser.parse(text) }
        let due = "<!-- tavle 1 -->\n# T\n\n## A\n<!-- actions -->\n\n- [ ] x\n  - due: 2026-01-01\n  - due: 2026-01-02\n"
        #expect(throws: FormatError(line: 9, column: 5, .actionDueTwice)) { try WorkshopParser.parse(due) }
    }

    @Test("config files with CRLF line ends and a byte-order mark are read")
    func configLineEnds() {
        let (settings, problems) = Settings.read("\u{FEFF}# mine\r\ntheme = \"mono\"\r\ndate-format = \"iso\"\r\n", file: "c.toml")
        #expect(problems.isEmpty && settings.theme.value == "mono" && settings.dateStyle.value == .iso)
    }

    @Test("a key given to an everywhere command is taken from the sections too")
    func remapAcrossScopes() {
        let (settings, _) = Settings.read("[keys]\nquit = \"x\"", file: "c.toml")
        let keyMap = settings.apply(to: .standard)
        #expect(keyMap.command(for: .character("x"), in: .checklist) == .quit)
        #expect(keyMap.command(for: .character(" "), in: .checklist) == .toggle, "the other tick keys stay")
    }

    @Test("markdown: a card or a note line that reads as structure stays text")
    func markdownStructure() {
        let workshop = Workshop(title: "T", sections: [
            Section(title: "B", body: .board(Board(columns: [Column(title: "C", cards: [Card(text: "- nested"), Card(text: "2. x")])]))),
            Section(title: "Q", body: .questions([Question(text: "q", notes: "first\n===\n1) two\n&copy;")])),
        ])
        let md = MinutesMarkdown.render(workshop)
        #expect(md.contains("- \\- nested\n- 2\\. x"))
        #expect(md.contains("> \\===  \n> 1\\) two  \n> \\&copy;"))
    }
}

extension Workshop {
    /// The workshop without the empty point at `entry` of the first section.
    func removingEmptyPoint(at entry: Int) -> Workshop {
        var copy = self
        copy.sections[0].body.modifyChecklist { checklist in
            if case .point(let point) = checklist.entries[entry], point.text.isEmpty { checklist.entries.remove(at: entry) }
        }
        return copy
    }
}

@Suite("State machine: a section timed in parts")
struct TimedPartsTests {
    static func state() -> AppState {
        var state = RoomFixtures.state(section: 2)
        state.workshop.sections[2].timeboxes = [3, 27]
        return state
    }

    @Test("t offers the parts in turn: the 3-minute silent round, then 27 minutes, then the first again")
    func partsInTurn() {
        var state = Self.state()
        state.press(.character("t"))
        #expect(state.timerSecondsShown == 180 && state.timer?.part == Timebox.Part(number: 1, count: 2, minutes: 3))
        state.wait(seconds: 181)
        #expect(state.isTimeUp)
        state.press(.escape)
        #expect(state.timer == nil)
        state.press(.character("t"))
        #expect(state.timerSecondsShown == 27 * 60 && state.timer?.part?.number == 2)
        state.press(.character("+"), .character("r"))
        #expect(state.timerSecondsShown == 27 * 60 && state.timer?.isRunning == false, "reset goes back to the part's own time")
        state.press(.character("r"), .character("t"))
        #expect(state.timer?.part?.number == 1, "after the last part, the first again")
    }

    @Test("minutes=3+27 reads and writes back exactly; the section's time is the sum")
    func format() throws {
        let text = WorkshopSerializer.serialize(Self.state().workshop)
        #expect(text.contains("<!-- board minutes=3+27 -->"))
        let read = try WorkshopParser.parse(text)
        #expect(read.sections[2].timeboxes == [3, 27] && read.sections[2].minutes == 30)
        #expect(WorkshopSerializer.serialize(read) == text)
        for bad in ["3+", "+3", "0+3", "3++4", "500+500", "1+1+1+1+1+1+1+1+1+1"] {
            let broken = text.replacing("minutes=3+27", with: "minutes=\(bad)")
            #expect(throws: FormatError.self, "minutes=\(bad)") { try WorkshopParser.parse(broken) }
        }
    }
}
