import TavleCore

/// The English catalogue, for colleagues who run Tavle in English; kits keep their language.
public struct EnglishText: UICatalogue {
    /// The catalogue.
    public init() {}

    public func describe(_ command: Command) -> String {
        switch command {
        case .quit: "Quit (everything is saved)"
        case .help: "Show all keys"
        case .undo: "Undo"
        case .redo: "Redo (undo an undo)"
        case .saveAs: "Save as … (another file)"
        case .suspend: "To the shell (fg comes back)"
        case .nextSection: "Next section"
        case .previousSection: "Previous section"
        case .goToSection: "Go to section 1–9"
        case .askSectionNumber: "Go to section number … (type it, Enter)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left (column)"
        case .right: "Right (column)"
        case .first: "To the top"
        case .last: "To the bottom"
        case .toggle: "Tick or untick"
        case .edit: "Write: edit the point, the notes or the card"
        case .add: "Add a point or a card"
        case .delete: "Delete (asks first)"
        case .moveCardLeft: "Move the card to the column on the left"
        case .moveCardRight: "Move the card to the column on the right"
        case .moveCardUp: "Move the card up"
        case .moveCardDown: "Move the card down"
        case .grabCard: "Pick the card up and move it with the arrows"
        case .togglePresentation: "Projector view on and off"
        case .cycleTheme: "Next colour theme (remembered)"
        case .timerStartPause: "Timer: start, pause and resume"
        case .timerSet: "Timer: type a time (3, 2:30, 90s)"
        case .timerAddMinute: "Timer: one more minute"
        case .timerReset: "Timer: from the start (twice: gone)"
        case .addDot: "Give the card a dot"
        case .removeDot: "Take a dot from the card"
        case .sortByVotes: "Sort the column by dots"
        case .rankTopVoted: "Move the cards with most dots to the ranked column"
        case .setDots: "Dots per participant"
        case .editMeetingDetails: "The meeting's date, place and participants"
        case .export: "Export the minutes as a printable page (HTML) beside the file"
        case .toggleRoom: "Open the room to participants' phones, or close it"
        case .pauseRoom: "Pause submissions from phones, or let them in again"
        case .revealRoom: "Show the hidden cards and dots from the phones"
        }
    }

    public func describe(_ command: EditCommand) -> String {
        switch command {
        case .finish: "Done (the text is saved)"
        case .newline: "New line in notes; done in cards and points"
        case .left: "One character left"
        case .right: "One character right"
        case .up: "The line above"
        case .down: "The line below"
        case .wordLeft: "One word left"
        case .wordRight: "One word right"
        case .lineStart: "To the start of the line"
        case .lineEnd: "To the end of the line"
        case .deleteBackward: "Delete the character before"
        case .deleteForward: "Delete the character after"
        case .deleteWordBackward: "Delete the word before"
        case .deleteToLineStart: "Delete to the start of the line"
        case .complete: "Complete a participant's name (owner)"
        }
    }

    public func describe(_ command: MoveCommand) -> String {
        switch command {
        case .left: "The card to the column on the left"
        case .right: "The card to the column on the right"
        case .up: "The card up"
        case .down: "The card down"
        case .drop: "Put the card here"
        case .cancel: "Cancel the move"
        }
    }

    public func title(of scope: KeyScope) -> String {
        switch scope {
        case .everywhere: "Everywhere"
        case .checklist: "Checklist"
        case .questions: "Questions"
        case .board: "Board of cards"
        case .actions: "Action items"
        case .editing: "While typing"
        case .moving: "While a card is picked up"
        case .dialog: "When Tavle asks"
        case .help: "In the help screen"
        case .timeUp: "When time is up"
        }
    }

    public func hint(_ action: KeyMap.Action) -> String {
        switch action {
        case .browse(.toggle): "tick"
        case .browse(.edit): "write"
        case .browse(.add): "add"
        case .browse(.delete): "delete"
        case .browse(.moveCardRight): "move"
        case .browse(.grabCard): "pick up"
        case .browse(.undo): "undo"
        case .browse(.nextSection): "next"
        case .browse(.help): "help"
        case .browse(.quit): "quit"
        case .browse(.addDot): "dot"
        case .browse(.rankTopVoted): "top"
        case .browse(.timerStartPause): "timer"
        case .browse(.togglePresentation): "projector"
        case .edit(.complete): "complete name"
        case .edit(.finish): "done"
        case .edit(.newline): "new line"
        case .move(.drop): "put here"
        case .move(.cancel): "cancel"
        default: describe(action)
        }
    }

    public func text(of notice: Notice) -> String {
        switch notice {
        case .undone: "Undone."
        case .redone: "Redone."
        case .nothingToUndo: "There is nothing to undo."
        case .nothingToRedo: "There is nothing to redo."
        case .saveFailed(let failure): "Could not save \(failure.path): \(describe(failure.reason)). The changes are in memory – press S to save somewhere else."
        case .savedAs(let path): "Saved as \(path)."
        case .overLimit(let column, let limit): "\(column) has room for \(limit). Move a card out so the order holds."
        case .emptyTextDiscarded: "Empty – nothing added."
        case .readOnly(let reason): "Read-only: \(describe(reason)). You can look, not change."
        case .outsideChangeSettled(true, let copy): "The new version from the disk is loaded. Yours is saved in \(copy)."
        case .outsideChangeSettled(false, let copy): "Your version is saved. The version from the disk is saved in \(copy)."
        case .invalidDate(let text): "“\(text)” is not a date that exists. Type e.g. 2026-12-01, 1/12 or 1.12.2026 (day first) – the date is unchanged."
        case .invalidDuration(let text): "“\(text)” is not a time. Type minutes (3), minutes and seconds (2:30) or seconds (90s)."
        case .invalidDots(let text): "“\(text)” is not a number of dots. Type a number from 1 to \(WorkshopFormat.maximumDots), or 0 for no vote."
        case .theme(let name): "Colour theme: \(themeName(name)) (remembered for next time)."
        case .themeNotRemembered(let name, let failure): "Colour theme: \(themeName(name)) – but the choice could not be remembered for next time: \(failure.path): \(describe(failure.reason))."
        case .themeFailed(let problem): "The colour theme could not be used: \(located(problem)) – the default theme is used."
        case .configFailed(let problem): "The settings have a problem: \(located(problem)) – the default is used."
        case .exported(let path): "The minutes are exported to \(path)."
        case .exportFailed(let failure): "Could not export to \(failure.path): \(describe(failure.reason))."
        case .dotsUsedUp(let available): "All \(available) dots are given. Take a dot (V) from another card first."
        case .votingNotStarted: "First set the number of dots per participant (D)."
        case .noVotes: "No card has dots yet."
        case .movedTopVoted(let count, let column, let tied):
            tied.isEmpty
                ? "\(count) cards moved to \(column) by their dots. Undo with u."
                : "\(count) cards moved to \(column). A tie for the last place: \(tied.map { "“\($0)”" }.joined(separator: ", ")) – decide, and move with H/L."
        case .rankedFull(let column): "\(column) is full. Move a card out first."
        case .oneMinuteLeft: "1 minute left."
        case .roomOpen(let link): "The room is open: \(link.shortAddress), code \(link.code). The projector view (p) shows the QR code."
        case .roomClosed: "The room is closed. Phones can no longer send."
        case .roomNotOpen: "The room is not open (w opens it)."
        case .roomFailed(let reason): "The room could not open: \(reason)."
        case .nothingToReveal: "Nothing from the phones waits on this board."
        case .revealed(let cards, let dots): "Shown from the phones: \(cards == 1 ? "1 card" : "\(cards) cards") and \(dots == 1 ? "1 dot" : "\(dots) dots"). Undo with u."
        case .pasteIgnored: "Pasted text is only used while typing: press Enter or a first. Nothing changed."
        case .decisionAfterEdit(.missing): "The file was deleted or moved. Finish typing (Esc) and Tavle asks what to do – nothing is lost."
        case .decisionAfterEdit: "The file was changed outside Tavle. Finish typing (Esc) and Tavle asks which version counts – nothing is lost."
        case .noSuggestedTime: "The section has no suggested time – type one."
        }
    }

    public func text(of status: SaveStatus) -> String {
        switch status {
        case .saved: "✓ Saved"
        case .saving: "… Saving"
        case .failed: "✗ NOT SAVED"
        }
    }

    public func question(_ confirmation: Confirmation, in workshop: Workshop) -> String {
        switch confirmation {
        case .quitUnsaved:
            return "The last change is not saved. Quit anyway?"
        case .deletePoint(let section, let id):
            if case .checklist(let checklist) = workshop.sections[section].body, let entry = checklist.entryIndex(of: id),
               case .point(let point) = checklist.entries[entry] {
                return "Delete the point “\(point.text)”?"
            }
            return "Delete the point?"
        case .deleteCard(let section, let id):
            if case .board(let board) = workshop.sections[section].body, let card = board.position(of: id).flatMap(board.card(at:)) {
                return "Delete the card “\(card.text)”?"
            }
            return "Delete the card?"
        case .clearNotes:
            return "Delete the notes to the question?"
        case .deleteAction(let section, let id):
            if case .actions(let items) = workshop.sections[section].body, let item = items.index(withID: id) {
                return "Delete the action item “\(items[item].what)”?"
            }
            return "Delete the action item?"
        case .outsideChange:
            return "The file was changed outside Tavle, e.g. by a colleague or git pull. Your latest change is not saved yet, and nothing is overwritten."
        case .fileMissing:
            return "The file was deleted or moved since Tavle opened it. Your changes are in memory, and nothing was written."
        case .replaceFile(let path):
            return "\(path) exists already. Replace it with this workshop?"
        }
    }

    public func answers(_ confirmation: Confirmation, keys: KeyNames) -> String {
        func key(_ command: DialogCommand, _ letter: Character? = nil) -> String { keys.name(.dialog(command), preferring: letter) }
        return switch confirmation {
        case .outsideChange:
            "\(key(.loadTheirs, "l")) = load the new one (yours is kept as a copy) · \(key(.keepMine, "k")) = keep yours (the new one is kept as a copy) · \(key(.cancel)) = wait"
        case .fileMissing: "\(key(.recreate, "r")) = recreate the file here · \(key(.saveElsewhere, "s")) = save somewhere else · \(key(.cancel)) = wait"
        case .replaceFile: "\(key(.yes, "y")) = yes, replace · \(key(.no, "n")) = no, choose another name"
        default: "\(key(.yes, "y")) = yes · \(key(.no, "n")) = no (undo can bring it back too)"
        }
    }

    public func describe(_ command: DialogCommand) -> String {
        switch command {
        case .yes: "Yes"
        case .no: "No"
        case .cancel: "Answer later (close the question)"
        case .loadTheirs: "Load the file's new version (yours is kept as a copy)"
        case .keepMine: "Keep your version (the file's is kept as a copy)"
        case .recreate: "Recreate the deleted file"
        case .saveElsewhere: "Save somewhere else"
        }
    }

    public func describe(_ command: HelpCommand) -> String {
        switch command {
        case .down: "Scroll down"
        case .up: "Scroll up"
        case .pageDown: "A page down"
        case .pageUp: "A page up"
        }
    }

    public var dismissTimeUpDescription: String { "Close “Time is up”" }

    /// "a, b or c".
    private func alternatives(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }

    public var readOnly: String { "✎ Read-only" }
    public var helpTitle: String { "Keys" }
    public func helpFooter(keys: KeyNames) -> String {
        "\(keys.name(.help(.up)))\(keys.name(.help(.down))) scroll · any other key closes"
    }
    public var emptyColumn: String { "(empty)" }
    public func meetingNumber(_ number: Int) -> String { "Meeting \(number)" }
    public func continueAtMeeting(_ meeting: String) -> String { "Continue at \(meeting)" }
    public var noNotes: String { "Enter: write the group's answer" }
    public var saveAsPrompt: String { "Save as: " }
    public var timerPrompt: String { "Time (e.g. 3, 2:30 or 90s): " }
    public var dotsPrompt: String { "Dots per participant: " }
    public var timeUp: String { "TIME IS UP" }
    public func roomStatus(_ room: OpenRoom, hiddenCards: Int, hiddenDots: Int) -> String {
        guard room.link != nil else { return "The room is opening …" }
        var parts = ["\(room.connected) joined"]
        if hiddenCards > 0 { parts.append(hiddenCards == 1 ? "1 card hidden" : "\(hiddenCards) cards hidden") }
        if hiddenDots > 0 { parts.append(hiddenDots == 1 ? "1 dot hidden" : "\(hiddenDots) dots hidden") }
        return (room.isPaused ? "Room (paused): " : "Room: ") + parts.joined(separator: " · ")
    }

    public func roomInvitation(_ link: RoomLink) -> [String] {
        ["Scan the code, or go to", link.shortAddress, "and type the code \(link.code)"]
    }

    public func timeUpHint(keys: KeyNames) -> String { "Time is up – \(alternatives(keys.names(.dismissTimeUp))) closes" }
    public var noDue: String { "no deadline" }
    public func noActions(keys: KeyNames) -> String { "No action items yet – \(keys.name(.browse(.add), in: .actions)) adds one" }
    public var actionHeadings: (what: String, who: String, due: String) { (what: "What", who: "Who", due: "When") }

    public func prompt(_ field: MeetingField) -> String {
        switch field {
        case .date: "The meeting's date (e.g. 23/11 or 2026-11-23): "
        case .place: "Place: "
        case .participants: "Participants (comma between): "
        }
    }

    public func themeName(_ name: String) -> String {
        switch name {
        case "dark": "dark"
        case "light": "light"
        case "contrast": "high contrast"
        case "mono": "monochrome"
        default: name
        }
    }

    /// `danish` style in English is `1 Dec 2026`: day first, as in the file's Danish dates.
    public func format(_ date: CalendarDate, style: Settings.DateStyle) -> String {
        guard style == .danish else { return style.format(date) }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    public func dots(used: Int, available: Int) -> String { "● \(used) of \(available) dots" }
    public func hiddenVoters(_ count: Int) -> String { count == 1 ? "1 has voted from a phone (hidden until s)" : "\(count) have voted from phones (hidden until s)" }

    public func participants(_ count: Int) -> String { "\(count) participants" }

    public var sectionPrompt: String { "Go to section: " }
    public var minutes: String { "min" }
    public var startTitle: String { "Tavle – pick a guide or continue a workshop" }
    public var startKits: String { "New workshop from a guide" }
    public var startWorkshops: String { "Workshops in this folder" }
    public var startBroken: String { "Cannot be opened – fix the file and try again (tavle check shows where)" }
    public func startHint(keys: KeyNames) -> String {
        "\(keys.name(.browse(.up)))\(keys.name(.browse(.down))) choose · Enter open · \(keys.name(.browse(.quit))) quit"
    }
    public var tooSmall: String { "Make the window larger" }
    public var section: String { "Section" }

    public func statusLine(_ status: WorkshopStatus) -> String {
        status.line(kit: "kit", points: "points", questions: "questions", ranked: "ranked",
                    open: { $0 == 1 ? "open action item" : "open action items" }, overdue: "overdue")
    }

    public var noOpenActions: String { "No open action items." }

    public func audience(_ value: String?) -> String {
        switch value {
        case "kommune": "Municipality"
        case "forening": "Association"
        case "begge": "Municipality and association"
        default: value ?? ""
        }
    }
}
