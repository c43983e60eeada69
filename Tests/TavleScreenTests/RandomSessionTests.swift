import Foundation
import Testing
@testable import TavleCore
@testable import TavleScreen
import TavleTestSupport

/// Random sessions through the core and the real rendered frames: keys from the key map and
/// typed text, mouse presses, drags and releases on cells of the frame on screen. After every
/// event the invariants hold; at the end, undo leads back to the very first workshop.
/// `TAVLE_LONG_TESTS=1` runs 25,000 events per seed (100,000 in all) instead of 2,000. Every
/// failure names its seed as `TAVLE_TEST_SEED=N`; setting that runs only seed N, to replay it.
@Suite("Random sessions")
struct RandomSessionTests {
    static let stepsPerSeed = ProcessInfo.processInfo.environment["TAVLE_LONG_TESTS"] == "1" ? 25_000 : 2_000

    static let keys: [Key] = {
        var keys = Set(KeyMap.standard.bindings.flatMap(\.keys))
        for character in "aeæøå x1?" { keys.insert(.character(character)) }
        keys.formUnion([.enter, .escape, .backspace, .delete, .wordLeft, .wordRight, .home, .end])
        return keys.sorted { $0.name < $1.name }
    }()

    @Test("invariants hold after every event, and undo returns to the start", arguments: TestSeed.seeds([1, 2, 3, 4]))
    func session(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let start = ScreenFixtures.workshop
        var state = AppState(workshop: start, documentPath: "x.md")
        let (width, height) = (80, 24)
        var pointer: Point?
        var pressedAt: Point?
        for step in 0..<Self.stepsPerSeed {
            var frame = WorkshopView.render(state, width: width, height: height, pointer: pointer)
            let before = state
            let event: AppEvent
            if random.int(below: 5) == 0 {
                let point = Point(x: random.int(below: width), y: random.int(below: height))
                let actions: [MouseEvent.Action] = [.press, .drag, .release, .scrollUp, .scrollDown]
                let action = actions[random.int(below: actions.count)]
                event = .mouse(MouseEvent(action: action, target: frame.target(at: point), movedSincePress: pressedAt.map { $0 != point } ?? false))
                pointer = point
                pressedAt = action == .press ? point : (action == .release ? nil : pressedAt)
            } else {
                var key = Self.keys[random.int(below: Self.keys.count)]
                if key == .character("q") || key == .control("c") { key = .escape }
                event = .keyPressed(key)
            }
            let place = "\(random.replay), step \(step)"
            let effects = state.handle(event)
            if effects.contains(.quit) { Issue.record("quit without a quit key at \(place)") }
            for case .save(let saved) in effects {
                #expect(saved == state.workshop, "the saved workshop is the one in the state, \(place)")
            }
            Self.checkInvariants(state, place: place)
            Self.checkCardsKept(before: before, after: state, event: event, place: place)
            let shown = frame.grid
            frame = WorkshopView.render(state, width: width, height: height, pointer: pointer)
            #expect(frame.grid.lines.count == height, "\(place)")
            // What the terminal backend copies is exactly what changed.
            #expect(frame.grid.applying(frame.grid.changes(from: shown), to: shown) == frame.grid, "\(place)")
        }
        // Leave whatever mode it is in, then undo everything.
        for _ in 0..<3 { _ = state.handle(.keyPressed(.escape)) }
        if case .confirming = state.mode { _ = state.handle(.keyPressed(.character("n"))) }
        #expect(state.mode == .browsing || { if case .help = state.mode { return true } else { return false } }(),
                "left every mode at the end, \(random.replay)")
        if case .help = state.mode { _ = state.handle(.keyPressed(.escape)) }
        while state.history.canUndo { _ = state.handle(.keyPressed(.character("u"))) }
        #expect(state.workshop == start, "undo led back to the start, \(random.replay)")
    }

    /// Cards change only by typing, adding, a confirmed delete, or undo and redo: moving,
    /// dragging, navigating and clicking never lose or duplicate one.
    static func checkCardsKept(before: AppState, after: AppState, event: AppEvent, place: String) {
        func cards(_ state: AppState) -> [String] {
            state.workshop.sections.flatMap { section -> [String] in
                if case .board(let board) = section.body { return board.columns.flatMap { $0.cards.map(\.text) } }
                return []
            }.sorted()
        }
        guard cards(before) != cards(after) else { return }
        var allowed = false
        if case .editing = before.mode { allowed = true }
        if case .confirming = before.mode { allowed = true }
        if case .keyPressed(let key) = event, [.character("u"), .control("z"), .control("r"), .control("y"), .character("a")].contains(key) {
            allowed = true
        }
        if case .keyPressed(let key) = event, key == .enter || key == .character("e"), before.focusedCard == nil {
            allowed = true  // editing an empty column starts a new card there
        }
        #expect(allowed, "cards changed by \(event) at \(place)")
    }

    /// What holds after every event; `place` names the seed and step in every failure.
    static func checkInvariants(_ state: AppState, place: String) {
        #expect(state.workshop.sections.indices.contains(state.sectionIndex), "\(place)")
        #expect(state.cursors.count == state.workshop.sections.count, "a cursor for each section, \(place)")
        var clamped = state
        clamped.clampCursors()
        if case .browsing = state.mode {
            #expect(clamped.cursors == state.cursors, "focus on something that exists, \(place)")
        }
        let text = WorkshopSerializer.serialize(state.workshop)
        do {
            let parsed = try WorkshopParser.parse(text)
            #expect(parsed == state.workshop, "round trip at \(place)")
        } catch {
            Issue.record("the saved text does not parse at \(place): \(error)")
        }
        if case .moving(let move) = state.mode, case .board(let board) = state.workshop.sections[move.section].body {
            #expect(move.origin(on: board) != nil, "the picked-up card exists, \(place)")
        }
    }
}
