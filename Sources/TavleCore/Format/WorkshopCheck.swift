/// What `tavle check` finds beyond syntax: problems a file can parse with, but should not have.
public enum WorkshopCheck {
    /// Every problem in a workshop or kit file's text, in file order; empty when it is valid.
    public static func problems(in text: String) -> [FormatError] {
        let workshop: Workshop
        let map: SourceMap
        do {
            (workshop, map) = try WorkshopParser.parseWithSourceMap(text)
        } catch {
            return [error]
        }
        var problems: [FormatError] = []
        func flag(_ line: Int, _ column: Int, _ message: String) {
            problems.append(FormatError(line: line, column: column, message: message))
        }
        if workshop.title.trimmingWhitespace.isEmpty { flag(map.title, 3, "the title is empty") }
        var seenKeys: Set<String> = []
        for (entry, line) in zip(workshop.metadata, map.metadata) {
            if !seenKeys.insert(entry.key).inserted {
                flag(line, 3, "metadata key '\(entry.key)' is given twice")
            }
            if !WorkshopFormat.knownMetadataKeys.contains(entry.key) {
                flag(line, 3, "unknown metadata key '\(entry.key)'; known keys are \(WorkshopFormat.knownMetadataKeys.joined(separator: ", "))")
            }
            let valueColumn = entry.key.count + 5
            switch entry.key {
            case "audience" where !WorkshopFormat.audiences.contains(entry.value):
                flag(line, valueColumn, "audience must be one of \(WorkshopFormat.audiences.joined(separator: ", "))")
            case "created" where CalendarDate(iso: entry.value) == nil, "date" where CalendarDate(iso: entry.value) == nil:
                flag(line, valueColumn, "\(entry.key) must be a date written YYYY-MM-DD")
            case _ where entry.value.trimmingWhitespace.isEmpty:
                flag(line, valueColumn, "metadata '\(entry.key)' has no value")
            default:
                break
            }
        }
        for (sectionIndex, section) in workshop.sections.enumerated() {
            let line = map.sections[sectionIndex]
            let items = map.items[sectionIndex]
            if section.title.trimmingWhitespace.isEmpty { flag(line, 4, "the section's title is empty") }
            switch section.body {
            case .checklist(let checklist):
                for (entry, itemLine) in zip(checklist.entries, items) {
                    switch entry {
                    case .group(let group) where group.title.trimmingWhitespace.isEmpty:
                        flag(itemLine, 5, "the group heading is empty")
                    case .point(let point) where point.text.trimmingWhitespace.isEmpty:
                        flag(itemLine, point.isSubpoint ? 9 : 7, "the point has no text")
                    default:
                        break
                    }
                }
                if checklist.pointCount == 0 { flag(line, 1, "the checklist '\(section.title)' has no points") }
            case .questions(let questions):
                for (question, itemLine) in zip(questions, items) where question.text.trimmingWhitespace.isEmpty {
                    flag(itemLine, 5, "the question is empty")
                }
                if questions.isEmpty { flag(line, 1, "the questions section '\(section.title)' has no questions") }
            case .board(let board):
                var titles: Set<String> = []
                for (column, itemLine) in zip(board.columns, items) {
                    if column.title.trimmingWhitespace.isEmpty { flag(itemLine, 5, "the column has no title") }
                    if !titles.insert(column.title).inserted {
                        flag(itemLine, 5, "the column '\(column.title)' appears twice on this board")
                    }
                }
                if board.columns.isEmpty { flag(line, 1, "the board '\(section.title)' has no columns") }
            case .actions(let items):
                for (item, itemLine) in zip(items, map.items[sectionIndex]) where item.what.trimmingWhitespace.isEmpty {
                    flag(itemLine, 7, "the action item says nothing about what is to be done")
                }
            }
        }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
