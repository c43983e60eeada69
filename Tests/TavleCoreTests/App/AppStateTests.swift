import Testing
@testable import TavleCore

@Suite("State machine: checklists, navigation, undo")
struct ChecklistAndNavigationTests {
    @Test("focus starts on the first point and moves over group headings")
    func navigation() {
        var state = Fixtures.state()
        #expect(state.cursor.row == 1)
        state.press(.character("j"))
        #expect(state.cursor.row == 2)
        state.press(.down, .down)
        #expect(state.cursor.row == 5, "skips the heading at 4")
        state.press(.down)
        #expect(state.cursor.row == 5, "stays on the last point")
        state.press(.character("g"))
        #expect(state.cursor.row == 1)
    }

    @Test("ticking changes exactly one point, saves, and undoes and redoes as a whole state")
    func tickUndoRedo() {
        let start = Fixtures.state()
        var state = start
        let effects = state.press(.character(" "))
        var expectedWorkshop = Fixtures.workshop
        expectedWorkshop.sections[0].body = .checklist(Checklist(entries: [
            .group(ChecklistGroup(title: "Find fælles grund")),
            .point(ChecklistPoint(text: "Alle er med", isDone: true)),
            .point(ChecklistPoint(text: "Drømmen er delt", isDone: true)),
            .point(ChecklistPoint(text: "Skrevet ned", isSubpoint: true)),
            .group(ChecklistGroup(title: "Snak sammen")),
            .point(ChecklistPoint(text: "Mød jer ofte")),
        ]))
        #expect(effects == [.save(expectedWorkshop)])
        #expect(state.workshop == expectedWorkshop)
        #expect(state.saveStatus == .saving)
        #expect(state.workshop.sections[0].progress == Progress(done: 2, total: 4))

        state.press(.character("u"))
        var undone = start
        undone.history = state.history
        undone.notice = .undone
        undone.saveStatus = .saving
        #expect(state == undone)

        state.press(.control("r"))
        #expect(state.workshop == expectedWorkshop)
        #expect(state.notice == .redone)
        #expect(state.handle(.keyPressed(.control("r"))) == [.bell])
        #expect(state.notice == .nothingToRedo)
    }

    @Test("undo goes back through many edits to the very first state")
    func unlimitedUndo() {
        var state = Fixtures.state()
        for _ in 0..<50 { state.press(.character("x"), .character("j"), .character("x"), .character("k")) }
        #expect(state.history.undoCount == 100)
        for _ in 0..<100 { state.press(.character("u")) }
        #expect(state.workshop == Fixtures.workshop)
        #expect(state.handle(.keyPressed(.character("u"))) == [.bell])
    }

    @Test("add a point after the focused one, type it, and finish with Enter")
    func addPoint() {
        var state = Fixtures.state()
        state.press(.character("j"), .character("a"))
        state.type("Ny aftale")
        state.press(.enter)
        guard case .checklist(let checklist) = state.workshop.sections[0].body else { Issue.record(); return }
        #expect(checklist.entries[4] == .point(ChecklistPoint(text: "Ny aftale")), "after the point and its sub-point")
        #expect(state.mode == .browsing)
        #expect(state.cursor.row == 4)
        state.press(.character("u"))
        #expect(state.workshop == Fixtures.workshop, "one undo removes the whole addition")
    }

    @Test("an added point left empty disappears without an undo step")
    func addEmpty() {
        var state = Fixtures.state()
        state.press(.character("a"), .escape)
        #expect(state.workshop == Fixtures.workshop)
        #expect(!state.history.canUndo)
        #expect(state.notice == .emptyTextDiscarded, "says why nothing was added")
    }

    @Test("deleting asks first; no keeps it, yes removes the point with its sub-points")
    func deletePoint() {
        var state = Fixtures.state()
        state.press(.character("j"), .character("d"))
        #expect(state.mode == .confirming(.deletePoint(section: 0, id: state.pointID(section: 0, entry: 2))))
        state.press(.character("n"))
        #expect(state.workshop == Fixtures.workshop)
        state.press(.character("d"), .character("j"))
        guard case .checklist(let checklist) = state.workshop.sections[0].body else { Issue.record(); return }
        #expect(checklist.pointCount == 2)
        #expect(state.cursor.row == 1)
    }

    @Test("sections: Tab, Shift-Tab, digits, and the bell past the ends")
    func sections() {
        var state = Fixtures.state()
        state.press(.tab)
        #expect(state.sectionIndex == 1)
        state.press(.character("3"))
        #expect(state.sectionIndex == 2)
        #expect(state.press(.tab) == [.bell])
        state.press(.backTab, .backTab)
        #expect(state.sectionIndex == 0)
        #expect(state.press(.character("9")) == [.bell])
    }

    @Test("help opens with ? and any other key closes it")
    func help() {
        var state = Fixtures.state()
        state.press(.character("?"))
        #expect(state.mode == .help(offset: 0))
        state.press(.down, .down)
        #expect(state.mode == .help(offset: 2))
        state.press(.escape)
        #expect(state.mode == .browsing)
    }
}

@Suite("State machine: questions and the line editor")
struct QuestionTests {
    @Test("typing Danish notes with new lines saves on every key and undoes in one step")
    func typeNotes() {
        var state = Fixtures.state(section: 1)
        state.press(.enter)
        guard case .editing(let edit) = state.mode else { Issue.record("not editing"); return }
        #expect(edit.target == .notes(section: 1, question: state.questionID(section: 1, index: 0)))
        let effects = state.type("Flere unge")
        #expect(effects.count == 10, "a save per key keeps the draft on disk")
        state.press(.enter)
        state.type("i Ærø og Åbenrå")
        state.press(.escape)
        guard case .questions(let questions) = state.workshop.sections[1].body else { Issue.record(); return }
        #expect(questions[0].notes == "Flere unge\ni Ærø og Åbenrå")
        #expect(state.mode == .browsing)
        #expect(state.workshop.sections[1].progress == Progress(done: 2, total: 2))
        state.press(.character("u"))
        #expect(state.workshop == Fixtures.workshop)
    }

    @Test("editing keys: word jumps, line start and end, deleting words")
    func editorKeys() {
        var state = Fixtures.state(section: 1)
        state.press(.down, .enter)
        state.press(.home)
        state.type("Fx ")
        state.press(.up, .end, .wordLeft)
        state.type("Det ")
        state.press(.control("e"), .backspace, .backspace)
        state.press(.escape)
        guard case .questions(let questions) = state.workshop.sections[1].body else { Issue.record(); return }
        #expect(questions[1].notes == "Det Bibliotek\nFx Skolen")
    }

    @Test("clearing notes asks first")
    func clearNotes() {
        var state = Fixtures.state(section: 1)
        #expect(state.press(.character("d")) == [.bell], "nothing to clear")
        state.press(.down, .character("d"))
        #expect(state.mode == .confirming(.clearNotes(section: 1, question: state.questionID(section: 1, index: 1))))
        state.press(.enter)
        guard case .questions(let questions) = state.workshop.sections[1].body else { Issue.record(); return }
        #expect(questions[1].notes == "")
    }
}

@Suite("Text buffer")
struct TextBufferTests {
    @Test("cursor moves by characters, words and lines; deletes by characters and words")
    func editing() {
        var buffer = TextBuffer("hej med dig\nanden linje", multiline: true)
        #expect(buffer.cursorLineAndColumn == (1, 11))
        buffer.apply(.wordLeft)
        #expect(buffer.cursor == 18)
        buffer.apply(.up)
        #expect(buffer.cursorLineAndColumn == (0, 6))
        buffer.apply(.deleteWordBackward)
        #expect(buffer.text == "hej d dig\nanden linje")
        buffer.apply(.lineEnd)
        buffer.insert("ø")
        #expect(buffer.text == "hej d digø\nanden linje")
        buffer.apply(.down)
        #expect(buffer.cursorLineAndColumn == (1, 10))
        buffer.apply(.deleteToLineStart)
        #expect(buffer.text == "hej d digø\ne")
        let changed = buffer.apply(.deleteToLineStart)
        #expect(!changed)
    }

    @Test("combined characters move and delete as one")
    func graphemes() {
        var buffer = TextBuffer("e\u{301}🙂", multiline: false)
        buffer.apply(.deleteBackward)
        #expect(buffer.text == "e\u{301}")
        buffer.apply(.left)
        #expect(buffer.cursor == 0)
    }

    @Test("a single-line field turns typed line breaks into spaces")
    func singleLine() {
        var buffer = TextBuffer("", multiline: false)
        buffer.insert("a\nb")
        #expect(buffer.text == "a b")
    }
}

@Suite("State machine: prompts")
struct PromptTests {
    @Test(": asks for a section number, so any section of a long guide is one jump away")
    func sectionNumber() {
        let sections = (1...12).map { Section(title: "Afsnit \($0)", body: .questions([Question(text: "?")])) }
        var state = AppState(workshop: Workshop(title: "Lang", sections: sections), documentPath: "x.md")
        state.press(.character(":"))
        #expect(state.mode == .editing(TextEdit(target: .sectionNumber, buffer: TextBuffer("", multiline: false), before: state.workshop, isNewItem: false)))
        state.type("12")
        #expect(state.press(.enter) == [])
        #expect(state.sectionIndex == 11)
        state.press(.character(":"))
        state.type("13")
        #expect(state.press(.enter) == [.bell], "there is no section 13")
        state.press(.character(":"))
        state.type("x")
        #expect(state.press(.enter) == [.bell])
        state.press(.character(":"))
        state.type("2")
        state.press(.escape)
        #expect(state.sectionIndex == 11, "Esc cancels")
        #expect(state.mode == .browsing)
    }

    @Test("Esc cancels save-as instead of saving")
    func saveAsEscape() {
        var state = Fixtures.state()
        state.press(.character("S"))
        #expect(state.press(.escape) == [])
        #expect(state.mode == .browsing)
    }

    @Test("a theme the run loop could not write down is named with the failure, not as remembered")
    func themeNotRemembered() {
        var state = Fixtures.state()
        #expect(state.handle(.keyPressed(.character("c"))) == [.cycleTheme])
        let failure = SaveFailure(path: "/x/tavle/theme", reason: .system(.notAFolder))
        #expect(state.handle(.themeNotRemembered("lys", failure)) == [])
        #expect(state.notice == .themeNotRemembered("lys", failure))
        _ = state.handle(.themeChanged("mørk"))
        #expect(state.notice == .theme("mørk"))
    }
}
