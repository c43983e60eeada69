/// What `tavle check` finds beyond syntax: problems a file can parse with, but should not have.
public enum WorkshopCheck {
    /// Records a problem at a line and column; each kind's check reports through it.
    typealias Flag = (_ line: Int, _ column: Int, _ problem: FormatProblem) -> Void

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
            case MetadataKey.answers.rawValue where !WorkshopFormat.answerSignatures.contains(entry.value):
                flag(line, valueColumn, .answersValue(known: WorkshopFormat.answerSignatures))
            case MetadataKey.language.rawValue where Language(rawValue: entry.value) == nil:
                flag(line, valueColumn, .workshopLanguage(known: Language.allCases.map(\.rawValue)))
            case MetadataKey.created.rawValue where CalendarDate(iso: entry.value) == nil,
                 MetadataKey.date.rawValue where CalendarDate(iso: entry.value) == nil:
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
            section.body.content.check(title: section.title, line: line, items: items, flag: flag)
        }
        return problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
