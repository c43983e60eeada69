/// The minutes as plain text: underlined headings, boxes for points, indented notes.
public enum MinutesText {
    /// The document, its dates in `dateStyle` as on screen.
    public static func render(_ workshop: Workshop, labels: MinutesLabels = .danish, dateStyle: Settings.DateStyle = .dansk) -> String {
        var lines = Lines()
        lines += [clean(workshop.title), String(repeating: "=", count: max(3, clean(workshop.title).count))]
        for fact in WorkshopExport.meetingFacts(workshop, labels: labels, dateStyle: dateStyle) { lines.append("\(fact.label): \(clean(fact.value))") }
        let (sections, notReached) = WorkshopExport.reached(workshop)
        for section in sections {
            lines += ["", clean(section.title), String(repeating: "-", count: max(3, clean(section.title).count))]
            switch section.body {
            case .checklist(let checklist):
                if let progress = section.progress { lines.append(labels.progress(progress.done, progress.total, labels.points)) }
                for entry in checklist.entries {
                    switch entry {
                    case .group(let group): lines += ["", clean(group.title) + ":"]
                    case .point(let point): lines.append((point.isSubpoint ? "    " : "") + (point.isDone ? "[x] " : "[ ] ") + clean(point.text))
                    }
                }
            case .questions(let questions):
                for question in questions {
                    lines += ["", clean(question.text)]
                    if question.notes.isEmpty {
                        lines.append("    " + labels.noNotes)
                    } else {
                        WorkshopSerializer.forEachLine(of: question.notes) { line in
                            lines.append(line.isEmpty ? "" : "    " + clean(String(line)))
                        }
                    }
                }
            case .board(let board):
                for (index, column) in board.columns.enumerated() {
                    lines += ["", clean(column.title) + ":"]
                    let ranks = board.voteRanks(column: index)
                    if column.cards.isEmpty { lines.append("    " + labels.emptyColumn) }
                    for (position, card) in column.cards.enumerated() {
                        let votes = card.votes > 0 ? " (" + labels.votes(card.votes, tied: ranks[position].isTied) + ")" : ""
                        lines.append("    " + (column.isRanked ? "\(position + 1). " : "- ") + clean(card.text) + votes)
                    }
                }
            case .actions(let items):
                if items.isEmpty { lines.append(labels.noActions) }
                for item in items {
                    let details = [item.who.isEmpty ? nil : clean(item.who), item.due.map(dateStyle.format)].compactMap { $0 }.joined(separator: ", ")
                    lines.append((item.isDone ? "[x] " : "[ ] ") + clean(item.what) + (details.isEmpty ? "" : " (\(details))"))
                }
            }
        }
        if !notReached.isEmpty {
            lines += ["", labels.notReached + ": " + notReached.map(clean).joined(separator: ", ")]
        }
        return lines.text
    }

    /// The document as it is written, each line ended: an array of every line first cost an
    /// allocation a line.
    private struct Lines {
        var text = ""
        mutating func append(_ line: String) {
            text += line
            text += "\n"
        }
        static func += (lines: inout Lines, more: [String]) {
            for line in more { lines.append(line) }
        }
    }

    /// One line of text without control characters, which a terminal showing the file would run.
    private static func clean(_ text: String) -> String {
        VisibleText.oneLine(text)
    }
}
