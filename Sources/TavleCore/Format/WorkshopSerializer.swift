/// Writes a workshop in the file format: canonical, so `parse(serialize(w)) == w`.
///
/// Output is built as blocks of lines separated by one blank line, which is what makes the file
/// read well in a Markdown viewer and keeps every item on a line of its own.
public enum WorkshopSerializer {
    /// The file's full text, ending with a newline.
    public static func serialize(_ workshop: Workshop) -> String {
        var blocks: [[String]] = [[WorkshopFormat.versionLine, "# " + line(workshop.title)]]
        if !workshop.metadata.isEmpty {
            blocks.append(workshop.metadata.map { "- \($0.key): \(line($0.value))" })
        }
        appendText(workshop.introduction, to: &blocks)
        for section in workshop.sections {
            appendSection(section, to: &blocks)
        }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    private static func appendSection(_ section: Section, to blocks: inout [[String]]) {
        var marker = "<!-- \(section.kind.rawValue)"
        if let minutes = section.minutes { marker += " minutes=\(minutes)" }
        if case .board(let board) = section.body, let dots = board.dotsPerParticipant { marker += " dots=\(dots)" }
        blocks.append(["## " + line(section.title), marker + " -->"])
        appendText(section.guidance, to: &blocks)
        switch section.body {
        case .checklist(let checklist):
            var points: [String] = []
            for entry in checklist.entries {
                switch entry {
                case .group(let group):
                    if !points.isEmpty { blocks.append(points); points = [] }
                    blocks.append(["### " + line(group.title)])
                    appendText(group.description, to: &blocks)
                case .point(let point):
                    let box = point.isDone ? "- [x] " : "- [ ] "
                    points.append((point.isSubpoint ? "  " : "") + box + line(point.text))
                }
            }
            if !points.isEmpty { blocks.append(points) }
        case .questions(let questions):
            for question in questions {
                blocks.append(["### " + line(question.text)])
                appendText(question.hint, to: &blocks)
                if !question.notes.isEmpty {
                    blocks.append(lines(of: question.notes).map { $0.isEmpty ? ">" : "> " + $0 })
                }
            }
        case .board(let board):
            for column in board.columns {
                var heading = ["### " + line(column.title)]
                if column.isRanked {
                    heading.append("<!-- ranked" + (column.limit.map { " limit=\($0)" } ?? "") + " -->")
                }
                blocks.append(heading)
                appendText(column.description, to: &blocks)
                if !column.cards.isEmpty {
                    blocks.append(column.cards.enumerated().map { offset, card in
                        (column.isRanked ? "\(offset + 1). " : "- ") + line(WorkshopFormat.cardLine(card))
                    })
                }
            }
        case .actions(let items):
            appendActions(items, to: &blocks)
        }
    }

    private static func appendActions(_ items: [ActionItem], to blocks: inout [[String]]) {
        guard !items.isEmpty else { return }
        blocks.append(items.flatMap { item in
            var lines = [(item.isDone ? "- [x] " : "- [ ] ") + line(item.what)]
            if !item.who.isEmpty { lines.append("  - who: " + line(item.who)) }
            if let due = item.due { lines.append("  - due: " + due.description) }
            return lines
        })
    }

    private static func appendText(_ text: String, to blocks: inout [[String]]) {
        guard !text.isEmpty else { return }
        blocks.append(lines(of: text).map { line in
            WorkshopFormat.needsEscape(line[...]) ? "\\" + line : line
        })
    }

    /// Splits on line feeds, keeping empty lines, so text round-trips scalar for scalar. A
    /// carriage return, which no text read from a file holds, is written as the line end it
    /// would be read as.
    static func lines(of text: String) -> [String] {
        WorkshopFormat.normalizingLineEnds(text).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(Substring($0)) }
    }

    /// A text that must stay on its line (a title, a card, a point). Line breaks are never in
    /// one, but if one were, it is written as a space: a line end there would make the rest of
    /// the text a line of its own and the file unreadable.
    private static func line(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
