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
        let failure = SaveFailure(path: "m.md", reason: .system(.diskFull))
        let notices: [Notice] = [
            .undone, .redone, .nothingToUndo, .nothingToRedo, .saveFailed(failure), .savedAs("x.md"), .overLimit(column: "Top", limit: 3),
            .emptyTextDiscarded, .readOnly(.liveView), .readOnly(.asked), .readOnly(.heldElsewhere("ida@pc, pid 7, 2026-11-23 10:00")), .readOnly(.heldElsewhere(nil)), .outsideChangeSettled(loadedTheirs: true, copy: "c"), .outsideChangeSettled(loadedTheirs: false, copy: "c"),
            .invalidDate("x"), .invalidDuration("x"), .invalidDots("x"), .theme("x"), .themeNotRemembered("x", failure), .themeFailed(Self.fileProblem), .configFailed(Self.fileProblem), .exported("x"),
            .exportFailed(failure), .dotsUsedUp(available: 3), .votingNotStarted, .noVotes, .movedTopVoted(count: 2, column: "Top", tied: []),
            .movedTopVoted(count: 2, column: "Top", tied: ["A"]), .rankedFull("Top"), .noSuggestedTime,
        ]
        all += notices.map(text.text(of:))
        all += [SaveStatus.saved, .saving, .failed(failure)].map(text.text(of:))
        let reasons: [SaveFailure.Reason] = [.changedOutside, .exists, .isTheWorkshop, .unreadable(.isFolder)]
        all += reasons.map(text.describe)
        all += Self.problems.map(text.describe)
        all += CommandHelp.allCases.map(text.help)
        all += [text.usingDefaultSetting, text.usingDefaultTheme, text.todayFormat, text.sizeFormat, text.separatorChoice,
                text.configFile, text.configFileMissing, text.defaultOrigin, text.couldNotCreate(failure),
                text.noSuchKit("x", kits: ["a", "b"]), text.rememberedIn("/x"), text.rememberedIn("/x", before: "light", from: "config.toml:1"), text.localeOrigin("LANG=C"), text.localeOrigin(nil)]
        let workshop = RoomScreenTests.state(section: 0).workshop
        let ids = Self.firstItems(of: workshop)
        let confirmations: [TavleCore.Confirmation] = [.quitUnsaved, .deletePoint(section: 0, id: ids.point), .deleteCard(section: 2, id: ids.card),
                                             .clearNotes(section: 1, question: ids.question), .deleteAction(section: 3, id: ids.action), .outsideChange]
        all += confirmations.map { text.question($0, in: workshop) } + confirmations.map { text.answers($0, keys: KeyNames(.standard)) }
        all += MeetingField.allCases.map(text.prompt) + ["dark", "light", "contrast", "mono"].map(text.themeName)
        all += [text.dots(used: 1, available: 3), text.format(CalendarDate(year: 2026, month: 12, day: 1)!, style: .danish),
                text.meetingLine(workshop, dateStyle: .danish), text.audience("kommune"), text.audience("forening"), text.audience("begge")]
        all += [text.readOnly, text.helpTitle, text.helpFooter(keys: KeyNames(.standard)), text.emptyColumn, text.noNotes, text.saveAsPrompt,
                text.timerPrompt, text.dotsPrompt, text.timeUp, text.timeUpHint(keys: KeyNames(.standard)), text.noDue, text.noActions(keys: KeyNames(.standard)), text.actionHeadings.what,
                text.actionHeadings.who, text.actionHeadings.due, text.sectionPrompt, text.startTitle, text.startKits,
                text.startWorkshops, text.startBroken, text.startHint(keys: KeyNames(.standard)), text.tooSmall, text.section]
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
        let menu = StartMenu(kits: [KitSummary(name: "partnerskab", workshop: ScreenFixtures.workshop)], workshops: [(path: "m.md", title: "Møde")], broken: [FileProblem(file: "x.md", error: FormatError(line: 5, column: 6, .unknownSectionKind("tjekliste")))])
        Snapshot.assertMatches(StartView.render(menu, width: 80, height: 24, language: language), named: "lang-start\(suffix)")
        let english = render(RoomScreenTests.state(section: 3))
        #expect(english.grid.lines.joined().contains(language == .en ? "20 Nov 2026" : "20. nov. 2026"))
    }
}

extension LanguageTests {
    static let fileProblem = FileProblem(file: "config.toml", error: FormatError(line: 3, column: 9, .languageValue))

    /// One of every problem a file can have. `name(of:)` is an exhaustive switch, so a new
    /// problem does not compile until it is named there, and the test below then fails until
    /// it is listed here too: every problem is worded in both languages.
    static let problems: [FormatProblem] = [
        .nulByte, .invalidUTF8, .isFolder, .notRegularFile, .unknownTheme(known: ["dark", "light"]), .system(.noSuchFile), .system(.permissionDenied), .system(.diskFull),
        .system(.readOnlyFileSystem), .system(.notAFolder),
        .emptyFile, .notTavleFile, .versionNotNumber, .newerVersion(2), .unknownVersion(0), .titleMissing, .metadataSyntax,
        .sectionMarkerMissing(section: "Trin 1"), .unknownSectionKind("tjekliste"), .checklistPointSyntax, .notesOutsideQuestion,
        .columnMarkerSyntax, .cardOutsideColumn, .actionItemSyntax, .actionWhoTwice, .actionDueTwice, .actionDueDate,
        .actionDetailSyntax, .actionDetailOutsideItem, .unknownMarkerSetting("limt=3", expected: "limit"),
        .markerSettingRange("limit", 1...99),
        .unexpected(.secondTitle), .unexpected(.subheadingOutsideSection), .unexpected(.heading), .unexpected(.marker),
        .unexpected(.listItemInQuestions), .unexpected(.listItem), .unexpected(.numberedLine), .unexpected(.quote),
        .unexpected(.text), .unexpected(.endOfFile),
        .titleEmpty, .metadataKeyTwice("date"), .unknownMetadataKey("dato", known: ["date", "place"]),
        .audienceValue(known: ["kommune", "forening"]), .answersValue(known: ["named", "anonymous"]), .workshopLanguage(known: ["da", "en"]), .metadataDate("date"), .metadataEmpty("place"), .sectionTitleEmpty,
        .groupHeadingEmpty, .pointEmpty, .checklistWithoutPoints("Før"), .questionEmpty, .questionsWithoutQuestions("Trin 1"),
        .columnTitleEmpty, .columnTwice("Top tre"), .boardWithoutColumns("Trin 2"), .matrixQuadrantsMissing("Prioriter"), .meetingWithoutSections,
        .matrixAxisMissing("x"), .matrixAxisSyntax("y"), .actionWithoutWhat,
        .tableHeadingSyntax, .tableNameSyntax, .textAfterTableHeading, .keyValueSyntax, .equalsMissing(after: "theme"),
        .textAfterValue, .setTwice("theme"), .valueMissing, .listSyntax, .listNotClosed, .bareWord("dark"),
        .unknownEscape("q"), .stringNotClosed("\""),
        .languageValue, .dateFormatValue(["dansk", "iso"]), .unknownCommand("fortryd"), .keysValue, .notAKey("<Fn>"),
        .editorKeyIsCharacter, .wrongType(setting: "theme", expectsList: false, found: .integer),
        .wrongType(setting: "kits", expectsList: true, found: .bool), .wrongType(setting: "theme", expectsList: false, found: .strings),
        .wrongType(setting: "theme", expectsList: false, found: .string), .unknownSetting("tema"),
        .themeLineSyntax, .unknownStyle("fokus", known: ["focus"]), .misplacedOn, .unknownColour("purple"),
        .secondColourWithoutOn, .backgroundMissing, .unknownKey("Fn"),
    ]

    static func name(of problem: FormatProblem) -> String {
        switch problem {
        case .nulByte: "nulByte"
        case .invalidUTF8: "invalidUTF8"
        case .system(.other): "system.other"
        case .system(let error): "system.\(error)"
        case .isFolder: "isFolder"
        case .notRegularFile: "notRegularFile"
        case .unknownTheme: "unknownTheme"
        case .emptyFile: "emptyFile"
        case .notTavleFile: "notTavleFile"
        case .versionNotNumber: "versionNotNumber"
        case .newerVersion: "newerVersion"
        case .unknownVersion: "unknownVersion"
        case .titleMissing: "titleMissing"
        case .metadataSyntax: "metadataSyntax"
        case .sectionMarkerMissing: "sectionMarkerMissing"
        case .unknownSectionKind: "unknownSectionKind"
        case .checklistPointSyntax: "checklistPointSyntax"
        case .notesOutsideQuestion: "notesOutsideQuestion"
        case .columnMarkerSyntax: "columnMarkerSyntax"
        case .cardOutsideColumn: "cardOutsideColumn"
        case .actionItemSyntax: "actionItemSyntax"
        case .actionWhoTwice: "actionWhoTwice"
        case .actionDueTwice: "actionDueTwice"
        case .actionDueDate: "actionDueDate"
        case .actionDetailSyntax: "actionDetailSyntax"
        case .actionDetailOutsideItem: "actionDetailOutsideItem"
        case .unknownMarkerSetting: "unknownMarkerSetting"
        case .markerSettingRange: "markerSettingRange"
        case .unexpected(let line): "unexpected.\(line)"
        case .titleEmpty: "titleEmpty"
        case .metadataKeyTwice: "metadataKeyTwice"
        case .unknownMetadataKey: "unknownMetadataKey"
        case .audienceValue: "audienceValue"
        case .answersValue: "answersValue"
        case .workshopLanguage: "workshopLanguage"
        case .metadataDate: "metadataDate"
        case .metadataEmpty: "metadataEmpty"
        case .sectionTitleEmpty: "sectionTitleEmpty"
        case .groupHeadingEmpty: "groupHeadingEmpty"
        case .pointEmpty: "pointEmpty"
        case .checklistWithoutPoints: "checklistWithoutPoints"
        case .questionEmpty: "questionEmpty"
        case .questionsWithoutQuestions: "questionsWithoutQuestions"
        case .columnTitleEmpty: "columnTitleEmpty"
        case .columnTwice: "columnTwice"
        case .boardWithoutColumns: "boardWithoutColumns"
        case .matrixQuadrantsMissing: "matrixQuadrantsMissing"
        case .meetingWithoutSections: "meetingWithoutSections"
        case .matrixAxisMissing: "matrixAxisMissing"
        case .matrixAxisSyntax: "matrixAxisSyntax"
        case .actionWithoutWhat: "actionWithoutWhat"
        case .tableHeadingSyntax: "tableHeadingSyntax"
        case .tableNameSyntax: "tableNameSyntax"
        case .textAfterTableHeading: "textAfterTableHeading"
        case .keyValueSyntax: "keyValueSyntax"
        case .equalsMissing: "equalsMissing"
        case .textAfterValue: "textAfterValue"
        case .setTwice: "setTwice"
        case .valueMissing: "valueMissing"
        case .listSyntax: "listSyntax"
        case .listNotClosed: "listNotClosed"
        case .bareWord: "bareWord"
        case .unknownEscape: "unknownEscape"
        case .stringNotClosed: "stringNotClosed"
        case .languageValue: "languageValue"
        case .dateFormatValue: "dateFormatValue"
        case .unknownCommand: "unknownCommand"
        case .keysValue: "keysValue"
        case .notAKey: "notAKey"
        case .editorKeyIsCharacter: "editorKeyIsCharacter"
        case .wrongType(_, _, let found): "wrongType.\(found)"
        case .unknownSetting: "unknownSetting"
        case .themeLineSyntax: "themeLineSyntax"
        case .unknownStyle: "unknownStyle"
        case .misplacedOn: "misplacedOn"
        case .unknownColour: "unknownColour"
        case .secondColourWithoutOn: "secondColourWithoutOn"
        case .backgroundMissing: "backgroundMissing"
        case .unknownKey: "unknownKey"
        }
    }

    /// Every case `name(of:)` knows; the system's own words for rarer errors are not Tavle's to translate.
    static let allProblemNames: Set<String> = [
        "nulByte", "invalidUTF8", "system.noSuchFile", "system.permissionDenied", "system.diskFull",
        "system.readOnlyFileSystem", "system.notAFolder", "isFolder", "notRegularFile", "unknownTheme", "emptyFile", "notTavleFile", "versionNotNumber",
        "newerVersion", "unknownVersion", "titleMissing", "metadataSyntax", "sectionMarkerMissing", "unknownSectionKind",
        "checklistPointSyntax", "notesOutsideQuestion", "columnMarkerSyntax", "cardOutsideColumn", "actionItemSyntax",
        "actionWhoTwice", "actionDueTwice", "actionDueDate", "actionDetailSyntax", "actionDetailOutsideItem",
        "unknownMarkerSetting", "markerSettingRange", "unexpected.secondTitle", "unexpected.subheadingOutsideSection",
        "unexpected.heading", "unexpected.marker", "unexpected.listItemInQuestions", "unexpected.listItem",
        "unexpected.numberedLine", "unexpected.quote", "unexpected.text", "unexpected.endOfFile", "titleEmpty",
        "metadataKeyTwice", "unknownMetadataKey", "audienceValue", "metadataDate", "metadataEmpty", "sectionTitleEmpty",
        "groupHeadingEmpty", "pointEmpty", "checklistWithoutPoints", "questionEmpty", "questionsWithoutQuestions",
        "columnTitleEmpty", "columnTwice", "boardWithoutColumns", "matrixQuadrantsMissing", "meetingWithoutSections", "matrixAxisMissing", "matrixAxisSyntax", "actionWithoutWhat", "tableHeadingSyntax",
        "tableNameSyntax", "textAfterTableHeading", "keyValueSyntax", "equalsMissing", "textAfterValue", "setTwice",
        "valueMissing", "listSyntax", "listNotClosed", "bareWord", "unknownEscape", "stringNotClosed", "languageValue",
        "dateFormatValue", "unknownCommand", "keysValue", "notAKey", "editorKeyIsCharacter", "wrongType.string",
        "wrongType.integer", "wrongType.bool", "wrongType.strings", "unknownSetting", "themeLineSyntax", "unknownStyle",
        "misplacedOn", "unknownColour", "secondColourWithoutOn", "backgroundMissing", "unknownKey", "answersValue", "workshopLanguage",
    ]

    @Test("every problem a file can have is worded in both languages, and differently")
    func problemsInBothLanguages() {
        #expect(Set(Self.problems.map(Self.name(of:))) == Self.allProblemNames)
        for problem in Self.problems {
            let danish = Self.danish.describe(problem), english = Self.english.describe(problem)
            #expect(!danish.isEmpty && danish != english, "\(problem)")
        }
        let problem = FileProblem(file: "møde.md", error: FormatError(line: 5, column: 6, .unknownSectionKind("tjekliste")))
        #expect(Self.danish.located(problem) == "møde.md:5:6: ukendt afsnitstype 'tjekliste'; brug checklist, questions, board eller actions")
        #expect(Self.english.located(problem) == "møde.md:5:6: unknown section kind 'tjekliste'; use checklist, questions, board or actions")
        #expect(Self.danish.describe(FormatProblem.system(.other("Too many links"))) == "Too many links", "the system's own words pass through")
        #expect(Self.danish.describe(FormatProblem.system(.noSuchFile)) == "filen eller mappen findes ikke")
    }

    /// The ids of the first point, question, card and action item of the room's workshop
    /// (sections 1 to 4), for confirmations that name them.
    static func firstItems(of workshop: Workshop) -> (point: ItemID, question: ItemID, card: ItemID, action: ItemID) {
        guard case .checklist(let checklist) = workshop.sections[0].body, case .point(let point)? = checklist.entries.first(where: \.isPoint),
              case .questions(let questions) = workshop.sections[1].body, let question = questions.first,
              case .board(let board) = workshop.sections[2].body, let card = board.columns[0].cards.first,
              case .actions(let items) = workshop.sections[3].body, let action = items.first
        else { fatalError("the room's workshop has a point, a question, a card and an action item in sections 1 to 4") }
        return (point.id, question.id, card.id, action.id)
    }
}
