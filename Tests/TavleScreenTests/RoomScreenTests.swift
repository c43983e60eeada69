import Testing
@testable import TavleCore
@testable import TavleScreen
import TavleTestSupport

/// The meeting-room screens: projector view, dot voting, action items, the countdown.
@Suite("Rendered screens: projector, voting, action items, timer")
struct RoomScreenTests {
    /// The screen fixture with votes on the board, participants, and an action items section.
    static func state(section: Int) -> AppState {
        var workshop = ScreenFixtures.workshop
        workshop.participants = ["Mette", "Ali", "Søren"]
        workshop.meetingDate = CalendarDate(year: 2026, month: 11, day: 23)
        workshop.place = "Rådhuset"
        if case .board(var board) = workshop.sections[2].body {
            board.dotsPerParticipant = 3
            board.columns[0].cards[0].votes = 3
            board.columns[0].cards[1].votes = 2
            board.columns[0].cards[2].votes = 2
            workshop.sections[2].body = .board(board)
        }
        workshop.sections.append(Section(title: "Ansvar og opfølgning", minutes: 10, body: .actions([
            ActionItem(what: "Ring til biblioteket og aftal et første møde", who: "Mette", due: CalendarDate(year: 2026, month: 11, day: 20)),
            ActionItem(what: "Skriv referatet", who: "Ali", due: CalendarDate(year: 2026, month: 12, day: 1), isDone: true),
            ActionItem(what: "Find en dato for opfølgningen"),
        ])))
        var state = AppState(workshop: workshop, documentPath: "møde.md")
        _ = state.handle(.clock(ClockReading(milliseconds: 0, today: CalendarDate(year: 2026, month: 11, day: 23))))
        _ = state.handle(.keyPressed(.character(Character(String(section + 1)))))
        return state
    }

    @Test("voting: dots on each card, ties marked =, dots used of available in the heading")
    func voting() throws {
        let state = Self.state(section: 2)
        for (width, height) in [(80, 24), (200, 60)] {
            let frame = WorkshopView.render(state, width: width, height: height)
            Snapshot.assertMatches(frame, named: "voting-\(width)x\(height)")
            #expect(frame.grid.lines.contains { $0.contains("● 7 af 9 prikker") })
            let wide = width > 100
            #expect(frame.grid.lines.contains { $0.contains("Biblioteket") && $0.contains(wide ? " ●●● 3 " : " ●3 ") })
            #expect(frame.grid.lines.filter { $0.contains(wide ? "=●● 2" : "=●2") }.count == 2, "the two cards with two dots are a tie")
        }
    }

    @Test("action items: a table of what, who and when; overdue ones marked ! and in the warning style")
    func actions() throws {
        let state = Self.state(section: 3)
        for (width, height) in [(80, 24), (200, 60)] {
            let frame = WorkshopView.render(state, width: width, height: height)
            Snapshot.assertMatches(frame, named: "actions-\(width)x\(height)")
            let overdue = frame.find("20. nov. 2026 !")
            #expect(overdue.map { frame.grid[$0.x, $0.y].style } == .focus, "the focused overdue item is drawn focused")
        }
        var down = state
        _ = down.handle(.keyPressed(.character("j")))
        _ = down.handle(.keyPressed(.character("j")))
        let frame = WorkshopView.render(down, width: 80, height: 24)
        let overdue = frame.find("20. nov. 2026 !")
        #expect(overdue.map { frame.grid[$0.x, $0.y].style } == .warning)
    }

    @Test("on a board the projector shows the ranked cards in block letters when they fit, normal size when not")
    func rankedBig() {
        var state = Self.state(section: 2)
        _ = state.handle(.keyPressed(.character("p")))
        let big = WorkshopView.render(state, width: 200, height: 60)
        #expect(big.grid.lines.contains { $0.contains(BlockFont.render("1. Idrætsforeningen")[0]) }, "the top card in block letters")
        let small = WorkshopView.render(state, width: 80, height: 24)
        #expect(!small.grid.lines.contains { $0.contains(BlockFont.render("1. Idrætsforeningen")[0]) })
        #expect(small.grid.lines.contains { $0.contains("Idrætsforeningen") }, "at normal size where it does not fit")
    }

    @Test("the projector view at 80x24 and 200x60: block-letter title, the section only, spaced, focus marked")
    func projector() throws {
        for section in 0..<4 {
            var state = Self.state(section: section)
            _ = state.handle(.keyPressed(.character("p")))
            for (width, height) in [(80, 24), (200, 60)] {
                let frame = WorkshopView.render(state, width: width, height: height)
                Snapshot.assertMatches(frame, named: "projector-\(section + 1)-\(width)x\(height)")
                #expect(!frame.grid.lines.contains { $0.contains("│  ") && $0.contains("Tjekliste  ") }, "no agenda")
                // Block letters, or, where the title would have to be cut mid-phrase, the whole
                // title as a heading.
                let title = state.currentSection?.title ?? ""
                #expect(frame.grid.lines.contains { $0.contains("█") } || frame.grid.lines.contains { $0.contains(title) }, "a title")
                if width == 200 { #expect(frame.grid.lines.contains { $0.contains("█") }, "a block-letter title") }
                let focus = frame.grid.lines.firstIndex { $0.hasPrefix("  ▶") || $0.hasPrefix("    ▶") || $0.contains(" ▶ ") }
                let row = try #require(focus, "a focus marker in section \(section + 1) at \(width)x\(height)")
                let x = try #require(frame.grid.lines[row].firstRange(of: "▶")).lowerBound
                let column = DisplayWidth.of(frame.grid.lines[row][..<x])
                #expect(frame.grid[column, row].style == .focus, "the marker stands on a reverse-video row")
            }
        }
    }

    @Test("the projector shows the guidance where the whole section fits with it, and no key hints; the working view always shows both")
    func projectorGuidance() {
        let guidance = "Begynd med borgeren, ikke med organisationerne."
        let questions = (1...4).map { Question(text: "Spørgsmål nummer \($0)?") }
        var state = AppState(workshop: Workshop(title: "Hverdag", sections: [Section(title: "Borgeren", guidance: guidance, body: .questions(questions))]), documentPath: "m.md")
        let working = WorkshopView.render(state, width: 100, height: 30).grid.lines
        #expect(working.contains { $0.contains(guidance) } && working.contains { $0.contains("Enter: skriv gruppens svar") })
        _ = state.handle(.keyPressed(.character("p")))
        let projector = WorkshopView.render(state, width: 100, height: 30).grid.lines
        #expect(projector.contains { $0.contains(guidance) }, "room for it: \(projector)")
        #expect(!projector.contains { $0.contains("Enter") }, "the room has no keyboard")
        // Twelve questions a row apart fill the screen: the guidance gives way to them.
        state = AppState(workshop: Workshop(title: "Hverdag", sections: [
            Section(title: "Borgeren", guidance: guidance, body: .questions((1...12).map { Question(text: "Spørgsmål nummer \($0)?") })),
        ]), documentPath: "m.md")
        _ = state.handle(.keyPressed(.character("p")))
        let full = WorkshopView.render(state, width: 100, height: 30).grid.lines
        #expect(!full.contains { $0.contains(guidance) } && full.contains { $0.contains("Spørgsmål nummer 1?") })
    }

    @Test("the projector view fits every size from 80x24 to 250x70: title, focus and status line all shown")
    func projectorFits() {
        var random = SeededRandom(seed: TestSeed.seed(7))
        for _ in 0..<60 {
            let width = 80 + random.int(below: 171), height = 24 + random.int(below: 47)
            let section = random.int(below: 4)
            var state = Self.state(section: section)
            _ = state.handle(.keyPressed(.character("p")))
            _ = state.handle(.keyPressed(.character("t")))
            let frame = WorkshopView.render(state, width: width, height: height)
            let lines = frame.grid.lines
            let place = "\(width)x\(height), section \(section + 1), \(random.replay)"
            #expect(lines.contains { $0.contains("█") }, "block letters at \(place)")
            #expect(lines.contains { $0.contains("▶") }, "the focus at \(place)")
            #expect(lines[height - 1].contains("✓ Gemt"), "the status line at \(place)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "no line wider than the screen at \(place)")
        }
    }

    @Test("a long title: the part before the colon in block letters, the rest below")
    func longTitle() {
        let title = ProjectorView.bigTitle("Trin 2: Partneridentifikation – vælg en partner", width: 76, lines: 1)
        #expect(title.lines == ["Trin 2"] && title.rest == "Partneridentifikation – vælg en partner")
        let whole = ProjectorView.bigTitle("Brainstorm", width: 76, lines: 1)
        #expect(whole.lines == ["Brainstorm"] && whole.rest == "")
        // Never cut mid-phrase: a whole phrase before the dash, or nothing big at all.
        let phrase = ProjectorView.bigTitle("Hvem skal vi så række ud til? – Prioriter", width: 76, lines: 1)
        #expect(phrase.lines == [] || phrase.lines.joined(separator: " ") == "Hvem skal vi så række ud til?", "\(phrase)")
        #expect(phrase.lines.isEmpty ? phrase.rest == "Hvem skal vi så række ud til? – Prioriter" : phrase.rest == "Prioriter")
        let two = ProjectorView.bigTitle("Hvem skal vi så række ud til? – Prioriter", width: 76, lines: 2)
        #expect(two.lines.joined(separator: " ") == "Hvem skal vi så række ud til?" && two.rest == "Prioriter", "\(two)")
        let long = ProjectorView.bigTitle("Samarbejdet i hverdagen mellem kommunen og foreningerne", width: 60, lines: 1)
        #expect(long.lines.isEmpty && long.rest == "Samarbejdet i hverdagen mellem kommunen og foreningerne", "no half title in block letters")
        let wrapped = ProjectorView.bigTitle("Samarbejdet i hverdagen", width: 76, lines: 2)
        #expect(wrapped.lines == ["Samarbejdet i", "hverdagen"] && wrapped.rest == "")
    }

    @Test("the countdown in the status line and large in the projector view; time is up until dismissed")
    func timer() throws {
        var state = Self.state(section: 2)
        _ = state.handle(.keyPressed(.character("t")))
        _ = state.handle(.clock(ClockReading(milliseconds: 45_000, today: state.clock.today)))
        let working = WorkshopView.render(state, width: 80, height: 24)
        #expect(working.grid.lines[23].contains("▸ 2:15"))
        #expect(working.grid.lines[2].contains("Brainstorm") && working.grid.lines[2].contains("▸ 2:15"), "the time left stands in the section's heading too")
        _ = state.handle(.keyPressed(.character("p")))
        let big = WorkshopView.render(state, width: 200, height: 60)
        Snapshot.assertMatches(big, named: "projector-timer-200x60")
        #expect(big.grid.lines.prefix(8).joined().contains(BlockFont.render("2:15")[0]))
        _ = state.handle(.clock(ClockReading(milliseconds: 181_000, today: state.clock.today)))
        for (width, height) in [(80, 24), (200, 60)] {
            let frame = WorkshopView.render(state, width: width, height: height)
            Snapshot.assertMatches(frame, named: "time-up-\(width)x\(height)")
            #expect(frame.grid.lines.contains { $0.contains(DanishText().timeUpHint(keys: KeyNames(.standard))) })
            #expect(frame.grid.lines[height - 1].contains("■ 0:00"))
        }
        _ = state.handle(.keyPressed(.escape))
        #expect(!WorkshopView.render(state, width: 80, height: 24).grid.lines.contains { $0.contains(DanishText().timeUpHint(keys: KeyNames(.standard))) })
    }

    /// Each cell as a letter for its semantic style, the screen a theme colours: together with
    /// `themes-resolved.txt` (each style's look per theme) this is what every theme shows.
    static func styleMap(_ frame: Frame) -> String {
        let letters: [Style: Character] = [
            .normal: ".", .header: "h", .heading: "H", .muted: "m", .focus: "F", .done: "d", .warning: "W",
            .card: "c", .column: "C", .drop: "D", .status: "s", .editing: "e", .timer: "T", .vote: "v", .banner: "B", .scanCode: "Q", .scanCodeReverse: "q",
        ]
        #expect(Set(letters.keys) == Set(Style.allCases), "a letter for every style")
        return (0..<frame.grid.height).map { y in
            String((0..<frame.grid.width).map { x in letters[frame.grid[x, y].style] ?? "?" })
        }.joined(separator: "\n") + "\n"
    }

    @Test("the styles themes colour on the voting board and in the projector view, at 80x24 and 200x60")
    func styleMaps() {
        var state = Self.state(section: 2)
        _ = state.handle(.keyPressed(.character("t")))
        for (width, height) in [(80, 24), (200, 60)] {
            let board = WorkshopView.render(state, width: width, height: height)
            Snapshot.assertMatches(text: Self.styleMap(board), named: "styles-voting-\(width)x\(height)")
        }
        _ = state.handle(.keyPressed(.character("p")))
        for (width, height) in [(80, 24), (200, 60)] {
            let projector = WorkshopView.render(state, width: width, height: height)
            Snapshot.assertMatches(text: Self.styleMap(projector), named: "styles-projector-\(width)x\(height)")
            #expect(Self.styleMap(projector).contains("T"), "the big countdown in the timer style")
            #expect(Self.styleMap(projector).contains("v"), "dots in the vote style")
            #expect(Self.styleMap(projector).contains("F"), "the focus in reverse video")
        }
    }

    @Test("a focused card in a ranked column shows the marker and keeps its rank")
    func rankedFocus() {
        var state = Self.state(section: 2)
        _ = state.handle(.keyPressed(.character("l")))
        for presenting in [false, true] {
            if presenting { _ = state.handle(.keyPressed(.character("p"))) }
            let frame = WorkshopView.render(state, width: 120, height: 30)
            #expect(frame.grid.lines.contains { $0.contains("▶1 Idrætsforeningen") }, "projector: \(presenting)")
        }
    }

    @Test("a notice too long for the status line takes the row above it too, so a tie is read whole at 80 wide")
    func longNotice() {
        var state = Self.state(section: 2)
        state.notice = .movedTopVoted(count: 3, column: "Top tre", tied: ["Lokalrådet", "Spejderne"])
        let lines = WorkshopView.render(state, width: 80, height: 24).grid.lines
        let bottom = lines.suffix(2).joined(separator: " ")
        #expect(bottom.contains("»Lokalrådet«") && bottom.contains("»Spejderne«"), "\(lines.suffix(2))")
        #expect(!bottom.contains("…"), "nothing cut: \(lines.suffix(2))")
        state.notice = .undone
        let short = WorkshopView.render(state, width: 80, height: 24).grid.lines
        #expect(short[22] == WorkshopView.render(Self.state(section: 2), width: 80, height: 24).grid.lines[22], "a short notice keeps to its line")
    }

    @Test("the meeting's date, place and participants head the working view")
    func meetingLine() {
        let frame = WorkshopView.render(Self.state(section: 0), width: 200, height: 30)
        #expect(frame.grid.lines[0].contains("23. nov. 2026 · Rådhuset · 3 deltagere: Mette, Ali, Søren"))
        // Narrow, with a long title: the title gives way to the date and the place, and the
        // participants have what is left.
        var state = Self.state(section: 0)
        state.workshop.title = "Sådan kommer et partnerskab i stand med en lang titel"
        let narrow = WorkshopView.render(state, width: 80, height: 24).grid.lines[0]
        #expect(narrow.contains("Tavle · Sådan kommer et partnerskab i … · 23. nov. 2026 · Rådhuset  "), "\(narrow)")
        #expect(!narrow.contains("deltagere"), "too little room for the participants to read: none rather than '3…'")
    }
}
