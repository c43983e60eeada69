@testable import TavleCore
import Testing

@Suite("State machine: pastes are text")
struct PasteTests {
    @Test("a list pasted into a new card becomes cards after it, one undo step with the edit")
    func listIntoCard() {
        var state = Fixtures.state(section: 2)
        state.press(.character("a"))
        let effects = state.handle(.pasted("Idrætsforeningen\ndet er jo godt\n\n"))
        #expect(effects == [.save(state.workshop)])
        #expect(state.board(2)?.columns[0].cards.map(\.text) == ["Biblioteket", "Skolen", "Kirken", "Idrætsforeningen", "det er jo godt"])
        guard case .editing(let edit) = state.mode else { Issue.record("the edit goes on"); return }
        #expect(edit.target == .card(section: 2, id: state.cardID(section: 2, CardPosition(column: 0, index: 4))), "in the last pasted card")
        state.press(.enter)
        #expect(state.mode == .browsing)
        state.press(.character("u"))
        #expect(state.workshop == Fixtures.workshop, "one undo takes the card and the paste away")
    }

    @Test("lines pasted into a point become points after it, of the same level")
    func listIntoPoint() {
        var state = Fixtures.state()
        state.press(.down, .down, .character("e"))  // "Skrevet ned", a sub-point
        _ = state.handle(.pasted(" og vedtaget\nSendt ud\nLagt på nettet"))
        guard case .checklist(let checklist) = state.workshop.sections[0].body else { Issue.record(); return }
        let points = checklist.entries.compactMap { entry -> (String, Bool)? in
            if case .point(let point) = entry { return (point.text, point.isSubpoint) }
            return nil
        }
        #expect(points.map(\.0) == ["Alle er med", "Drømmen er delt", "Skrevet ned og vedtaget", "Sendt ud", "Lagt på nettet", "Mød jer ofte"])
        #expect(points[3].1 && points[4].1, "sub-points like the one pasted into")
    }

    @Test("notes keep the pasted lines; CR LF, CR and tabs are made plain; controls are dropped")
    func intoNotes() {
        var state = Fixtures.state(section: 1)
        state.press(.enter)
        _ = state.handle(.pasted("Første\r\nAnden\rTredje\tfjerde\u{1B}[31m\u{7}"))
        guard case .questions(let questions) = state.workshop.sections[1].body else { Issue.record(); return }
        #expect(questions[0].notes == "Første\nAnden\nTredje fjerde[31m")
    }

    @Test("outside an edit a paste changes nothing and says so; a confirmation is not answered by one")
    func outsideEdit() {
        var state = Fixtures.state(section: 2)
        #expect(state.handle(.pasted("d\nj\n")) == [])
        #expect(state.workshop == Fixtures.workshop && state.mode == .browsing)
        #expect(state.notice == .pasteIgnored)
        state.press(.character("d"))
        let asking = state.mode
        #expect(state.handle(.pasted("j")) == [])
        #expect(state.mode == asking, "still asking")
    }

    @Test("single-line prompts get the paste with line breaks as spaces")
    func intoPrompt() {
        var state = Fixtures.state()
        state.press(.character("S"), .control("u"))
        _ = state.handle(.pasted("mappe/\nny.md"))
        #expect(state.press(.enter) == [.saveAs(path: "mappe/ ny.md", state.workshop)])
    }
}

@Suite("State machine: the file changed or went away while typing")
struct DecisionWhileTypingTests {
    @Test("keys typed after an outside change stay in the edit; the choice is asked when it ends")
    func keysStayInEdit() {
        var state = Fixtures.state(section: 1)
        state.press(.enter)
        state.type("Vi gør")
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .changedOutside))))
        #expect(state.notice == .decisionAfterEdit(.changedOutside))
        #expect(state.type(" det i dag ikbl") == [], "nothing written while the choice waits")
        guard case .questions(let questions) = state.workshop.sections[1].body else { Issue.record(); return }
        #expect(questions[0].notes == "Vi gør det i dag ikbl")
        state.press(.escape)
        #expect(state.mode == .confirming(.outsideChange))
        #expect(state.press(.character("b")) == [.resolveOutsideChange(keepMine: true, state.workshop)])
    }

    @Test("a deleted file is made again only when asked, or saved elsewhere")
    func missingFile() {
        var state = Fixtures.state()
        state.press(.character(" "))
        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .missing))))
        #expect(state.mode == .confirming(.fileMissing))
        #expect(state.press(.character("x")) == [.bell])
        #expect(state.press(.escape) == [])
        #expect(state.press(.character(" ")) == [], "a change while the file is gone writes nothing")
        #expect(state.mode == .confirming(.fileMissing), "and asks again")
        #expect(state.press(.character("g")) == [.recreate(state.workshop)])
        _ = state.handle(.saved(.success("møde.md")))
        #expect(state.saveStatus == .saved)

        _ = state.handle(.saved(.failure(SaveFailure(path: "møde.md", reason: .missing))))
        state.press(.character("s"))
        #expect(state.mode == .editing(TextEdit(target: .saveAsPath, buffer: TextBuffer("møde.md", multiline: false),
                                                before: state.workshop, isNewItem: false)))
    }

    @Test("save-as over an existing file asks; no gives the prompt back")
    func replaceAsks() {
        var state = Fixtures.state()
        state.press(.character("S"), .control("u"))
        state.type("andet.md")
        #expect(state.press(.enter) == [.saveAs(path: "andet.md", state.workshop)])
        _ = state.handle(.saved(.failure(SaveFailure(path: "andet.md", reason: .exists))))
        #expect(state.mode == .confirming(.replaceFile(path: "andet.md")))
        #expect(state.saveStatus == .saved, "nothing failed: nothing was written")
        state.press(.character("n"))
        guard case .editing(let edit) = state.mode else { Issue.record(); return }
        #expect(edit.target == .saveAsPath && edit.buffer.text == "andet.md")
        #expect(state.press(.enter) == [.saveAs(path: "andet.md", state.workshop)])
        _ = state.handle(.saved(.failure(SaveFailure(path: "andet.md", reason: .exists))))
        #expect(state.press(.character("j")) == [.saveAs(path: "andet.md", state.workshop, replacing: true)])
    }
}
