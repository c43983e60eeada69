import TavleCore

/// A checklist: group headings, points with boxes, sub-points indented; click a box to tick.
struct ChecklistView {
    let checklist: Checklist
    let section: Int
    let focusedEntry: Int?
    let edit: TextEdit?

    /// The entry whose rows must be on screen: the one being edited, else the focused one.
    var anchor: Int? {
        if let edit, case .point(section, let id) = edit.target, let entry = checklist.entryIndex(of: id) { return entry }
        return focusedEntry
    }

    /// Appends every row: the whole layout, which `Document.window` must draw the same as.
    func build(into document: inout Document) {
        for index in checklist.entries.indices {
            build(entry: index, into: &document)
        }
    }

    /// Appends one entry's rows: a group heading, or a point with its box.
    func build(entry index: Int, into document: inout Document) {
        switch checklist.entries[index] {
        case .group(let group):
            if index > 0 { document.blank() }
            document.text(group.title, x: 2, style: .heading)
            if !group.description.isEmpty {
                document.text(group.description, x: 2, style: .muted)
            }
        case .point(let point):
            add(point, at: index, into: &document)
        }
    }

    private func add(_ point: ChecklistPoint, at index: Int, into document: inout Document) {
        let isFocused = index == focusedEntry
        let indent = point.isSubpoint ? 6 : 2
        let box = point.isDone ? "[x] " : "[ ] "
        let textStyle: Style = isFocused ? .focus : (point.isDone ? .done : .normal)
        let start = document.rows.count
        var text = point.text
        var cursorOffset: Int?
        if let edit, case .point(section, point.id) = edit.target {
            text = edit.buffer.text
            cursorOffset = edit.buffer.cursor
        }
        let wrapped = TextWrap.wrap(text, width: max(1, document.width - indent - 4))
        for (rowIndex, row) in wrapped.enumerated() {
            var line = Document.Row(fill: isFocused ? .focus : nil)
            if rowIndex == 0 {
                if isFocused { line.spans.append(.init(x: 0, text: "▶", style: .focus)) }
                line.spans.append(.init(x: indent, text: box, style: isFocused ? .focus : (point.isDone ? .done : .normal)))
                line.hits.append((indent, 3, .checkbox(section: section, entry: index)))
            }
            line.spans.append(.init(x: indent + 4, text: row.text, style: cursorOffset == nil ? textStyle : .editing))
            line.hits.insert((0, document.width, .point(section: section, entry: index)), at: 0)
            document.append(line)
        }
        if isFocused { document.focus = start..<document.rows.count }
        if let cursorOffset {
            let place = TextWrap.locate(offset: cursorOffset, in: wrapped)
            document.cursor = Point(x: indent + 4 + place.column, y: start + place.row)
        }
    }
}

/// Questions with the group's notes under each; the focused one is marked, notes wrap.
struct QuestionsView {
    let questions: [Question]
    let section: Int
    let focusedQuestion: Int
    let edit: TextEdit?
    let text: any UICatalogue
    /// The rows the view has: how many lines of a long note are laid out around the cursor.
    var visibleRows = 150
    /// Whether the focused question without notes says which key writes them (not on the
    /// projector: the room has no keyboard).
    var showsKeyHint = true

    /// The question whose rows must be on screen: the one being noted, else the focused one.
    var anchor: Int? {
        if let edit, case .notes(section, let id) = edit.target, let question = questions.index(withID: id) { return question }
        return questions.isEmpty ? nil : focusedQuestion
    }

    /// Appends every row: the whole layout, which `Document.window` must draw the same as.
    func build(into document: inout Document) {
        for index in questions.indices {
            build(question: index, into: &document)
        }
    }

    /// Appends one question, its hint and its notes.
    func build(question index: Int, into document: inout Document) {
        let question = questions[index]
        if index > 0 { document.blank() }
        let isFocused = index == focusedQuestion
        let number = "\(index + 1). "
        let start = document.rows.count
        let titleRows = document.text(
            question.text, x: 2, style: isFocused ? .focus : .heading, fill: isFocused ? .focus : nil,
            prefix: number, target: .question(section: section, index: index)
        )
        if isFocused { document.markFocus(row: titleRows.lowerBound) }
        let indent = 2 + DisplayWidth.of(number)
        if !question.hint.isEmpty {
            document.text(question.hint, x: indent, style: .muted, target: .question(section: section, index: index))
        }
        // Only the lines a screen can show around the cursor (or from the top) are laid out,
        // so typing into a note of a million lines costs what typing into a short one does.
        var cursorOffset: Int?
        var notes: Substring
        var cutAbove = false, cutBelow = false
        if let edit, case .notes(section, question.id) = edit.target {
            (notes, cursorOffset, cutAbove, cutBelow) = edit.buffer.window(linesBefore: visibleRows, linesAfter: visibleRows)
        } else {
            notes = Self.firstLines(of: question.notes, visibleRows)
            cutBelow = notes.endIndex < question.notes.endIndex
        }
        if notes.isEmpty && cursorOffset == nil {
            if isFocused, showsKeyHint {
                document.text(text.noNotes, x: indent, style: .muted, target: .question(section: section, index: index))
            }
        } else {
            let wrapped = TextWrap.wrap(String(notes), width: max(1, document.width - indent - 2))
            let marker = { (document: inout Document) in
                var line = Document.Row()
                line.spans.append(.init(x: indent, text: "⋮", style: .muted))
                line.hits.append((0, document.width, .question(section: section, index: index)))
                document.append(line)
            }
            if cutAbove { marker(&document) }
            let notesStart = document.rows.count
            defer { if cutBelow { marker(&document) } }
            for row in wrapped {
                var line = Document.Row()
                line.spans.append(.init(x: indent, text: "│", style: cursorOffset != nil ? .editing : .muted))
                line.spans.append(.init(x: indent + 2, text: row.text, style: cursorOffset != nil ? .editing : .normal))
                line.hits.append((0, document.width, .question(section: section, index: index)))
                document.append(line)
            }
            if let cursorOffset {
                let place = TextWrap.locate(offset: cursorOffset, in: wrapped)
                document.cursor = Point(x: indent + 2 + place.column, y: notesStart + place.row)
            }
        }
        if isFocused { document.focus = start..<document.rows.count }
    }

    /// The first `count` lines of a text, found without reading further.
    static func firstLines(of text: String, _ count: Int) -> Substring {
        var end = text.utf8.startIndex
        for _ in 0..<count {
            guard let feed = text.utf8[end...].firstIndex(of: 0x0A) else { return text[...] }
            end = text.utf8.index(after: feed)
        }
        return text[..<text.utf8.index(before: end)]
    }
}
