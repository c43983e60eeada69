/// What the app is doing right now; each mode carries its own data.
public enum Mode: Equatable, Sendable {
    /// Moving around, ticking, starting edits.
    case browsing
    /// Typing into a point, a card, a question's notes, or the save-as prompt.
    case editing(TextEdit)
    /// A card is picked up (by `m` or a mouse press) and follows the arrows or the pointer.
    case moving(CardMove)
    /// A question that needs a yes or no before something is lost.
    case confirming(Confirmation)
    /// The key list, scrolled by `offset` lines.
    case help(offset: Int)
}

/// An edit in progress. The model is updated as each key is typed, so autosave keeps the
/// draft; `before` is the state the whole edit undoes to, in one step.
public struct TextEdit: Equatable, Sendable {
    /// What is being edited.
    public var target: EditTarget
    /// The text and cursor.
    public var buffer: TextBuffer
    /// The workshop as it was when the edit began.
    public var before: Workshop
    /// A new, still empty item is removed again if the edit ends with nothing typed.
    public var isNewItem: Bool
    /// Enter goes on to the next field (a new action item's who and due, the meeting's
    /// details one after the other); Esc stops.
    public var continuesToNextField = false
    /// What was typed before Tab completed a name, so further Tabs cycle through the matches.
    public var completionPrefix: String?
    /// The text is a suggestion (today's date, the section's time): typing replaces it, as
    /// with selected text; Enter takes it, a cursor key keeps it for editing.
    public var replacesOnType = false
}

/// The field a text edit writes to.
///
/// Items are named by their ids, not their places: an item that arrives or leaves elsewhere
/// while the edit is open (another thread's card) cannot move the edit to a neighbour.
public enum EditTarget: Equatable, Sendable {
    case point(section: Int, id: ItemID)
    case notes(section: Int, question: ItemID)
    case card(section: Int, id: ItemID)
    /// The path for "save as", typed after a failed save or by choice.
    case saveAsPath
    /// The number of the section to go to.
    case sectionNumber
    /// An action item's field; the due date is stored only when it is a date.
    case action(section: Int, item: ItemID, field: ActionField)
    /// The meeting's date, place or participants.
    case meetingDetail(MeetingField)
    /// The timer's duration, typed.
    case timerDuration
    /// Dots per participant on a board.
    case dotsPerParticipant(section: Int)

    /// Prompts are applied when Enter finishes them, not key by key; Esc drops them.
    public var isPrompt: Bool {
        switch self {
        case .saveAsPath, .sectionNumber, .meetingDetail, .timerDuration, .dotsPerParticipant: true
        case .point, .notes, .card, .action: false
        }
    }

    /// Fields whose text goes into the workshop key by key, so autosave keeps the draft. A due
    /// date is stored only when finished, because only a whole date can be checked.
    public var writesWhileTyping: Bool {
        switch self {
        case .point, .notes, .card: true
        case .action(_, _, let field): field != .due
        case .saveAsPath, .sectionNumber, .meetingDetail, .timerDuration, .dotsPerParticipant: false
        }
    }
}

/// A detail of the meeting, asked for in this order.
public enum MeetingField: Int, CaseIterable, Sendable {
    case date, place, participants
}

/// A picked-up card: which it is, where it would land, and the pointer when dragged.
public struct CardMove: Equatable, Sendable {
    /// The section holding the board.
    public var section: Int
    /// The card being moved, wherever it now is (a card arriving from elsewhere may shift
    /// its place while it is held).
    public var card: ItemID
    /// Where it lands if dropped now: before the card at this position.
    public var drop: CardPosition
    /// Picked up with the mouse (a press on the card), not with a key.
    public var byMouse: Bool
    /// Whether the pointer has left the cell it pressed, which tells a drag from a click. The
    /// run loop, which knows the cells, says so with each report (`movedSincePress`), so the
    /// core needs no coordinates to know it.
    public var hasDragged: Bool

    /// Where the card is on `board` while it is held: the place it returns to when the move
    /// is called off.
    public func origin(on board: Board) -> CardPosition? {
        board.position(of: card)
    }
}

/// Something that asks first.
public enum Confirmation: Equatable, Sendable {
    case deletePoint(section: Int, id: ItemID)
    case deleteCard(section: Int, id: ItemID)
    case clearNotes(section: Int, question: ItemID)
    case deleteAction(section: Int, id: ItemID)
    /// Quit although the last save failed.
    case quitUnsaved
    /// The file changed on disk: load theirs or keep ours (the other is kept as a copy).
    case outsideChange
    /// The file was deleted or moved away: make it again where it was, or save elsewhere.
    case fileMissing
    /// Save-as names a file that exists: replace it?
    case replaceFile(path: String)
}
