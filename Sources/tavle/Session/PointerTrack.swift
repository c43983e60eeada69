import TavleCore
import TavleScreen

/// Where the mouse is and where its button went down: screen geometry the run loop and
/// `tavle replay` keep beside the state, since the core keeps none. It tells a click from a
/// drag, and where to draw a card being dragged.
struct PointerTrack {
    /// The pointer while a card is dragged with the mouse, for the drawing; nil otherwise.
    private(set) var pointer: Point?
    private var pressedAt: Point?

    /// The event for a mouse report, hit-tested on the frame on screen, and notes the pointer.
    mutating func event(_ action: MouseEvent.Action, at point: Point, on frame: Frame) -> AppEvent {
        let moved = pressedAt.map { $0 != point } ?? false
        pointer = point
        switch action {
        case .press: pressedAt = point
        case .release: pressedAt = nil
        case .drag, .scrollUp, .scrollDown: break
        }
        return .mouse(MouseEvent(action: action, target: frame.target(at: point), movedSincePress: moved))
    }

    /// Keeps the pointer only while a card is dragged with the mouse.
    mutating func settle(after state: AppState) {
        if case .moving(let move) = state.mode, move.byMouse { return }
        pointer = nil
    }

    /// Forgets the pointer (the screen changed size under it).
    mutating func forget() {
        pointer = nil
        pressedAt = nil
    }
}
