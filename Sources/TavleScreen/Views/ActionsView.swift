import TavleCore

/// Action items as a table of what, who and by when; the focused field is underlined, overdue
/// items stand out in the warning style and with a `!`, so it shows without colour too.
struct ActionsView {
    let items: [ActionItem]
    let section: Int
    let cursor: Cursor
    let edit: TextEdit?
    let today: CalendarDate?
    var dateStyle: Settings.DateStyle = .danish
    let text: any UICatalogue
    /// The keys in use, for the hint of an empty section.
    var keys = KeyNames(.standard)

    /// The item whose rows must be on screen.
    var anchor: Int? {
        if let edit, case .action(section, let id, _) = edit.target, let item = items.index(withID: id) { return item }
        return items.isEmpty ? nil : cursor.row
    }

    /// Widths of the who and due columns for a document `width` cells wide.
    private func columns(width: Int) -> (what: Int, who: Int, due: Int) {
        let due = 16
        let longestName = items.map { DisplayWidth.of($0.who) }.max() ?? 0
        let who = min(max(longestName, DisplayWidth.of(text.actionHeadings.who), 6), max(6, width / 4))
        return (max(8, width - 6 - who - 2 - due - 2), who, due)
    }

    /// The column headings, drawn above the items.
    func heading(width: Int, into document: inout Document) {
        let widths = columns(width: width)
        var row = Document.Row()
        row.spans.append(.init(x: 6, text: text.actionHeadings.what, style: .muted))
        row.spans.append(.init(x: 6 + widths.what + 2, text: text.actionHeadings.who, style: .muted))
        row.spans.append(.init(x: 6 + widths.what + 2 + widths.who + 2, text: text.actionHeadings.due, style: .muted))
        document.append(row)
        if items.isEmpty { document.text(text.noActions(keys: keys), x: 2, style: .muted) }
    }

    /// Appends one item: its box, what (wrapped), who and when on the first row.
    func build(item index: Int, into document: inout Document) {
        let item = items[index]
        let widths = columns(width: document.width)
        let isFocused = index == cursor.row && edit.map({ if case .action(section, _, _) = $0.target { true } else { false } }) != false
        let overdue = item.isOverdue(on: today)
        let base: Style = isFocused ? .focus : (item.isDone ? .done : (overdue ? .warning : .normal))
        let editedField: ActionField? = if let edit, case .action(section, items[index].id, let field) = edit.target { field } else { nil }
        func shown(_ field: ActionField) -> String {
            editedField == field ? (edit?.buffer.text ?? "") : displayed(item, field)
        }
        func style(_ field: ActionField) -> Style {
            if editedField == field { return .editing }
            return isFocused && cursor.column == field.rawValue && editedField == nil ? .editing : base
        }
        let xWho = 6 + widths.what + 2
        let xDue = xWho + widths.who + 2
        let whatRows = TextWrap.wrap(shown(.what), width: widths.what)
        let start = document.rows.count
        for (rowIndex, row) in whatRows.enumerated() {
            var line = Document.Row(fill: isFocused ? .focus : nil)
            line.hits.append((0, document.width, .action(section: section, item: index, field: .what)))
            if rowIndex == 0 {
                if isFocused { line.spans.append(.init(x: 0, text: "▶", style: .focus)) }
                line.spans.append(.init(x: 2, text: item.isDone ? "[x]" : "[ ]", style: base))
                line.spans.append(.init(x: xWho, text: TextWrap.truncate(shown(.who), width: widths.who), style: style(.who)))
                line.spans.append(.init(x: xDue, text: TextWrap.truncate(shown(.due), width: widths.due), style: style(.due)))
                line.hits.append((xWho, widths.who, .action(section: section, item: index, field: .who)))
                line.hits.append((xDue, widths.due, .action(section: section, item: index, field: .due)))
            }
            line.spans.insert(.init(x: 6, text: row.text, style: style(.what)), at: min(line.spans.count, rowIndex == 0 && isFocused ? 1 : 0))
            document.append(line)
        }
        if isFocused || editedField != nil { document.focus = start..<document.rows.count }
        if let editedField, let edit {
            switch editedField {
            case .what:
                let place = TextWrap.locate(offset: edit.buffer.cursor, in: whatRows)
                document.cursor = Point(x: 6 + place.column, y: start + place.row)
            case .who, .due:
                let x = editedField == .who ? xWho : xDue
                let width = editedField == .who ? widths.who : widths.due
                let typed = DisplayWidth.of(String(edit.buffer.textBeforeCursor))
                document.cursor = Point(x: x + min(typed, width - 1), y: start)
            }
        }
    }

    /// A field as shown when not being typed in: names and Danish dates, or what is missing.
    private func displayed(_ item: ActionItem, _ field: ActionField) -> String {
        switch field {
        case .what: item.what
        case .who: item.who.isEmpty ? "–" : item.who
        case .due:
            item.due.map { item.isOverdue(on: today) ? text.format($0, style: dateStyle) + " !" : text.format($0, style: dateStyle) } ?? "–"
        }
    }
}
