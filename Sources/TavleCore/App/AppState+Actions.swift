/// Action items and the meeting's details: fields typed in place, dates checked before they
/// are stored.
extension AppState {
    /// Opens the prompt for one of the meeting's details, filled with what is there.
    mutating func beginMeetingDetail(_ field: MeetingField, continues: Bool) {
        let text: String
        switch field {
        case .date: text = (workshop.meetingDate ?? clock.today)?.description ?? ""
        case .place: text = workshop.place
        case .participants: text = workshop.participants.joined(separator: ", ")
        }
        beginEdit(.meetingDetail(field), text: text, isNew: false, continues: continues, suggested: field == .date)
    }

    /// Stores a finished meeting detail as one undo step; a date that is none is refused.
    mutating func finishMeetingDetail(_ field: MeetingField, _ edit: TextEdit, goOn: Bool) -> [AppEffect] {
        let typed = String(edit.buffer.text.trimmingWhitespace)
        var effects: [AppEffect] = []
        switch field {
        case .date:
            if typed.isEmpty {
                effects = commitIfChanged { $0.meetingDate = nil }
            } else if case .success(let date) = CalendarDate.parse(typed, today: clock.today) {
                effects = commitIfChanged { $0.meetingDate = date }
            } else {
                notice = .invalidDate(typed)
                // Open again with the refused text selected: typing replaces it.
                beginEdit(edit.target, text: typed, isNew: false, continues: edit.continuesToNextField, suggested: true)
                return [.bell]
            }
        case .place:
            effects = commitIfChanged { $0.place = typed }
        case .participants:
            effects = commitIfChanged { $0.participants = typed.split(separator: ",").map { String($0.trimmingWhitespace) } }
        }
        if goOn, edit.continuesToNextField, let next = MeetingField(rawValue: field.rawValue + 1) {
            beginMeetingDetail(next, continues: true)
        }
        return effects
    }

    /// Stores a typed due date; an invalid one is not stored and the field stays open.
    mutating func finishDueDate(section: Int, item: ItemID, _ edit: TextEdit) -> [AppEffect] {
        let typed = String(edit.buffer.text.trimmingWhitespace)
        var due: CalendarDate?
        if !typed.isEmpty {
            switch CalendarDate.parse(typed, today: clock.today) {
            case .success(let date): due = date
            case .failure:
                notice = .invalidDate(typed)
                beginEdit(edit.target, text: typed, isNew: false, before: edit.before, suggested: true)
                return [.bell]
            }
        }
        // Part of the same undo step as the item's other fields when it was just added.
        let before = edit.before
        workshop.sections[section].body.modifyActions { items in
            if let index = items.index(withID: item) { items[index].due = due }
        }
        guard workshop != before else { return [] }
        history.record(History.Snapshot(workshop: before, section: sectionIndex, cursors: cursors))
        return save()
    }

    /// Tab in an owner field: the first participant whose name starts with what is typed,
    /// then the next one on each further Tab.
    mutating func completeName(_ edit: inout TextEdit) -> Bool {
        guard case .action(_, _, .who) = edit.target else { return false }
        let names = workshop.participants
        let typed = edit.buffer.text
        guard !names.isEmpty else { return false }
        let prefix = edit.completionPrefix ?? typed
        let matches = names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
        guard !matches.isEmpty else { return false }
        let next = matches.firstIndex(of: typed).map { matches[($0 + 1) % matches.count] } ?? matches[0]
        edit.completionPrefix = prefix
        edit.buffer.replaceText(with: next)
        return next != typed || matches.count == 1
    }

    /// Names that would complete what is typed in an owner field, for the status line.
    public var nameSuggestions: [String] {
        guard case .editing(let edit) = mode, case .action(_, _, .who) = edit.target else { return [] }
        let typed = (edit.completionPrefix ?? edit.buffer.text).lowercased()
        return workshop.participants.filter { $0.lowercased().hasPrefix(typed) && $0 != edit.buffer.text }
    }

    /// Commits a change to the workshop as one undo step, and nothing when it changes nothing.
    private mutating func commitIfChanged(_ change: (inout Workshop) -> Void) -> [AppEffect] {
        var changed = workshop
        change(&changed)
        guard changed != workshop else { return [] }
        return commit(change)
    }
}

extension ActionItem {
    /// A field as text for the line editor.
    public func text(of field: ActionField) -> String {
        switch field {
        case .what: what
        case .who: who
        case .due: due?.description ?? ""
        }
    }
}
