extension AppState {
    /// Types into the field being edited; the model follows each key so autosave keeps the draft.
    mutating func handleEditing(_ key: Key, _ edit: TextEdit) -> [AppEffect] {
        var edit = edit
        let revision = edit.buffer.revision
        if key == .escape, edit.target.isPrompt {
            mode = .browsing  // Esc answers a prompt with "never mind"
            return []
        }
        let command = keyMap.editCommand(for: key)
        if command != .complete { edit.completionPrefix = nil }
        if case .character(let character) = key {
            if edit.replacesOnType { edit.buffer.replaceText(with: "") }
            edit.replacesOnType = false
            edit.buffer.insert(String(character))
        } else if let command {
            if command == .finish || (command == .newline && !edit.buffer.isMultiline) {
                return finishEditing(edit, goOn: command == .newline)
            }
            edit.replacesOnType = false
            let changed = command == .complete ? completeName(&edit) : edit.buffer.apply(command)
            guard changed else {
                mode = .editing(edit)  // a cursor key at the end still accepts the suggestion
                return [.bell]
            }
        } else {
            return [.bell]
        }
        let textChanged = edit.buffer.revision != revision
        mode = .editing(edit)
        guard textChanged, edit.target.writesWhileTyping else { return [] }
        write(edit.buffer.text, to: edit.target)
        return save()
    }

    /// Ends an edit: one undo step for the whole edit, or nothing if it changed nothing.
    /// `goOn` (Enter) moves to the next field where the edit continues into one. A choice that
    /// waited for the edit to end (the file changed outside) is asked now.
    mutating func finishEditing(_ edit: TextEdit, goOn: Bool = false) -> [AppEffect] {
        let effects = endEdit(edit, goOn: goOn)
        if mode == .browsing, case .failed(let failure) = saveStatus, failure.needsDecision {
            askDecision(failure)
        }
        return effects
    }

    private mutating func endEdit(_ edit: TextEdit, goOn: Bool) -> [AppEffect] {
        mode = .browsing
        switch edit.target {
        case .sectionNumber:
            guard let number = Int(edit.buffer.text.trimmingWhitespace) else { return [.bell] }
            return goToSection(number - 1)
        case .saveAsPath:
            let path = String(edit.buffer.text.trimmingWhitespace)
            guard !path.isEmpty else { return [] }
            saveStatus = .saving
            return [.saveAs(path: path, workshop)]
        case .timerDuration:
            let typed = String(edit.buffer.text.trimmingWhitespace)
            guard let milliseconds = Timebox.parseDuration(typed) else {
                notice = .invalidDuration(typed)
                beginEdit(edit.target, text: typed, isNew: false, suggested: true)  // stays open to fix
                return [.bell]
            }
            start(milliseconds: milliseconds)
            return []
        case .dotsPerParticipant(let section):
            let typed = String(edit.buffer.text.trimmingWhitespace)
            guard let dots = Int(typed), (0...WorkshopFormat.maximumDots).contains(dots) else {
                notice = .invalidDots(typed)
                beginEdit(edit.target, text: typed, isNew: false, suggested: true)  // stays open to fix
                return [.bell]
            }
            return commit { $0.sections[section].body.modifyBoard { $0.dotsPerParticipant = dots == 0 ? nil : dots } }
        case .meetingDetail(let field):
            return finishMeetingDetail(field, edit, goOn: goOn)
        case .action(let section, let item, .due):
            return finishDueDate(section: section, item: item, edit)
        case .point, .notes, .card, .action:
            break
        }
        if edit.isNewItem, edit.buffer.text.trimmingWhitespace.isEmpty {
            let changed = workshop != edit.before
            workshop = edit.before
            notice = .emptyTextDiscarded
            clampCursors()
            return changed ? save() : []
        }
        // A new action item goes on from what to who to due, all one undo step.
        if goOn, edit.continuesToNextField, case .action(let section, let item, let field) = edit.target,
           let next = ActionField(rawValue: field.rawValue + 1),
           case .actions(let items) = workshop.sections[section].body, let index = items.index(withID: item) {
            cursors[section].column = next.rawValue
            beginEdit(.action(section: section, item: item, field: next), text: items[index].text(of: next),
                      isNew: false, before: edit.before, continues: true)
            return []
        }
        guard workshop != edit.before else { return [] }
        history.record(History.Snapshot(workshop: edit.before, section: sectionIndex, cursors: cursors))
        return []
    }

    /// Puts the field's text into the workshop as it is typed, so autosave keeps the draft.
    /// The item is found by its id wherever it now is; one that is gone takes nothing.
    mutating func write(_ text: String, to target: EditTarget) {
        switch target {
        case .point(let section, let id):
            workshop.sections[section].body.modifyChecklist { checklist in
                if let entry = checklist.entryIndex(of: id), case .point(var point) = checklist.entries[entry] {
                    point.text = text
                    checklist.entries[entry] = .point(point)
                }
            }
        case .notes(let section, let question):
            workshop.sections[section].body.modifyQuestions { questions in
                if let index = questions.index(withID: question) { questions[index].notes = text }
            }
        case .card(let section, let id):
            workshop.sections[section].body.modifyBoard { board in
                if let position = board.position(of: id) { board.columns[position.column].cards[position.index].text = text }
            }
        case .action(let section, let item, .what):
            workshop.sections[section].body.modifyActions { items in
                if let index = items.index(withID: item) { items[index].what = text }
            }
        case .action(let section, let item, .who):
            workshop.sections[section].body.modifyActions { items in
                if let index = items.index(withID: item) { items[index].who = text }
            }
        case .action(_, _, .due), .saveAsPath, .sectionNumber, .meetingDetail, .timerDuration, .dotsPerParticipant:
            break
        }
    }
}
