/// The whole state of a running workshop, in three parts: the document (the workshop, its
/// file, focus, history and save state, stored here), the `Room` (what the room sees besides
/// the minutes: the countdown and the projector view) and the `Options` Tavle was started with.
///
/// It changes only through `handle(_:)`, which returns the effects for the run loop to carry
/// out. Nothing here touches the terminal or the disk. What can be derived is not stored
/// (`isLiveView` comes from the read-only reason), so no two fields can disagree.
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
    /// The countdown, the projector view and the clock: not minutes, so not saved or undone.
    public internal(set) var room = Room()
    /// How this Tavle was started: keys, language, dates, and why it may not write.
    public internal(set) var options: Options

    /// What the room sees besides the minutes; it works the same in a read-only workshop.
    public struct Room: Equatable, Sendable {
        /// Whether the section is shown in the projector view, large, for the room.
        public internal(set) var isPresenting = false
        /// The countdown, if one is set.
        public internal(set) var timer: Timebox?
        /// The latest clock reading: what the timer and overdue deadlines are measured against.
        public internal(set) var clock = ClockReading(milliseconds: 0)
        /// The room open to participants' phones, or nil while it is closed.
        public internal(set) var open: OpenRoom?
        /// How many timeboxes each section has started, so `t` offers a section's timed parts
        /// in turn (`minutes=3+27`: the silent round, then the talk).
        public internal(set) var timeboxesStarted: [Int: Int] = [:]
    }

    /// What the person starting Tavle chose, from the command line and the config.
    public struct Options: Equatable, Sendable {
        /// The keys; also what the help screen shows.
        public let keyMap: KeyMap
        /// Why the workshop may only be looked at (another Tavle holds it), or nil when writable.
        public let readOnlyReason: ReadOnlyReason?
        /// How dates are shown.
        public let dateStyle: Settings.DateStyle
        /// The language Tavle's own words are shown in; kits keep theirs.
        public internal(set) var language: Language
    }

    /// Whether the section is shown in the projector view.
    public internal(set) var isPresenting: Bool {
        get { room.isPresenting }
        set { room.isPresenting = newValue }
    }
    /// The countdown, if one is set.
    public internal(set) var timer: Timebox? {
        get { room.timer }
        set { room.timer = newValue }
    }
    /// The latest clock reading.
    public internal(set) var clock: ClockReading {
        get { room.clock }
        set { room.clock = newValue }
    }
    /// The keys in use.
    public var keyMap: KeyMap { options.keyMap }
    /// Why the workshop may only be looked at, or nil when writable.
    public var readOnlyReason: ReadOnlyReason? { options.readOnlyReason }
    /// How dates are shown.
    public var dateStyle: Settings.DateStyle { options.dateStyle }
    /// `tavle view`: not even a copy or an export is written. Derived from the reason the
    /// workshop is read-only, so the two cannot disagree.
    public var isLiveView: Bool { options.readOnlyReason == .liveView }
    /// The language Tavle's own words are shown in.
    public internal(set) var language: Language {
        get { options.language }
        set { options.language = newValue }
    }

    /// Opens a workshop with focus on the first item of each section.
    public init(workshop: Workshop, documentPath: String, keyMap: KeyMap = .standard, readOnlyReason: ReadOnlyReason? = nil,
                dateStyle: Settings.DateStyle = .danish, language: Language = .da) {
        options = Options(keyMap: keyMap, readOnlyReason: readOnlyReason, dateStyle: dateStyle, language: language)
        self.workshop = workshop
        self.documentPath = documentPath
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
