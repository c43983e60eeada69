/// Undo and redo without limit within a run: snapshots of the workshop and where focus was.
///
/// Snapshots are cheap because `Workshop` is a tree of copy-on-write arrays: an edit copies
/// only the path to what changed, and everything else is shared between snapshots.
public struct History: Equatable, Sendable {
    /// A state to go back to: the workshop and the focus that shows what changed.
    public struct Snapshot: Equatable, Sendable {
        public var workshop: Workshop
        public var section: Int
        public var cursors: [Cursor]
    }

    private(set) var undoStack: [Snapshot] = []
    private(set) var redoStack: [Snapshot] = []

    /// Creates an empty history.
    public init() {}

    /// Whether there is anything to undo.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// Whether there is anything to redo.
    public var canRedo: Bool { !redoStack.isEmpty }
    /// How many steps can be undone.
    public var undoCount: Int { undoStack.count }

    /// Records the state before an edit; a new edit makes the redo steps unreachable.
    mutating func record(_ before: Snapshot) {
        undoStack.append(before)
        redoStack.removeAll()
    }

    /// Steps back, given the present state; returns the state to show.
    mutating func undo(from present: Snapshot) -> Snapshot? {
        guard let previous = undoStack.popLast() else { return nil }
        redoStack.append(present)
        return previous
    }

    /// Steps forward again, given the present state.
    mutating func redo(from present: Snapshot) -> Snapshot? {
        guard let next = redoStack.popLast() else { return nil }
        undoStack.append(present)
        return next
    }
}

/// Where focus is inside one section: a row (point, question or card) and, on a board, a column.
public struct Cursor: Equatable, Sendable {
    /// Board column; 0 elsewhere.
    public var column: Int
    /// Checklist entry index, question index, or card index in the column.
    public var row: Int

    /// Creates a cursor.
    public init(column: Int = 0, row: Int = 0) {
        self.column = column
        self.row = row
    }

    /// The cursor after a movement command over rows, and over columns where `acrossColumns`
    /// (a board, an action item's fields); `.last` goes to `lastRow`. Nil for a command that is
    /// no movement here. The state machine keeps the result inside the section.
    func moved(by command: Command, lastRow: Int, acrossColumns: Bool) -> Cursor? {
        var cursor = self
        switch command {
        case .left where acrossColumns: cursor.column -= 1
        case .right where acrossColumns: cursor.column += 1
        case .up: cursor.row -= 1
        case .down: cursor.row += 1
        case .first: cursor.row = 0
        case .last: cursor.row = lastRow
        default: return nil
        }
        return cursor
    }
}
