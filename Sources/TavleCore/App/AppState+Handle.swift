extension AppState {
    /// The core: applies one event and returns what the run loop must do.
    public mutating func handle(_ event: AppEvent) -> [AppEffect] {
        switch event {
        case .keyPressed(let key):
            if notice?.staysUntilResolved != true { notice = nil }
            var effects: [AppEffect]
            switch mode {
            case .browsing:
                effects = dismissTimeUp(for: key) ? [] : handleBrowsing(key)
            case .editing(let edit): effects = handleEditing(key, edit)
            case .moving(let move): effects = handleMoving(key, move)
            case .confirming(let confirmation): effects = handleConfirming(key, confirmation)
            case .help(let offset): effects = handleHelp(key, offset: offset)
            }
            return retryingFailedSave(effects)
        case .mouse(let mouse):
            return handleMouse(mouse)
        case .resized:
            return []
        case .saved(.success(let path)):
            if case .saveFailed = notice { notice = nil }
            if path != documentPath {
                // Save-as writes the workshop as it is now, whatever earlier writes reported.
                documentPath = path
                notice = .savedAs(path)
                saveStatus = .saved
            }
            if saveStatus == .saving { saveStatus = .saved }
            return []
        case .saved(.failure(let failure)) where failure.reason == .exists:
            // Save-as named a file that exists: nothing was written; ask first, as vim does.
            if saveStatus == .saving { saveStatus = .saved }
            mode = .confirming(.replaceFile(path: failure.path))
            return []
        case .saved(.failure(let failure)):
            saveStatus = .failed(failure)
            if failure.needsDecision {
                // Keys typed into an edit stay in the edit: the choice waits until it ends.
                if case .editing = mode {
                    notice = .decisionAfterEdit(failure.reason)
                } else {
                    askDecision(failure)
                }
            } else {
                notice = .saveFailed(failure)
            }
            return []
        case .pasted(let text):
            return paste(text)
        case .cardsArrived(let section, let column, let index, let texts):
            return addArrivedCards(section: section, column: column, at: index, texts: texts)
        case .roomOpened(let link):
            return roomOpened(link)
        case .roomFailed(let reason):
            return roomFailed(reason)
        case .roomConnections(let count):
            room.open?.connected = count
            return []
        case .participant(let request):
            return handleParticipant(request)
        case .savesSettled:
            guard isQuitting else { return [] }
            isQuitting = false
            if case .failed = saveStatus { return [.bell] }
            return [.quit]
        case .clock(let reading):
            return tick(reading)
        case .themeChanged(let name):
            notice = .theme(name)
            return []
        case .themeNotRemembered(let name, let failure):
            notice = .themeNotRemembered(name, failure)
            return []
        case .themeFailed(let problem):
            notice = .themeFailed(problem)
            return []
        case .configFailed(let problem):
            notice = .configFailed(problem)
            return []
        case .reloaded(let workshop):
            // Someone else's edit: nothing to undo here, and the view keeps its own place.
            self.workshop = workshop
            history = History()
            clampCursors()
            return []
        case .exported(.success(let path)):
            notice = .exported(path)
            return []
        case .exported(.failure(let failure)):
            notice = .exportFailed(failure)
            return [.bell]
        case .outsideChangeResolved(let theirs, let copy):
            if let theirs {
                // Ours is safe in the copy; undo must not bring it back over theirs.
                workshop = theirs
                history = History()
                clampCursors()
            }
            saveStatus = .saved
            notice = .outsideChangeSettled(loadedTheirs: theirs != nil, copy: copy)
            return []
        }
    }

    /// While the last save failed, every key tries again: a folder that is back, a disk with
    /// room again, and the edits kept in memory reach the file without the facilitator asking.
    private mutating func retryingFailedSave(_ effects: [AppEffect]) -> [AppEffect] {
        guard case .failed(let failure) = saveStatus, !failure.needsDecision,
              !effects.contains(where: \.writes), !effects.contains(.quit) else { return effects }
        // Typing a path or a number into a prompt is not the moment to write again.
        if case .editing(let edit) = mode, edit.target.isPrompt { return effects }
        return effects + save()
    }

    /// Applies an edit to the workshop as one undo step and asks for a save.
    mutating func commit(_ change: (inout Workshop) -> Void) -> [AppEffect] {
        let before = snapshot
        change(&workshop)
        guard workshop != before.workshop else { return [.bell] }
        history.record(before)
        clampCursors()
        return save()
    }

    /// Asks the run loop to write the workshop as it now is. While the file waits for the
    /// facilitator's choice (changed or removed outside), nothing is written: the change is
    /// kept in memory, and outside an edit the choice is asked again.
    mutating func save() -> [AppEffect] {
        if case .failed(let failure) = saveStatus, failure.needsDecision {
            // Asked only from browsing: an edit, a held card or another question goes on, and
            // the question comes when the facilitator is back (a card arriving from a phone
            // must not call off a move).
            if case .browsing = mode { askDecision(failure) }
            return []
        }
        saveStatus = .saving
        return [.save(workshop)]
    }

    /// Opens the question a change outside Tavle needs answered.
    mutating func askDecision(_ failure: SaveFailure) {
        notice = nil
        mode = .confirming(failure.reason == .missing ? .fileMissing : .outsideChange)
    }

    private mutating func handleConfirming(_ key: Key, _ confirmation: Confirmation) -> [AppEffect] {
        let answer = keyMap.dialogCommand(for: key)
        if confirmation == .fileMissing {
            switch answer {
            case .recreate?:
                mode = .browsing
                saveStatus = .saving
                return [.recreate(workshop)]
            case .saveElsewhere?:
                beginEdit(.saveAsPath, text: documentPath, isNew: false)
                return []
            case .cancel?:
                mode = .browsing
                return []
            default:
                return [.bell]
            }
        }
        if case .replaceFile(let path) = confirmation {
            switch answer {
            case .yes?:
                mode = .browsing
                saveStatus = .saving
                return [.saveAs(path: path, workshop, replacing: true)]
            case .no?, .cancel?, .saveElsewhere?:
                beginEdit(.saveAsPath, text: path, isNew: false)  // another name, then
                return []
            default:
                return [.bell]
            }
        }
        if confirmation == .outsideChange {
            switch answer {
            case .loadTheirs?:
                mode = .browsing
                return [.resolveOutsideChange(keepMine: false, workshop)]
            case .keepMine?:
                mode = .browsing
                return [.resolveOutsideChange(keepMine: true, workshop)]
            case .cancel?:
                mode = .browsing
                return []
            default:
                return [.bell]
            }
        }
        switch answer {
        case .yes?:
            mode = .browsing
            switch confirmation {
            case .quitUnsaved:
                return [.quit]
            case .outsideChange, .fileMissing, .replaceFile:
                return []
            case .deletePoint(let section, let id):
                return commit { workshop in
                    workshop.sections[section].body.modifyChecklist { checklist in
                        if let entry = checklist.entryIndex(of: id) { checklist.entries.removeSubrange(checklist.pointRange(at: entry)) }
                    }
                }
            case .deleteCard(let section, let id):
                return commit { workshop in
                    workshop.sections[section].body.modifyBoard { board in
                        if let position = board.position(of: id) { board.columns[position.column].cards.remove(at: position.index) }
                    }
                }
            case .clearNotes(let section, let question):
                return commit { workshop in
                    workshop.sections[section].body.modifyQuestions { questions in
                        if let index = questions.index(withID: question) { questions[index].notes = "" }
                    }
                }
            case .deleteAction(let section, let id):
                return commit { workshop in
                    workshop.sections[section].body.modifyActions { items in
                        if let index = items.index(withID: id) { items.remove(at: index) }
                    }
                }
            }
        case .no?, .cancel?:
            mode = .browsing
            return []
        default:
            return [.bell]
        }
    }

    private mutating func handleHelp(_ key: Key, offset: Int) -> [AppEffect] {
        switch keyMap.helpCommand(for: key) {
        case .down?: mode = .help(offset: offset + 1)
        case .up?: mode = .help(offset: max(0, offset - 1))
        case .pageDown?: mode = .help(offset: offset + 10)
        case .pageUp?: mode = .help(offset: max(0, offset - 10))
        case nil: mode = .browsing
        }
        return []
    }
}

extension SectionBody {
    /// Runs `change` on the checklist if this body is one.
    mutating func modifyChecklist(_ change: (inout Checklist) -> Void) {
        if case .checklist(var checklist) = self {
            change(&checklist)
            self = .checklist(checklist)
        }
    }

    /// Runs `change` on the questions if this body holds them.
    mutating func modifyQuestions(_ change: (inout [Question]) -> Void) {
        if case .questions(var questions) = self {
            change(&questions)
            self = .questions(questions)
        }
    }

    /// Runs `change` on the action items if this body holds them.
    mutating func modifyActions(_ change: (inout [ActionItem]) -> Void) {
        if case .actions(var items) = self {
            change(&items)
            self = .actions(items)
        }
    }

    /// Runs `change` on the board if this body is one.
    mutating func modifyBoard(_ change: (inout Board) -> Void) {
        if case .board(var board) = self {
            change(&board)
            self = .board(board)
        }
    }
}
