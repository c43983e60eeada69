import Testing
@testable import TavleCore

/// A workshop held in parts (partnerskab's evening, then the meeting with the partner): the
/// file marks where each meeting begins, the start screen offers the next one, and the minutes
/// cover one meeting unless asked for all.
@Suite("Meetings in parts")
struct MeetingPartTests {
    static let text = """
        <!-- tavle 1 -->
        # Partnerskab

        - kit: partnerskab

        <!-- meeting: Møde 1: Foreningen alene -->

        ## Trin 1
        <!-- checklist -->

        - [ ] Idéen er skrevet ned

        ## Trin 2
        <!-- board -->

        ### Alle forslag

        ### Plan B

        <!-- meeting: Møde 2: Med partneren -->

        ## Trin 4
        <!-- questions -->

        ### Hvad vil partneren?

        """

    @Test("the dividers read into the sections they open, the parts cover the sections between, and the file round-trips exactly")
    func file() throws {
        let workshop = try WorkshopParser.parse(Self.text)
        #expect(workshop.sections.map(\.opensMeeting) == ["Møde 1: Foreningen alene", nil, "Møde 2: Med partneren"])
        #expect(workshop.meetingParts == [
            MeetingPart(number: 1, title: "Møde 1: Foreningen alene", sections: 0..<2),
            MeetingPart(number: 2, title: "Møde 2: Med partneren", sections: 2..<3),
        ])
        #expect(WorkshopSerializer.serialize(workshop) == Self.text)
        #expect(WorkshopCheck.problems(in: Self.text).isEmpty)
        let plain = Workshop(title: "T", sections: [Section(title: "A", body: .questions([]))])
        #expect(plain.meetingParts == [MeetingPart(number: 1, title: nil, sections: 0..<1)], "one meeting without dividers")
    }

    @Test("a divider with no section after it, or two in a row, is an error at its line")
    func badDividers() {
        #expect(throws: FormatError(line: 9, column: 1, .meetingWithoutSections)) {
            try WorkshopParser.parse("<!-- tavle 1 -->\n# T\n\n## A\n<!-- checklist -->\n\n- [ ] x\n\n<!-- meeting: Møde 2 -->\n")
        }
        #expect(throws: FormatError.self) {
            try WorkshopParser.parse("<!-- tavle 1 -->\n# T\n\n<!-- meeting: 1 -->\n<!-- meeting: 2 -->\n\n## A\n<!-- checklist -->\n")
        }
    }

    @Test("the next meeting is offered once the group has met: not before, and not when every meeting has begun")
    func nextMeeting() throws {
        var workshop = try WorkshopParser.parse(Self.text)
        #expect(workshop.nextMeeting == nil, "nothing done yet: continue as usual")
        #expect(workshop.lastMeetingHeld?.number == 1)
        workshop.sections[0].body.modifyChecklist { $0.entries[0] = .point(ChecklistPoint(text: "Idéen er skrevet ned", isDone: true)) }
        #expect(workshop.nextMeeting?.number == 2 && workshop.nextMeeting?.sections == 2..<3)
        workshop.sections[2].body = .questions([Question(text: "Hvad vil partneren?", notes: "Flere unge")])
        #expect(workshop.nextMeeting == nil)
        #expect(workshop.lastMeetingHeld?.number == 2)

        let menu = StartMenu(kits: [], workshops: [(path: "m.md", title: "Partnerskab")],
                             nextMeetings: ["m.md": try #require(try WorkshopParser.parse(Self.text).meetingParts.last)])
        #expect(menu.entries.count == 2)
        var chosen = menu
        _ = chosen.handle(.keyPressed(.down))
        #expect(chosen.handle(.keyPressed(.enter)) == [.openAt(path: "m.md", section: 2)], "opens at the meeting's first section")
    }

    @Test("the minutes cover one meeting under a title naming it, or all; the export key takes the meeting on screen")
    func minutes() throws {
        let workshop = try WorkshopParser.parse(Self.text)
        let (first, number) = try #require(workshop.minutes(of: .meeting(1)))
        #expect(number == 1)
        #expect(first.title == "Partnerskab – Møde 1: Foreningen alene")
        #expect(first.sections.map(\.title) == ["Trin 1", "Trin 2"])
        #expect(!MinutesText.render(first).contains("Trin 4"), "meeting 1's minutes say nothing of meeting 2")
        #expect(workshop.minutes(of: .all)?.workshop == workshop)
        #expect(workshop.minutes(of: .meeting(3)) == nil)
        #expect(workshop.minutes(of: .lastHeld)?.workshop.sections.map(\.title) == ["Trin 1", "Trin 2"])
        var state = AppState(workshop: workshop, documentPath: "m.md")
        state.press(.character("3"))
        #expect(state.press(.character("E")) == [.export(try #require(workshop.minutes(of: .meeting(2))).workshop, meeting: 2)])
    }
}
