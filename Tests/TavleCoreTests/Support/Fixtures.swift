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
