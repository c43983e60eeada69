/// What a key means while browsing; the key map binds keys to commands, and the help screen
/// is drawn from the same map, so the two cannot disagree.
public enum Command: Hashable, Sendable {
    case quit, help, undo, redo, saveAs
    /// Stop Tavle and return to the shell, as Ctrl-Z does in any terminal program.
    case suspend
    case nextSection, previousSection
    case goToSection(Int)
    /// Ask for a section number, for guides with more sections than digit keys.
    case askSectionNumber
    case up, down, left, right, first, last
    /// Tick or untick the focused point.
    case toggle
    /// Edit the focused point's text, question's notes or card.
    case edit
    /// Add a point after the focused one, or a card to the focused column.
    case add
    /// Delete the focused point or card, or clear a question's notes (asks first).
    case delete
    case moveCardLeft, moveCardRight, moveCardUp, moveCardDown
    /// Pick up the focused card to place it with the arrows.
    case grabCard
    /// Switch between the working view and the projector view of the section.
    case togglePresentation
    /// Switch to the next colour theme.
    case cycleTheme
    /// Start the section's timebox, pause or resume it, or dismiss "time is up".
    case timerStartPause
    /// Type a duration and start the timer with it.
    case timerSet
    case timerAddMinute
    /// Back to the full time, stopped; again, and the timer is gone.
    case timerReset
    /// Give the focused card a dot, or take one back.
    case addDot, removeDot
    /// Sort the focused column, most dots first.
    case sortByVotes
    /// Move the cards with most dots into the ranked column, most first.
    case rankTopVoted
    /// Type how many dots each participant has.
    case setDots
    /// Type the meeting's date, place and participants.
    case editMeetingDetails
    /// Write the minutes as a printable page beside the workshop.
    case export
    /// Open the room to participants' phones, or close it.
    case toggleRoom
    /// Pause submissions from phones, or let them in again.
    case pauseRoom
    /// Show the cards and dots the room sent to this board.
    case revealRoom
}

extension Command {
    /// Whether the command changes the workshop, and so is refused in a read-only workshop.
    public var changesWorkshop: Bool {
        switch self {
        case .undo, .redo, .toggle, .edit, .add, .delete, .moveCardLeft, .moveCardRight,
             .moveCardUp, .moveCardDown, .grabCard, .addDot, .removeDot, .sortByVotes, .rankTopVoted,
             .setDots, .editMeetingDetails, .revealRoom:
            true
        case .quit, .help, .saveAs, .suspend, .nextSection, .previousSection, .goToSection, .askSectionNumber,
             .up, .down, .left, .right, .first, .last, .togglePresentation, .cycleTheme, .timerStartPause,
             .timerSet, .timerAddMinute, .timerReset, .export, .toggleRoom, .pauseRoom:
            false
        }
    }
}

/// Where a binding applies; the help screen groups bindings by scope.
public enum KeyScope: String, CaseIterable, Sendable {
    case everywhere, checklist, questions, board, actions, editing, moving, dialog, help, timeUp

    /// The scope of a section kind's own keys; a new kind must name its scope here.
    public init(_ kind: SectionKind) {
        switch kind {
        case .checklist: self = .checklist
        case .questions: self = .questions
        case .board: self = .board
        case .actions: self = .actions
        }
    }
}

/// What a key answers while Tavle asks something (`Confirmation`).
public enum DialogCommand: Hashable, Sendable {
    case yes, no
    /// Leaves the question for now (Esc): for a yes/no question the same as no.
    case cancel
    /// After a change from outside: load the file's version, keeping one's own as a copy.
    case loadTheirs
    /// After a change from outside: keep one's own version, the file's saved as a copy.
    case keepMine
    /// The file was deleted or moved: write it again where it was.
    case recreate
    /// The file was deleted or moved, or a name is taken: save under another name.
    case saveElsewhere
}

/// What a key does on the help screen; any other key closes it.
public enum HelpCommand: Hashable, Sendable {
    case down, up, pageDown, pageUp
}

/// What a key does inside the text editor.
public enum EditCommand: Hashable, Sendable {
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteWordBackward, deleteToLineStart
    /// A new line in notes; finishes single-line fields.
    case newline
    case finish
    /// Completes a participant's name in an action item's owner.
    case complete
}

/// What a key does while a card is picked up.
public enum MoveCommand: Hashable, Sendable {
    case left, right, up, down, drop, cancel
}
