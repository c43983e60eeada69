import Testing
import TavleKits
@testable import TavleCore

@Suite("Bundled kits")
struct BundledKitTests {
    static let kits = BundledFiles.kits()

    @Test("all five guides are bundled, in the start screen's order")
    func present() {
        #expect(Self.kits.map(\.name) == ["partnerskab", "samarbejde", "forventninger", "inspiration", "frivilligpolitik"])
    }

    @Test("the kits and themes built into the binary are byte for byte the files in the repository")
    func embeddedAsInRepository() throws {
        for kit in Self.kits {
            #expect(try RepositoryFile.read("Sources/TavleKits/Kits/\(kit.name).md") == kit.text, "\(kit.name)")
        }
        let themes = BundledFiles.themes()
        #expect(!themes.isEmpty)
        for theme in themes {
            #expect(try RepositoryFile.read("themes/\(theme.name).theme") == theme.text, "\(theme.name)")
        }
    }

    @Test("every kit parses, passes the checks, round-trips, and is empty of meeting state",
          arguments: BundledFiles.kits().map(\.name))
    func valid(name: String) throws {
        let text = try #require(Self.kits.first { $0.name == name }?.text)
        #expect(WorkshopCheck.problems(in: text) == [])
        let kit = try WorkshopParser.parse(text)
        #expect(try WorkshopParser.parse(WorkshopSerializer.serialize(kit)) == kit)
        #expect(kit.metadata(.kit) == name)
        #expect(kit.metadata(.source) != nil && kit.metadata(.publisher) != nil)
        for section in kit.sections {
            switch section.body {
            case .checklist(let checklist): #expect(checklist.tickedCount == 0, "\(section.title)")
            case .questions(let questions): #expect(questions.allSatisfy { $0.notes.isEmpty }, "\(section.title)")
            case .board(let board): #expect(board.columns.allSatisfy { $0.cards.isEmpty } && board.dotsPerParticipant == nil, "\(section.title)")
            case .actions(let items): #expect(items.allSatisfy { !$0.isDone && $0.who.isEmpty && $0.due == nil }, "\(section.title)")
            }
        }
    }

    @Test("partnerskab (guide 003): five steps, the brainstorm board with a ranked top three and plan B")
    func partnerskab() throws {
        let kit = try WorkshopParser.parse(#require(Self.kits.first { $0.name == "partnerskab" }).text)
        for step in 1...5 {
            #expect(kit.sections.contains { $0.title.hasPrefix("Trin \(step)") }, "step \(step)")
        }
        let brainstorm = try #require(kit.sections.first { $0.kind == .board })
        #expect(brainstorm.timeboxes.first == 3, "the guide's 3-minute silent round comes first")
        guard case .board(let board) = brainstorm.body else { return }
        #expect(board.columns.count == 3)
        #expect(board.columns.filter(\.isRanked).map(\.limit) == [3])
        #expect(board.columns.last?.title == "Plan B")
        let step1 = try #require(kit.sections.first { $0.title.hasPrefix("Trin 1") })
        guard case .questions(let questions) = step1.body else { Issue.record("step 1 is questions"); return }
        #expect(questions.count >= 3)
        let agreement = try #require(kit.sections.first { $0.title.hasPrefix("Trin 5") })
        guard case .questions(let parts) = agreement.body else { Issue.record("step 5 is questions"); return }
        #expect(parts.count >= 6, "vision, objectives, activities, responsible persons, timeline, follow-up")
    }

    @Test("samarbejde (guide 001): the partner priority board and the 12-point checklist in 6 groups")
    func samarbejde() throws {
        let kit = try WorkshopParser.parse(#require(Self.kits.first { $0.name == "samarbejde" }).text)
        let board = try #require(kit.sections.first { $0.kind == .board })
        guard case .board(let priority) = board.body else { return }
        #expect(priority.columns.contains { $0.isRanked })
        let checklist = try #require(kit.sections.last { $0.kind == .checklist })
        guard case .checklist(let points) = checklist.body else { return }
        #expect(points.pointCount >= 12)
        #expect(points.entries.filter { !$0.isPoint }.count == 6)
    }
}
