import TavleCore

/// Whether a kit reads on the screen it is made for: a projector's 100x30. `tavle check`
/// warns (without failing) where a kit's words would be lost there: an agenda entry cut before
/// its label ("Trin 2", "Anbefaling 3") or looking like another, a column title cut in its
/// heading, a column's meaning cut even where the focused column shows it whole, a board's
/// guidance cut, or another section's guidance so long that its first item falls off the
/// first screen. Everything is measured on the views as they draw, so the check cannot
/// disagree with the screen.
public enum ScreenFit {
    /// The size kits are checked at.
    public static let size = (width: 100, height: 30)

    /// Something that would not read at `size`.
    public enum Warning: Equatable, Sendable {
        /// An agenda entry cut before its label: `shown` is all the agenda shows.
        case agendaLabelCut(section: Int, shown: String)
        /// Two agenda entries that look the same: `shown` is what both show.
        case agendaSame(section: Int, other: Int, shown: String)
        /// A column's title cut in its heading.
        case columnTitleCut(section: Int, column: Int)
        /// A column's meaning cut even at the foot of the board, where the focused column's shows.
        case columnMeaningCut(section: Int, column: Int)
        /// A section's guidance cut, or pushing its first item off the first screen.
        case guidanceCut(section: Int)
        /// A word at an end of a matrix's axes cut.
        case axisCut(section: Int)
    }

    /// Every warning for `workshop`, in the order of its sections.
    public static func warnings(_ workshop: Workshop) -> [Warning] {
        var warnings: [Warning] = []
        let text = DanishText()
        let agenda = WorkshopView.agendaWidth(for: size.width)
        let agendaHeight = WorkshopView.agendaHeight(for: size.height)
        var seen: [String: Int] = [:]
        let titles = AgendaView.shownTitles(workshop, width: agenda, height: agendaHeight, text: text)
        for (index, section) in workshop.sections.enumerated() {
            let shown = titles[index]
            if !showsLabel(shown, of: section.title) { warnings.append(.agendaLabelCut(section: index, shown: shown)) }
            if let other = seen[shown] { warnings.append(.agendaSame(section: index, other: other, shown: shown)) }
            seen[shown] = seen[shown] ?? index
            var state = AppState(workshop: workshop, documentPath: "kit.md")
            state.continueAt(section: index, cursor: Cursor())
            let screen = sectionText(state, agenda: agenda)
            // The guidance whole (its first and last words on screen) and, under it, the first item.
            let guidance = ends(of: section.guidance)
            if !section.guidance.isEmpty, !contains(screen, guidance.head) || !contains(screen, guidance.tail)
                || firstItem(section.body).map({ !contains(screen, $0) }) == true {
                warnings.append(.guidanceCut(section: index))
            }
            guard case .board(let board) = section.body else { continue }
            if let matrix = board.matrix {
                let lines = WorkshopView.render(state, width: size.width, height: size.height).grid.lines
                let ends = ["↑ " + matrix.top, "↓ " + matrix.bottom, "← " + matrix.left, matrix.right + " →"]
                if !ends.allSatisfy({ end in lines.contains { $0.contains(end) } }) { warnings.append(.axisCut(section: index)) }
            }
            for (column, content) in board.columns.enumerated() {
                state.continueAt(section: index, cursor: Cursor(column: column, row: 0))
                let lines = WorkshopView.render(state, width: size.width, height: size.height).grid.lines.map { String($0.dropFirst(agenda + 1)) }
                // A title cut in its heading shows whole at the foot, "Title: meaning", while focused.
                if !lines.contains(where: { heading($0, title: content.title) || foot($0, title: content.title) }) {
                    warnings.append(.columnTitleCut(section: index, column: column))
                }
                if !content.description.isEmpty, !meaningShown(lines, column: content) {
                    warnings.append(.columnMeaningCut(section: index, column: column))
                }
            }
        }
        return warnings
    }

    /// Whether an agenda entry shows enough of its title's label to be known: a numbered
    /// label ("Trin 2", "Anbefaling 3") whole, any other at least its first ten characters.
    static func showsLabel(_ shown: String, of title: String) -> Bool {
        let label = label(of: title)
        if label.contains(where: \.isNumber) { return shown.hasPrefix(label) }
        return shown.hasPrefix(String(label.prefix(10)))
    }

    /// The part of a title that tells sections apart in the agenda: up to the first colon,
    /// dash or question mark ("Trin 2", "Anbefaling 3", "Råd 1"), else its first word.
    static func label(of title: String) -> String {
        let ends = [":", " – ", " - ", "?"].compactMap { title.firstRange(of: $0)?.lowerBound }
        if let end = ends.min(), title.distance(from: title.startIndex, to: end) <= 20 { return String(title[..<end]) }
        return String(title.prefix { $0 != " " })
    }

    /// The section area of the screen at `size`, as one line of words.
    private static func sectionText(_ state: AppState, agenda: Int) -> String {
        words(WorkshopView.render(state, width: size.width, height: size.height).grid.lines.map { String($0.dropFirst(agenda + 1)) }.joined(separator: " "))
    }

    private static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "│" }).joined(separator: " ")
    }

    private static func contains(_ screen: String, _ part: String) -> Bool {
        screen.contains(words(part))
    }

    /// The first and the last six words of a text: enough to be found only where the text
    /// begins and where it ends.
    private static func ends(of text: String) -> (head: String, tail: String) {
        let all = words(text).split(separator: " ")
        return (all.prefix(6).joined(separator: " "), all.suffix(6).joined(separator: " "))
    }

    /// The first words of a section's first item, which must show on its first screen.
    private static func firstItem(_ body: SectionBody) -> String? {
        let first: String? = switch body {
        case .questions(let questions): questions.first?.text
        case .checklist(let checklist): checklist.entries.first.map { entry in
            switch entry {
            case .group(let group): group.title
            case .point(let point): point.text
            }
        }
        case .actions(let items): items.first?.what
        case .board: nil
        }
        return first.map { words($0).split(separator: " ").prefix(3).joined(separator: " ") }
    }

    /// Whether a line is the column's heading with its whole title: the title, then its
    /// counter (" (3)", " 2/3").
    private static func heading(_ line: String, title: String) -> Bool {
        guard let range = line.firstRange(of: title + " ") else { return false }
        let rest = line[range.upperBound...]
        return rest.hasPrefix("(") || rest.first?.isNumber == true
    }

    /// Whether a line is the board's foot for the column: its whole title, then its meaning.
    private static func foot(_ line: String, title: String) -> Bool {
        line.hasPrefix("  " + title + ":") || line.hasPrefix(title + ":")
    }

    /// Whether the column's meaning shows whole: in the board's foot ("Title: meaning"), or,
    /// where the foot is not needed, whole in the column itself.
    private static func meaningShown(_ lines: [String], column: Column) -> Bool {
        // No foot: the column shows its title and meaning whole (the foot comes whenever it cuts them).
        guard let foot = lines.firstIndex(where: { foot($0, title: column.title) }) else {
            return true
        }
        let footText = words(lines[foot...].joined(separator: " "))
        return footText.contains(words(column.description))
    }
}

