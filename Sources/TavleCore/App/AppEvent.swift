/// A fact the run loop reports to the core.
public enum AppEvent: Equatable, Sendable {
    /// A key was pressed.
    case keyPressed(Key)
    /// The mouse did something over a target.
    case mouse(MouseEvent)
    /// The terminal changed size; rendering adapts, the core only drops stale drag state.
    case resized(width: Int, height: Int)
    /// A save finished: the path written, or why it failed.
    case saved(Result<String, SaveFailure>)
}

/// Why a save failed, in words for the facilitator.
public struct SaveFailure: Error, Equatable, Sendable {
    /// The path that could not be written.
    public var path: String
    /// The system's reason, e.g. "Permission denied".
    public var reason: String

    /// Creates a failure.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

/// Work the core asks the run loop to do; plain data, so tests can assert on it.
public enum AppEffect: Equatable, Sendable {
    /// Write the workshop to its file.
    case save(Workshop)
    /// Write the workshop to a new path and keep working there.
    case saveAs(path: String, Workshop)
    /// Restore the terminal and exit.
    case quit
    /// Ring the terminal bell: the key did nothing.
    case bell
    /// Hand the terminal back to the shell (Ctrl-Z); `fg` continues.
    case suspend

    /// Whether the effect writes the workshop.
    public var writes: Bool {
        switch self {
        case .save, .saveAs: true
        case .quit, .bell, .suspend: false
        }
    }
}

/// Whether the file on disk holds what the facilitator sees.
public enum SaveStatus: Equatable, Sendable {
    /// Everything is on disk.
    case saved
    /// A save was asked for and has not been confirmed yet.
    case saving
    /// The last save failed; the edits are kept in memory.
    case failed(SaveFailure)
}

/// A short message in the status line, shown until the next key.
public enum Notice: Equatable, Sendable {
    case undone, redone, nothingToUndo, nothingToRedo
    case saveFailed(SaveFailure)
    case savedAs(String)
    case overLimit(column: String, limit: Int)
    case emptyTextDiscarded
    /// The workshop is open read-only; the reason says who holds it.
    case readOnly(String)
}
