extension AppState {
    /// Types into the field being edited; the model follows each key so autosave keeps the draft.
    mutating func handleEditing(_ key: Key, _ edit: TextEdit) -> [AppEffect] {
        var edit = edit
        if key == .escape, edit.target.isPrompt {
            mode = .browsing  // Esc answers a prompt with "never mind"
            return []
        }
        if case .character(let character) = key {
            edit.buffer.insert(String(character))
        } else if let command = keyMap.editCommand(for: key) {
            if command == .finish || (command == .newline && !edit.buffer.isMultiline) {
                return finishEditing(edit)
            }
            guard edit.buffer.apply(command) else { return [.bell] }
        } else {
            return [.bell]
        }
        let textChanged = edit.buffer.text != text(of: edit.target)
        mode = .editing(edit)
        guard textChanged, !edit.target.isPrompt else { return [] }
        write(edit.buffer.text, to: edit.target)
        return save()
    }

    /// Ends an edit: one undo step for the whole edit, or nothing if it changed nothing.
    mutating func finishEditing(_ edit: TextEdit) -> [AppEffect] {
        mode = .browsing
        if edit.target == .sectionNumber {
            guard let number = Int(edit.buffer.text.trimmingWhitespace) else { return [.bell] }
            return goToSection(number - 1)
        }
        if edit.target == .saveAsPath {
            let path = String(edit.buffer.text.trimmingWhitespace)
            guard !path.isEmpty else { return [] }
            saveStatus = .saving
            return [.saveAs(path: path, workshop)]
        }
        if edit.isNewItem, edit.buffer.text.trimmingWhitespace.isEmpty {
            let changed = workshop != edit.before
            workshop = edit.before
            notice = .emptyTextDiscarded
            clampCursors()
            return changed ? save() : []
        }
        guard workshop != edit.before else { return [] }
        history.record(History.Snapshot(workshop: edit.before, section: sectionIndex, cursors: cursors))
        return []
    }

    private func text(of target: EditTarget) -> String? {
        switch target {
        case .point(let section, let entry):
            guard case .checklist(let checklist) = workshop.sections[section].body,
                  case .point(let point) = checklist.entries[entry] else { return nil }
            return point.text
        case .notes(let section, let question):
            guard case .questions(let questions) = workshop.sections[section].body else { return nil }
            return questions[question].notes
        case .card(let section, let position):
            guard case .board(let board) = workshop.sections[section].body else { return nil }
            return board.card(at: position)?.text
        case .saveAsPath, .sectionNumber:
            return nil
        }
    }

    private mutating func write(_ text: String, to target: EditTarget) {
        switch target {
        case .point(let section, let entry):
            workshop.sections[section].body.modifyChecklist { checklist in
                if case .point(var point) = checklist.entries[entry] {
                    point.text = text
                    checklist.entries[entry] = .point(point)
                }
            }
        case .notes(let section, let question):
            workshop.sections[section].body.modifyQuestions { $0[question].notes = text }
        case .card(let section, let position):
            workshop.sections[section].body.modifyBoard { $0.columns[position.column].cards[position.index].text = text }
        case .saveAsPath, .sectionNumber:
            break
        }
    }
}
