// The file syntax of a checklist section: how it is read, written and checked (docs/file-format.md).

extension WorkshopParser {
    /// Reads a checklist: group headings with their text, and `- [ ]` points (indented ones as sub-points).
    mutating func parseChecklist() throws(FormatError) -> Checklist {
        var entries = ChunkedList<ChecklistEntry>()
        while let line = nextInSection() {
            switch line {
            case .heading(3, let title):
                recordItem()
                advance()
                entries.append(.group(ChecklistGroup(title: String(title), description: readText())))
            case .dash(let rest), .subDash(let rest):
                let isSub: Bool = if case .subDash = line { true } else { false }
                guard let (isDone, text) = Self.checkbox(rest) else {
                    throw error(.checklistPointSyntax, column: isSub ? 5 : 3)
                }
                recordItem()
                entries.append(.point(ChecklistPoint(text: String(text), isDone: isDone, isSubpoint: isSub)))
                advance()
            default:
                throw unexpected(inside: .checklist)
            }
        }
        return Checklist(chunked: entries)
    }
}

extension Checklist {
    /// A checklist: group headings with their text, then its points as `- [ ]` lines.
    func serialize(to file: inout WorkshopSerializer.Output) {
        var inPoints = false
        for entry in entries {
            switch entry {
            case .group(let group):
                inPoints = false
                file.block("### " + WorkshopSerializer.line(group.title))
                WorkshopSerializer.appendText(group.description, to: &file)
            case .point(let point):
                if !inPoints { file.startBlock(); inPoints = true }
                let box = point.isDone ? "- [x] " : "- [ ] "
                file.line((point.isSubpoint ? "  " : "") + box + WorkshopSerializer.line(point.text))
            }
        }
    }

    /// Empty group headings and points, and a checklist without points.
    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        for (entry, itemLine) in zip(entries, items) {
            switch entry {
            case .group(let group) where group.title.trimmingWhitespace.isEmpty:
                flag(itemLine, 5, .groupHeadingEmpty)
            case .point(let point) where point.text.trimmingWhitespace.isEmpty:
                flag(itemLine, point.isSubpoint ? 9 : 7, .pointEmpty)
            default:
                break
            }
        }
        if pointCount == 0 { flag(line, 1, .checklistWithoutPoints(title)) }
    }
}
