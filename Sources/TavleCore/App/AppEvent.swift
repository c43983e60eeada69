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
    /// A change made outside Tavle was settled: `theirs` is the workshop now in the file when
    /// it was loaded (nil when ours was kept); the other version was saved at `copy`.
    case outsideChangeResolved(theirs: Workshop?, copy: String)
    /// The clock moved on: timers count down and overdue deadlines follow the date.
    case clock(ClockReading)
    /// The run loop switched to another theme: its name (`dark`, or a file's); the views word it.
    case themeChanged(String)
    /// The run loop switched theme but could not write down the choice for the next start.
    case themeNotRemembered(String, SaveFailure)
    /// The theme asked for could not be used; the default is shown.
    case themeFailed(FileProblem)
    /// The config file has a problem; the defaults are used for it.
    case configFailed(FileProblem)
    /// An export was written: its path, or why not.
    case exported(Result<String, SaveFailure>)
    /// The followed file changed (`tavle view`): the workshop as it is now in the file.
    case reloaded(Workshop)
    /// Text was pasted (the terminal's bracketed paste): text to type, never keys to act on.
    case pasted(String)
    /// Cards came from another source than the keyboard (the room's phones), to go in at
    /// `index` of a board's column.
    case cardsArrived(section: Int, column: Int, index: Int, texts: [String])
    /// The writes asked for before `settleSaves` are done and their outcome reported.
    case savesSettled
    /// The room's server listens: where phones join.
    case roomOpened(RoomLink)
    /// The room's server could not start, in the system's words.
    case roomFailed(String)
    /// How many phones are connected to the room now.
    case roomConnections(Int)
    /// A participant asked for something from a phone.
    case participant(ParticipantRequest)
}

/// Why a write failed; the catalogue words it.
public struct SaveFailure: Error, Equatable, Sendable {
    /// The path that could not be written.
    public var path: String
    public var reason: Reason

    /// What stopped the write.
    public enum Reason: Equatable, Sendable {
        /// The operating system refused, e.g. the disk is full.
        case system(SystemError)
        /// The file changed on disk since Tavle read or wrote it, so it was not overwritten.
        case changedOutside
        /// A new file was asked for where one exists.
        case exists
        /// An export was aimed at the workshop file itself.
        case isTheWorkshop
        /// The file there could not be read first.
        case unreadable(FormatProblem)
        /// The file was deleted or moved away since Tavle read or wrote it; it is not made
        /// anew without asking.
        case missing
        /// Another Tavle holds the file there (who, when its lock says), so it is not written.
        case heldElsewhere(String?)
    }

    /// Creates a failure.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The file changed on disk since Tavle read or wrote it.
    public var isOutsideChange: Bool { reason == .changedOutside }

    /// The file was changed or removed outside Tavle: saving waits for the facilitator to
    /// choose what happens, so retrying would only fail again.
    public var needsDecision: Bool { reason == .changedOutside || reason == .missing }
}

/// Why a workshop is open read-only.
public enum ReadOnlyReason: Equatable, Sendable {
    /// `tavle view`: following the file as another Tavle saves it.
    case liveView
    /// `--read-only` was given.
    case asked
    /// Another Tavle holds the file's lock; who and since when, when the lock says.
    case heldElsewhere(String?)
    /// The lock could not be taken (a folder Tavle may not write, a lock file of someone who
    /// shares no group, a link planted as the lock): without it Tavle does not write.
    case lockUnavailable(SystemError)
}

/// Work the core asks the run loop to do; plain data, so tests can assert on it.
public enum AppEffect: Equatable, Sendable {
    /// Write the workshop to its file.
    case save(Workshop)
    /// Write the workshop to a new path and keep working there; a file already there is
    /// replaced only when `replacing` (the facilitator said yes).
    case saveAs(path: String, Workshop, replacing: Bool = false)
    /// Write the workshop where its file was before it was deleted or moved away.
    case recreate(Workshop)
    /// Restore the terminal and exit. Final: the core sends it only once nothing is left
    /// unwritten, or the facilitator chose to leave a failed save behind.
    case quit
    /// Wait for the writes asked for so far, report their outcome (`saved`), then report
    /// `savesSettled`: how quitting learns whether the last write reached the disk.
    case settleSaves
    /// Ring the terminal bell: the key did nothing.
    case bell
    /// Hand the terminal back to the shell (Ctrl-Z); `fg` continues.
    case suspend
    /// Settle a change made outside Tavle: keep ours in the file, or load theirs; either way
    /// the other version is saved beside the file as a conflict copy.
    case resolveOutsideChange(keepMine: Bool, Workshop)
    /// Flash the screen, seen by a room that did not hear the bell: time is up.
    case flash
    /// Switch to the next theme and remember it; the run loop knows the themes.
    case cycleTheme
    /// Write the minutes as a printable page beside the workshop; of one meeting (its number)
    /// when the workshop is held in parts.
    case export(Workshop, meeting: Int?)
    /// Start the room's server, which answers with `roomOpened` or `roomFailed`.
    case openRoom
    /// Stop the room's server and close every phone's connection.
    case closeRoom
    /// Answer a participant's request: a refusal at once, a change once it is on disk.
    case reply(RoomReply)

    /// Whether the effect writes the workshop.
    public var writes: Bool {
        switch self {
        case .save, .saveAs, .recreate, .resolveOutsideChange: true
        case .quit, .settleSaves, .bell, .suspend, .flash, .cycleTheme, .export, .openRoom, .closeRoom, .reply: false
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
    case readOnly(ReadOnlyReason)
    /// A change from outside was settled; the other version is in `copy`.
    case outsideChangeSettled(loadedTheirs: Bool, copy: String)
    /// Typed text that is no date; nothing was stored.
    case invalidDate(String)
    /// Typed text that is no duration.
    case invalidDuration(String)
    /// Typed text that is no number of dots.
    case invalidDots(String)
    /// The theme now in use.
    case theme(String)
    /// The theme now in use, which the next start will not know: writing the choice failed.
    case themeNotRemembered(String, SaveFailure)
    /// A theme file that could not be used, and why.
    case themeFailed(FileProblem)
    /// A problem in the config file, and where.
    case configFailed(FileProblem)
    /// The minutes were exported to this path.
    case exported(String)
    /// The export could not be written.
    case exportFailed(SaveFailure)
    /// Every dot has been given.
    case dotsUsedUp(available: Int)
    /// The board is not voted on yet: dots per participant must be set first.
    case votingNotStarted
    /// No card has a dot.
    case noVotes
    /// Cards moved into the ranked column; `tied` names the cards with as many dots as the last
    /// one moved, moved or left out, for the group to settle.
    case movedTopVoted(count: Int, column: String, tied: [String])
    /// The ranked column has no free places.
    case rankedFull(String)
    /// The section has no suggested time: type one.
    case noSuggestedTime
    /// Text was pasted where nothing is being typed; nothing happened.
    case pasteIgnored
    /// The countdown's last minute has begun.
    case oneMinuteLeft
    /// The room is open: where phones join (the projector view shows its QR code).
    case roomOpen(RoomLink)
    /// The room was closed; phones see that it is.
    case roomClosed
    /// Pausing needs an open room.
    case roomNotOpen
    /// The room's server could not start, in the system's words.
    case roomFailed(String)
    /// Nothing from the room waits hidden on this board.
    case nothingToReveal
    /// The room's hidden cards and dots are shown.
    case revealed(cards: Int, dots: Int)
    /// The file changed or went away outside Tavle while the facilitator was typing: the
    /// typing goes on, and the choice is asked when the edit ends.
    case decisionAfterEdit(SaveFailure.Reason)
}

extension Notice {
    /// Notices about the file on disk stay until what they report is settled, rather than
    /// vanishing with the next key.
    public var staysUntilResolved: Bool {
        switch self {
        case .saveFailed, .decisionAfterEdit: true
        default: false
        }
    }
}
