import Foundation
import Testing

/// partnerskab held as the kit says, in two meetings, through the real binary: the agenda's
/// dividers, the start screen's "continue at meeting 2", and minutes per meeting.
@Suite("End to end: meetings in parts")
struct MeetingPartsTests {
    @Test("the agenda shows both meetings, the title bar and projector name the one on screen; after the first the start screen offers the second, which opens at Trin 4; minutes per meeting")
    func twoMeetings() throws {
        let (folder, session) = try Tmux.newWorkshop(kit: "partnerskab", width: 100, height: 30)
        // The dividers' titles whole, going on to a second line that carries the rule.
        let first = try session.waitFor(all: ["Møde 1: foreningen", "alene ───", "Møde 2: sammen med", "partneren ───"])
        let dividers = (first.firstIndex { $0.hasPrefix("Møde 1") } ?? 99, first.firstIndex { $0.hasPrefix("Møde 2") } ?? 0)
        #expect(dividers.0 < dividers.1)
        #expect(first[(dividers.1 + 1)...].first { $0.contains("Trin") }?.contains("Trin 4") == true, "meeting 2 begins at Trin 4:\n\(first.joined(separator: "\n"))")
        try session.press("Space")
        try waitUntil("a point ticked in the first meeting") { try folder.read("m.md").contains("- [x]") }
        try session.press("q")
        try session.waitUntilExited()

        // Weeks later: the start screen offers the next meeting beside the workshop.
        let start = try Tmux(width: 100, height: 30, command: TavleBinary.path, directory: folder.path)
        let screen = try start.waitFor(text: "Fortsæt ved Møde 2: sammen med partneren")
        let row = try #require(screen.firstIndex { $0.contains("Fortsæt ved Møde 2") })
        #expect(screen[row - 1].contains("m.md"), "right under the workshop it continues")
        try start.press("j")
        try start.press("Enter")
        try start.waitFor(all: ["Trin 4: Sikr fælles ejerskab", "Møde 2 · Afsnit 6/7", "▶ 6 Trin 4"])
        // The projector names the meeting too.
        try start.press("p")
        try start.waitFor(text: "Møde 2 · Afsnit 6/7")
        try start.press("p", "q")
        try start.waitUntilExited()

        // The minutes: the last meeting held (the first, so far), another on request, or all.
        let lastHeld = try TavleBinary.run(["export", "m.md", "--format", "txt", "-o", "-"], in: folder.path)
        #expect(lastHeld.output.contains("Sådan kommer et partnerskab i stand – Møde 1: foreningen alene"))
        #expect(!lastHeld.output.contains("Trin 4"), "nothing of the meeting not yet held")
        let second = try TavleBinary.run(["export", "m.md", "--format", "txt", "--meeting", "2", "-o", "-"], in: folder.path)
        #expect(second.output.contains("– Møde 2: sammen med partneren") && !second.output.contains("Før I går i gang"))
        let all = try TavleBinary.run(["export", "m.md", "--format", "txt", "--meeting", "all", "-o", "-"], in: folder.path)
        #expect(all.output.contains("Før I går i gang") && all.output.contains("Trin 4"))
        let written = try TavleBinary.run(["export", "m.md"], in: folder.path)
        #expect(written.output.trimmingCharacters(in: .whitespacesAndNewlines) == "m-referat-1.html", "beside the workshop, named for its meeting")
        let wrong = try TavleBinary.run(["export", "m.md", "--meeting", "3"], in: folder.path)
        #expect(wrong.status != 0 && wrong.error.contains("--meeting 3: workshoppen har 2 møder; skriv et tal fra 1 til 2 eller all"))
    }
}
