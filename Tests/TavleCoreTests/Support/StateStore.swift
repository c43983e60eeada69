import Testing
@testable import TavleCore

/// Sends events to an `AppState` and checks the whole state after each, as The Composable
/// Architecture's TestStore does: the test states every change it expects in `expecting`, and
/// any other change (a notice left behind, a history entry, a moved cursor) fails the test,
/// named by the field that differs. The effects are checked whole too.
struct StateStore {
    private(set) var state: AppState

    /// A store starting from `state`.
    init(_ state: AppState) {
        self.state = state
    }

    /// Sends `event`; the state must become what `expecting` makes of the previous one, and the
    /// effects must be `effects`.
    mutating func send(_ event: AppEvent, effects: [AppEffect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                       expecting change: (inout AppState) -> Void = { _ in }) {
        send(event, effects: effects, sourceLocation: sourceLocation) { expected, _ in change(&expected) }
    }

    /// Sends `event` where part of the new state cannot be known beforehand (a new item's id):
    /// `change` also sees the actual new state, to take that part from it and check it apart.
    mutating func send(_ event: AppEvent, effects: [AppEffect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                       expecting change: (inout AppState, AppState) -> Void) {
        var expected = state
        let actualEffects = state.handle(event)
        change(&expected, state)
        #expect(actualEffects == effects, "effects of \(event)", sourceLocation: sourceLocation)
        guard state != expected else { return }
        let differences = Self.differences(expected, state)
        Issue.record("after \(event) the state differs from the expected one in: \(differences.joined(separator: "; "))",
                     sourceLocation: sourceLocation)
        state = expected  // go on from what the test said, so one slip is reported once
    }

    /// Sends a key.
    mutating func press(_ key: Key, effects: [AppEffect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                        expecting change: (inout AppState) -> Void = { _ in }) {
        send(.keyPressed(key), effects: effects, sourceLocation: sourceLocation, expecting: change)
    }

    /// Sends a key whose new state is partly known only afterwards.
    mutating func press(_ key: Key, effects: [AppEffect] = [], sourceLocation: SourceLocation = #_sourceLocation,
                        expecting change: (inout AppState, AppState) -> Void) {
        send(.keyPressed(key), effects: effects, sourceLocation: sourceLocation, expecting: change)
    }

    /// The stored fields whose values differ, each with the expected and the actual value.
    static func differences(_ expected: AppState, _ actual: AppState) -> [String] {
        let pairs = zip(Mirror(reflecting: expected).children, Mirror(reflecting: actual).children)
        return pairs.compactMap { expected, actual in
            let (want, got) = (String(describing: expected.value), String(describing: actual.value))
            return want == got ? nil : "\(expected.label ?? "?"): expected \(want.prefix(300)), got \(got.prefix(300))"
        }
    }
}
