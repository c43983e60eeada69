import Testing
@testable import TavleCore

/// Dialogs, the help screen and "time is up" take their keys from the key map like every other
/// mode: a remapped answer works and the old key no longer does.
@Suite("Key map: dialogs, help and time-up")
struct KeyScopeTests {
    static func state(config: String) -> AppState {
        let (settings, problems) = Settings.read(config, file: "c.toml")
        #expect(problems.isEmpty)
        return AppState(workshop: Fixtures.workshop, documentPath: "møde.md", keyMap: settings.apply(to: .standard))
    }

    @Test("a dialog answers by the key map: with yes moved to y, j only rings the bell")
    func remappedYes() {
        var state = Self.state(config: "[keys]\nanswer-yes = \"y\"")
        state.press(.character("j"), .character("d"))
        #expect(state.mode == .confirming(.deletePoint(section: 0, id: state.pointID(section: 0, entry: 2))))
        #expect(state.press(.character("j")) == [.bell], "j is no longer yes")
        #expect(state.workshop == Fixtures.workshop)
        state.press(.character("y"))
        #expect(state.mode == .browsing)
        #expect(state.workshop != Fixtures.workshop, "y deleted the point")
    }

    @Test("the standard answers: j, y and Enter say yes; n, q and Esc say no")
    func standardAnswers() {
        for yes in [Key.character("j"), .character("y"), .enter] {
            var state = Fixtures.state()
            state.press(.character("j"), .character("d"), yes)
            #expect(state.workshop != Fixtures.workshop, "\(yes.name) deletes")
        }
        for no in [Key.character("n"), .character("q"), .escape] {
            var state = Fixtures.state()
            state.press(.character("j"), .character("d"), no)
            #expect(state.mode == .browsing && state.workshop == Fixtures.workshop, "\(no.name) keeps")
        }
    }

    @Test("help scrolls by its own keys; any other key closes it")
    func help() {
        var state = Self.state(config: "[keys]\nhelp-down = \"n\"")
        state.press(.character("?"))
        state.press(.character("n"), .character("n"))
        #expect(state.mode == .help(offset: 2))
        state.press(.character("j"))
        #expect(state.mode == .browsing, "j is not a help key any more, so it closes")
    }

    @Test("time-up is dismissed by the keys of its scope")
    func timeUp() {
        var state = Self.state(config: "[keys]\ndismiss-time-up = \"x\"")
        _ = state.handle(.clock(ClockReading(milliseconds: 0)))
        state.press(.character("T"))
        state.type("1s")
        state.press(.enter)
        _ = state.handle(.clock(ClockReading(milliseconds: 5_000)))
        #expect(state.isTimeUp)
        state.press(.escape)
        #expect(state.isTimeUp, "Esc is not bound to it any more")
        state.press(.character("x"))
        #expect(!state.isTimeUp)
    }

    @Test("every scope has a config name for each of its actions, and none is shared")
    func configNames() {
        let names = KeyMap.standard.configNames
        #expect(Set(names).count == names.count)
        for name in ["answer-yes", "answer-no", "answer-cancel", "answer-load-theirs", "answer-keep-mine", "help-page-down", "dismiss-time-up"] {
            #expect(names.contains(name), "\(name)")
        }
    }
}
