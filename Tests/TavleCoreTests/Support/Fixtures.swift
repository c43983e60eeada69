@testable import TavleCore

/// Small workshops for state-machine tests: one section of each kind, with known content.
enum Fixtures {
    static let checklist = Section(title: "Tjekliste", body: .checklist(Checklist(entries: [
        .group(ChecklistGroup(title: "Find fælles grund")),
        .point(ChecklistPoint(text: "Alle er med")),
        .point(ChecklistPoint(text: "Drømmen er delt", isDone: true)),
        .point(ChecklistPoint(text: "Skrevet ned", isSubpoint: true)),
        .group(ChecklistGroup(title: "Snak sammen")),
        .point(ChecklistPoint(text: "Mød jer ofte")),
    ])))

    static let questions = Section(title: "Spørgsmål", minutes: 10, guidance: "Drøft det.", body: .questions([
        Question(text: "Hvad vil vi?"),
        Question(text: "Hvem hjælper?", hint: "Tænk bredt.", notes: "Biblioteket\nSkolen"),
    ]))

    static let board = Section(title: "Brainstorm", minutes: 3, body: .board(Board(columns: [
        Column(title: "Alle forslag", cards: [Card(text: "Biblioteket"), Card(text: "Skolen"), Card(text: "Kirken")]),
        Column(title: "Top tre", isRanked: true, limit: 3, cards: [Card(text: "Idrætsforeningen")]),
        Column(title: "Plan B"),
    ])))

    static let workshop = Workshop(
        title: "Partnerskab",
        metadata: [MetadataEntry(key: "kit", value: "partnerskab")],
        introduction: "Velkommen.",
        sections: [checklist, questions, board]
    )

    static func state(section: Int = 0) -> AppState {
        var state = AppState(workshop: workshop, documentPath: "møde.md")
        state.sectionIndex = section
        return state
    }
}

extension AppState {
    /// Sends keys one by one and collects every effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> [AppEffect] {
        keys.flatMap { handle(.keyPressed($0)) }
    }

    /// Types text character by character.
    @discardableResult
    mutating func type(_ text: String) -> [AppEffect] {
        text.flatMap { handle(.keyPressed(.character($0))) }
    }

    /// The board in a section, for assertions.
    func board(_ section: Int) -> Board? {
        if case .board(let board) = workshop.sections[section].body { return board }
        return nil
    }
}

extension AppState {
    /// The id of the checklist point at `entry` of `section`, for targets and confirmations.
    func pointID(section: Int, entry: Int) -> ItemID {
        guard case .checklist(let checklist) = workshop.sections[section].body, case .point(let point) = checklist.entries[entry] else {
            fatalError("no point at \(section):\(entry)")
        }
        return point.id
    }

    /// The id of the question at `index` of `section`.
    func questionID(section: Int, index: Int) -> ItemID {
        guard case .questions(let questions) = workshop.sections[section].body else { fatalError("no questions in \(section)") }
        return questions[index].id
    }

    /// The id of the card at `position` of the board in `section`.
    func cardID(section: Int, _ position: CardPosition) -> ItemID {
        guard case .board(let board) = workshop.sections[section].body, let card = board.card(at: position) else {
            fatalError("no card at \(section):\(position)")
        }
        return card.id
    }
}
