import Testing
@testable import TavleCore
@testable import TavleScreen

/// Danish and English: both catalogues complete (the protocol makes a missing string a compile
/// error; these tests catch an empty or untranslated one), and every screen in both languages.
@Suite("Languages")
struct LanguageTests {
    static let danish = DanishText(), english = EnglishText()

    /// Every string of a catalogue, in a fixed order, for comparing the two.
    static func strings(_ text: any UICatalogue) -> [String] {
        var all = KeyMap.standard.bindings.map { text.describe($0.action) } + KeyMap.standard.bindings.map { text.hint($0.action) }
        all += KeyScope.allCases.map(text.title(of:))
        let failure = SaveFailure(path: "m.md", reason: "disk full")
        let notices: [Notice] = [
            .undone, .redone, .nothingToUndo, .nothingToRedo, .saveFailed(failure), .savedAs("x.md"), .overLimit(column: "Top", limit: 3),
            .emptyTextDiscarded, .readOnly("x"), .outsideChangeSettled(loadedTheirs: true, copy: "c"), .outsideChangeSettled(loadedTheirs: false, copy: "c"),
            .invalidDate("x"), .invalidDuration("x"), .invalidDots("x"), .theme("x"), .themeFailed("x"), .configFailed("x"), .exported("x"),
            .exportFailed(failure), .dotsUsedUp(available: 3), .votingNotStarted, .noVotes, .movedTopVoted(count: 2, column: "Top", tied: []),
            .movedTopVoted(count: 2, column: "Top", tied: ["A"]), .rankedFull("Top"), .noSuggestedTime,
        ]
        all += notices.map(text.text(of:))
        all += [SaveStatus.saved, .saving, .failed(failure)].map(text.text(of:))
        let workshop = RoomScreenTests.state(section: 0).workshop
        let confirmations: [TavleCore.Confirmation] = [.quitUnsaved, .deletePoint(section: 0, entry: 1), .deleteCard(section: 2, position: CardPosition(column: 0, index: 0)),
                                             .clearNotes(section: 1, question: 0), .deleteAction(section: 3, item: 0), .outsideChange]
        all += confirmations.map { text.question($0, in: workshop) } + confirmations.map(text.answers)
        all += MeetingField.allCases.map(text.prompt) + ["dark", "light", "contrast", "mono"].map(text.themeName)
        all += [text.dots(used: 1, available: 3), text.format(CalendarDate(year: 2026, month: 12, day: 1)!, style: .dansk),
                text.meetingLine(workshop, dateStyle: .dansk), text.audience("kommune"), text.audience("forening"), text.audience("begge")]
        all += [text.readOnly, text.confirmAnswers, text.helpTitle, text.helpFooter, text.emptyColumn, text.noNotes, text.saveAsPrompt,
                text.timerPrompt, text.dotsPrompt, text.timeUp, text.timeUpHint, text.noDue, text.noActions, text.actionHeadings.what,
                text.actionHeadings.who, text.actionHeadings.due, text.sectionPrompt, text.startTitle, text.startKits,
                text.startWorkshops, text.startBroken, text.startHint, text.tooSmall, text.section]
        return all
    }

    @Test("no string is empty in either language, and English is not Danish left untranslated")
    func complete() {
        let danish = Self.strings(Self.danish), english = Self.strings(Self.english)
        #expect(danish.count == english.count && danish.count > 150)
        for (index, (da, en)) in zip(danish, english).enumerated() {
            #expect(!da.isEmpty && !en.isEmpty, "string \(index)")
            let sameOnPurpose = ["top", "min"].contains(da)  // the same word in both
            #expect(da != en || sameOnPurpose || da.allSatisfy { !$0.isLetter }, "string \(index) is the same in both: \(da)")
        }
    }

    @Test("the locale decides: Danish where it is Danish, English otherwise")
    func locale() {
        #expect(UIText.language(fromLocale: { ["LANG": "da_DK.UTF-8"][$0] }) == .da)
        #expect(UIText.language(fromLocale: { ["LANG": "da_DK.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"][$0] }) == .en)
        #expect(UIText.language(fromLocale: { ["LC_ALL": "da_DK", "LANG": "en_US"][$0] }) == .da)
        #expect(UIText.language(fromLocale: { ["LANG": "C.UTF-8"][$0] }) == .en)
        #expect(UIText.language(fromLocale: { _ in nil }) == .en)
    }

    @Test("every screen in both languages, as whole-screen snapshots", arguments: Language.allCases)
    func screens(language: Language) {
        func render(_ state: AppState, _ width: Int = 80, _ height: Int = 24) -> Frame {
            var state = state
            state.language = language
            return WorkshopView.render(state, width: width, height: height)
        }
        let suffix = "-\(language.rawValue)"
        for section in 0..<4 {
            Snapshot.assertMatches(render(RoomScreenTests.state(section: section)), named: "lang-section-\(section + 1)\(suffix)")
            var projector = RoomScreenTests.state(section: section)
            _ = projector.handle(.keyPressed(.character("p")))
            Snapshot.assertMatches(render(projector), named: "lang-projector-\(section + 1)\(suffix)")
        }
        var help = RoomScreenTests.state(section: 0)
        _ = help.handle(.keyPressed(.character("?")))
        Snapshot.assertMatches(render(help, 100, 60), named: "lang-help\(suffix)")
        var confirm = RoomScreenTests.state(section: 2)
        _ = confirm.handle(.keyPressed(.character("d")))
        Snapshot.assertMatches(render(confirm), named: "lang-confirm\(suffix)")
        var timeUp = RoomScreenTests.state(section: 2)
        _ = timeUp.handle(.keyPressed(.character("t")))
        _ = timeUp.handle(.clock(ClockReading(milliseconds: 200_000, today: timeUp.clock.today)))
        Snapshot.assertMatches(render(timeUp), named: "lang-time-up\(suffix)")
        var prompt = RoomScreenTests.state(section: 0)
        _ = prompt.handle(.keyPressed(.character("i")))
        Snapshot.assertMatches(render(prompt), named: "lang-prompt\(suffix)")
        let menu = StartMenu(kits: [KitSummary(name: "partnerskab", workshop: ScreenFixtures.workshop)], workshops: [(path: "m.md", title: "Møde")], broken: [(path: "x.md", problem: "5:6: unknown")])
        Snapshot.assertMatches(StartView.render(menu, width: 80, height: 24, language: language), named: "lang-start\(suffix)")
        let english = render(RoomScreenTests.state(section: 3))
        #expect(english.grid.lines.joined().contains(language == .en ? "20 Nov 2026" : "20. nov. 2026"))
    }
}
