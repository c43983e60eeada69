import Foundation
import Testing
@testable import TavleCore
@testable import TavleScreen

/// Files of this repository and the snapshot folder beside these tests.
enum ScreenTestFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ relativePath: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static func list(_ relativePath: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent(relativePath).path)
    }
}

/// Whole-screen text snapshots in `Snapshots/NAME.txt`. Set TAVLE_RECORD_SNAPSHOTS=1 to write
/// them anew after a deliberate change, then read the diff before committing.
enum Snapshot {
    static func assertMatches(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertMatches(text: frame.grid.lines.joined(separator: "\n") + "\n", named: name, sourceLocation: sourceLocation)
    }

    /// Compares any text with its snapshot.
    static func assertMatches(text actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = ScreenTestFiles.testsFolder.appendingPathComponent("Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["TAVLE_RECORD_SNAPSHOTS"] == "1" {
            // A recording never passes: the run fails, so a rewritten snapshot is read before it lands.
            let previous = try? String(contentsOf: file, encoding: .utf8)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if previous != actual {
                Issue.record("recorded snapshot \(name).txt anew; read its diff, then run without TAVLE_RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with TAVLE_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "snapshot \(name) differs", sourceLocation: sourceLocation)
    }
}

/// The workshop the screen tests draw: one section of each kind.
enum ScreenFixtures {
    static let workshop = Workshop(
        title: "Partnerskab for Ældresagen",
        sections: [
            Section(title: "Tjekliste", body: .checklist(Checklist(entries: [
                .group(ChecklistGroup(title: "Find fælles grund", description: "Tal om det store billede.")),
                .point(ChecklistPoint(text: "Alle er med", isDone: true)),
                .point(ChecklistPoint(text: "Drømmen er delt, og vi har skrevet den ned, så alle kan se den bagefter")),
                .point(ChecklistPoint(text: "Aftalt dato", isSubpoint: true)),
            ]))),
            Section(title: "Spørgsmål", minutes: 10, guidance: "Drøft spørgsmålene i plenum.", body: .questions([
                Question(text: "Hvad vil vi opnå?", notes: "Flere unge frivillige\nFlere aktiviteter om aftenen"),
                Question(text: "Hvem kan hjælpe?", hint: "Tænk bredt."),
            ])),
            Section(title: "Brainstorm", minutes: 3, guidance: "Skriv alle forslag.", body: .board(Board(columns: [
                Column(title: "Alle forslag", cards: [Card(text: "Biblioteket"), Card(text: "Ungdomsskolen på Ærø"), Card(text: "Kirken")]),
                Column(title: "Top tre", description: "I prioriteret rækkefølge.", isRanked: true, limit: 3, cards: [Card(text: "Idrætsforeningen")]),
                Column(title: "Plan B"),
            ]))),
        ]
    )

    static func state(section: Int = 0) -> AppState {
        var state = AppState(workshop: workshop, documentPath: "møde.md")
        _ = state.handle(.keyPressed(.character(Character(String(section + 1)))))
        return state
    }
}
