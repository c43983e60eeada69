/// The whole state of a running workshop: the workshop, the mode, focus, history, save state.
///
/// It changes only through `handle(_:)`, which returns the effects for the run loop to carry
/// out. Nothing here touches the terminal or the disk.
public struct AppState: Equatable, Sendable {
    /// The workshop as the facilitator sees it.
    public internal(set) var workshop: Workshop
    /// The file the workshop is saved to, as the facilitator named it.
    public internal(set) var documentPath: String
    /// What the app is doing.
    public internal(set) var mode: Mode = .browsing
    /// The section on screen.
    public internal(set) var sectionIndex: Int = 0
    /// Focus inside each section, kept when moving between sections.
    public internal(set) var cursors: [Cursor]
    /// Undo and redo.
    public internal(set) var history = History()
    /// Whether the file holds what is on screen.
    public internal(set) var saveStatus: SaveStatus = .saved
    /// A message for the status line, cleared by the next key.
    public internal(set) var notice: Notice?
    /// Quit was asked for and waits for the last writes (`settleSaves`, then `savesSettled`).
    public internal(set) var isQuitting = false
    /// Whether the section is shown in the projector view, large, for the room.
    public internal(set) var isPresenting = false
    /// The countdown, if one is set; not part of the workshop, so not undone or saved.
    public internal(set) var timer: Timebox?
    /// The latest clock reading: what the timer and overdue deadlines are measured against.
    public internal(set) var clock = ClockReading(milliseconds: 0)
    /// The keys; also what the help screen shows.
    public let keyMap: KeyMap
    /// Why the workshop may only be looked at (another Tavle holds it), or nil when writable.
    public let readOnlyReason: ReadOnlyReason?
    /// How dates are shown, from the user's config.
    public let dateStyle: Settings.DateStyle
    /// `tavle view`: not even a copy or an export is written. Derived from the reason the
    /// workshop is read-only, so the two cannot disagree.
    public var isLiveView: Bool { readOnlyReason == .liveView }
    /// The language Tavle's own words are shown in; kits keep theirs.
    public internal(set) var language: Language

    /// Opens a workshop with focus on the first item of each section.
    public init(workshop: Workshop, documentPath: String, keyMap: KeyMap = .standard, readOnlyReason: ReadOnlyReason? = nil,
                dateStyle: Settings.DateStyle = .dansk, language: Language = .da) {
        self.language = language
        self.workshop = workshop
        self.documentPath = documentPath
        self.keyMap = keyMap
        self.readOnlyReason = readOnlyReason
        self.dateStyle = dateStyle
        cursors = workshop.sections.map { section in
            if case .checklist(let checklist) = section.body {
                return Cursor(row: checklist.firstPoint ?? 0)
            }
            return Cursor()
        }
    }

    /// Opens at a section and focus remembered from the last time (kept outside the
    /// workshop); whatever no longer exists is brought back inside the workshop.
    public mutating func continueAt(section: Int, cursor: Cursor) {
        guard workshop.sections.indices.contains(section) else { return }
        sectionIndex = section
        cursors[section] = cursor
        clampCursors()
    }

    /// The section on screen, if the workshop has any.
    public var currentSection: Section? {
        workshop.sections.indices.contains(sectionIndex) ? workshop.sections[sectionIndex] : nil
    }

    /// Focus in the section on screen.
    public var cursor: Cursor {
        cursors.indices.contains(sectionIndex) ? cursors[sectionIndex] : Cursor()
    }

    /// Seconds left on the timer as shown, or nil without a timer.
    public var timerSecondsShown: Int? {
        timer?.secondsShown(at: clock.milliseconds)
    }

    /// Whether "time is up" is showing, until the facilitator dismisses it.
    public var isTimeUp: Bool { timer?.hasRung == true }

    /// The focused card's position, when the section is a board and the column has cards.
    public var focusedCard: CardPosition? {
        guard case .board(let board)? = currentSection?.body else { return nil }
        let position = CardPosition(column: cursor.column, index: cursor.row)
        return board.card(at: position) == nil ? nil : position
    }

    var snapshot: History.Snapshot {
        History.Snapshot(workshop: workshop, section: sectionIndex, cursors: cursors)
    }

    /// Puts back a state from the history, focus included.
    mutating func restore(_ snapshot: History.Snapshot) {
        workshop = snapshot.workshop
        sectionIndex = snapshot.section
        cursors = snapshot.cursors
        clampCursors()
    }

    /// Keeps every cursor on something that exists after an edit, undo or redo.
    mutating func clampCursors() {
        // A workshop loaded from the file may have more or fewer sections than before.
        if cursors.count < workshop.sections.count {
            cursors += Array(repeating: Cursor(), count: workshop.sections.count - cursors.count)
        } else if cursors.count > workshop.sections.count {
            cursors.removeLast(cursors.count - workshop.sections.count)
        }
        sectionIndex = min(max(sectionIndex, 0), max(workshop.sections.count - 1, 0))
        for index in workshop.sections.indices {
            var cursor = cursors[index]
            switch workshop.sections[index].body {
            case .checklist(let checklist):
                if !checklist.isPoint(at: cursor.row) {
                    cursor.row = checklist.point(before: cursor.row) ?? checklist.firstPoint ?? 0
                }
                cursor.column = 0
            case .questions(let questions):
                cursor.row = min(max(cursor.row, 0), max(questions.count - 1, 0))
                cursor.column = 0
            case .board(let board):
                cursor.column = min(max(cursor.column, 0), max(board.columns.count - 1, 0))
                let count = board.columns.isEmpty ? 0 : board.columns[cursor.column].cards.count
                cursor.row = min(max(cursor.row, 0), max(count - 1, 0))
            case .actions(let items):
                cursor.row = min(max(cursor.row, 0), max(items.count - 1, 0))
                cursor.column = min(max(cursor.column, 0), ActionField.allCases.count - 1)
            }
            cursors[index] = cursor
        }
    }
}
