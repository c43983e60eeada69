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
        func flag(_ line: Int, _ column: Int, _ problem: FormatProblem) {
            problems.append(FormatError(line: line, column: column, problem))
        }
        if workshop.title.trimmingWhitespace.isEmpty { flag(map.title, 3, .titleEmpty) }
        var seenKeys: Set<String> = []
        for (entry, line) in zip(workshop.metadata, map.metadata) {
            if !seenKeys.insert(entry.key).inserted {
                flag(line, 3, .metadataKeyTwice(entry.key))
            }
            if !WorkshopFormat.knownMetadataKeys.contains(entry.key) {
                flag(line, 3, .unknownMetadataKey(entry.key, known: WorkshopFormat.knownMetadataKeys))
            }
            let valueColumn = entry.key.count + 5
            switch entry.key {
            case MetadataKey.audience.rawValue where !WorkshopFormat.audiences.contains(entry.value):
                flag(line, valueColumn, .audienceValue(known: WorkshopFormat.audiences))
            case "created" where CalendarDate(iso: entry.value) == nil, "date" where CalendarDate(iso: entry.value) == nil:
                flag(line, valueColumn, .metadataDate(entry.key))
            case _ where entry.value.trimmingWhitespace.isEmpty:
                flag(line, valueColumn, .metadataEmpty(entry.key))
            default:
                break
            }
        }
        for (sectionIndex, section) in workshop.sections.enumerated() {
            let line = map.sections[sectionIndex]
            let items = map.items[sectionIndex]
            if section.title.trimmingWhitespace.isEmpty { flag(line, 4, .sectionTitleEmpty) }
            switch section.body {
            case .checklist(let checklist):
                for (entry, itemLine) in zip(checklist.entries, items) {
                    switch entry {
                    case .group(let group) where group.title.trimmingWhitespace.isEmpty:
                        flag(itemLine, 5, .groupHeadingEmpty)
                    case .point(let point) where point.text.trimmingWhitespace.isEmpty:
                        flag(itemLine, point.isSubpoint ? 9 : 7, .pointEmpty)
                    default:
                        break
                    }
                }
                if checklist.pointCount == 0 { flag(line, 1, .checklistWithoutPoints(section.title)) }
            case .questions(let questions):
                for (question, itemLine) in zip(questions, items) where question.text.trimmingWhitespace.isEmpty {
                    flag(itemLine, 5, .questionEmpty)
                }
                if questions.isEmpty { flag(line, 1, .questionsWithoutQuestions(section.title)) }
            case .board(let board):
                var titles: Set<String> = []
                for (column, itemLine) in zip(board.columns, items) {
                    if column.title.trimmingWhitespace.isEmpty { flag(itemLine, 5, .columnTitleEmpty) }
                    if !titles.insert(column.title).inserted {
                        flag(itemLine, 5, .columnTwice(column.title))
                    }
                }
                if board.columns.isEmpty { flag(line, 1, .boardWithoutColumns(section.title)) }
            case .actions(let items):
                for (item, itemLine) in zip(items, map.items[sectionIndex]) where item.what.trimmingWhitespace.isEmpty {
                    flag(itemLine, 7, .actionWithoutWhat)
                }
            }
        }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
