/// A mouse report, already resolved by the screen layer to what lies under the pointer.
///
/// The core never sees geometry it must interpret: the run loop hit-tests the last frame and
/// hands over the target, keeping layout out of the state machine.
public struct MouseEvent: Equatable, Sendable {
    /// What the mouse did.
    public enum Action: Equatable, Sendable {
        case press, drag, release, scrollUp, scrollDown
    }

    /// What the mouse did.
    public var action: Action
    /// What is drawn under the pointer, if anything the core can act on.
    public var target: Target?
    /// The pointer is on another cell than where the button was pressed: a drag, not a click.
    /// The run loop knows the cells and says so; the core keeps no coordinates.
    public var movedSincePress: Bool

    /// Creates a mouse event.
    public init(action: Action, target: Target?, movedSincePress: Bool = false) {
        self.action = action
        self.target = target
        self.movedSincePress = movedSincePress
    }
}

/// A cell on the screen, column `x` and row `y`, both from 0.
public struct Point: Equatable, Hashable, Sendable {
    public var x: Int
    public var y: Int

    /// Creates a point.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// Something on screen the pointer can act on, named in model terms.
public enum Target: Equatable, Hashable, Sendable {
    /// A section's row in the agenda.
    case section(Int)
    /// A checklist point's text: clicking focuses it.
    case point(section: Int, entry: Int)
    /// A checklist point's box: clicking ticks it.
    case checkbox(section: Int, entry: Int)
    /// A question or its notes.
    case question(section: Int, index: Int)
    /// A card.
    case card(section: Int, position: CardPosition)
    /// A place in a column to drop a card: before the card at `position.index`.
    case slot(section: Int, position: CardPosition)
    /// A card's dots while the board is voted on: clicking gives it a dot.
    case dots(section: Int, position: CardPosition)
    /// An action item's field: clicking focuses it.
    case action(section: Int, item: Int, field: ActionField)
}
