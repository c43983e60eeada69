extension AppState {
    /// Pasted text is text, never keys: it goes into the field being typed, as a whole, and
    /// nowhere else (a line of a pasted e-mail must not delete a card).
    ///
    /// Notes keep the line breaks. In a card or a checklist point, the first line goes into
    /// the field and each further line becomes a card (or point) of its own after it, since a
    /// pasted list is a list of partners or points; the edit goes on in the last one, and the
    /// whole paste is part of the edit's one undo step. Everywhere else (prompts, action
    /// items) line breaks become spaces.
    mutating func paste(_ pasted: String) -> [AppEffect] {
        if notice?.staysUntilResolved != true { notice = nil }
        guard case .editing(var edit) = mode else {
            notice = .pasteIgnored
            return []
        }
        let text = Self.pastable(pasted)
        guard !text.isEmpty else { return [] }
        if edit.replacesOnType { edit.buffer.replaceText(with: "") }
        edit.replacesOnType = false
        edit.completionPrefix = nil
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.count > 1, lines.last?.trimmingWhitespace.isEmpty == true { lines.removeLast() }
        switch edit.target {
        case .card(let section, let id) where lines.count > 1:
            guard case .board(let board) = workshop.sections[section].body, let position = board.position(of: id) else { break }
            edit.buffer.insert(lines[0])
            write(edit.buffer.text, to: edit.target)
            let more = lines.dropFirst().filter { !$0.trimmingWhitespace.isEmpty }.map { Card(text: $0) }
            workshop.sections[section].body.modifyBoard { board in
                board.columns[position.column].cards.replaceSubrange((position.index + 1)..<(position.index + 1), with: more)
            }
            let last = CardPosition(column: position.column, index: position.index + more.count)
            cursors[section] = Cursor(column: last.column, row: last.index)
            edit = TextEdit(target: .card(section: section, id: more.last?.id ?? id), buffer: TextBuffer(more.last?.text ?? edit.buffer.text, multiline: false),
                            before: edit.before, isNewItem: false)
        case .point(let section, let id) where lines.count > 1:
            guard case .checklist(let checklist) = workshop.sections[section].body, let entry = checklist.entryIndex(of: id),
                  case .point(let point) = checklist.entries[entry] else { break }
            edit.buffer.insert(lines[0])
            write(edit.buffer.text, to: edit.target)
            let more = lines.dropFirst().filter { !$0.trimmingWhitespace.isEmpty }.map { ChecklistPoint(text: $0, isSubpoint: point.isSubpoint) }
            workshop.sections[section].body.modifyChecklist { checklist in
                checklist.entries.replaceSubrange((entry + 1)..<(entry + 1), with: more.map { .point($0) })
            }
            cursors[section].row = entry + more.count
            edit = TextEdit(target: .point(section: section, id: more.last?.id ?? id), buffer: TextBuffer(more.last?.text ?? edit.buffer.text, multiline: false),
                            before: edit.before, isNewItem: false)
        default:
            edit.buffer.insert(text)
        }
        mode = .editing(edit)
        guard edit.target.writesWhileTyping else { return [] }
        write(edit.buffer.text, to: edit.target)
        return save()
    }

    /// The pasted text as it may be typed: line ends as `\n` (CR LF and CR too), tabs as
    /// spaces, every other control character left out (`VisibleText.isControl`).
    static func pastable(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0D: result.unicodeScalars.append("\n")
            case 0x0A: if !afterCarriageReturn { result.unicodeScalars.append("\n") }
            case 0x09: result.unicodeScalars.append(" ")
            default: if !VisibleText.isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
