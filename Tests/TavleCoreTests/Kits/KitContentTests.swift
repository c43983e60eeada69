import Testing
import TavleKits
@testable import TavleCore

/// The shape of every bundled kit against the inventory of its guide: a test per kit that fails
/// if a step, a question, a point or a column goes missing.
@Suite("Bundled kits: content")
struct KitContentTests {
    /// A section's kind and size: questions and columns by count, checklists by groups/points.
    static func shape(_ section: Section) -> String {
        switch section.body {
        case .questions(let questions): return "questions \(questions.count)"
        case .board(let board): return "board \(board.columns.count)"
        case .checklist(let checklist):
            return "checklist \(checklist.entries.count { !$0.isPoint })/\(checklist.pointCount)"
        case .actions(let items): return "actions \(items.count)"
        }
    }

    static func kit(_ name: String) throws -> Workshop {
        try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == name }).text)
    }

    static func column(_ workshop: Workshop, _ title: String) -> [Column] {
        workshop.sections.flatMap { section -> [Column] in
            if case .board(let board) = section.body { return board.columns.filter { $0.title == title } }
            return []
        }
    }

    @Test("partnerskab (003): introduction, steps 1–5, brainstorm with a 3-minute silent round in half an hour, top three and plan B")
    func partnerskab() throws {
        let kit = try Self.kit("partnerskab")
        #expect(kit.metadata(.audience) == "forening")
        #expect(kit.metadata(.source) == "Sådan kommer et partnerskab i stand")
        // Two meetings: the forening alone (Trin 1–3), then with the partner (Trin 4–5).
        let meetings = kit.meetingParts
        #expect(meetings.count == 2)
        #expect(meetings.last.map { kit.sections[$0.sections.lowerBound].title.hasPrefix("Trin 4") } == true)
        #expect(meetings.first.map { kit.sections[$0.sections].allSatisfy { !$0.title.hasPrefix("Trin 4") && !$0.title.hasPrefix("Trin 5") } } == true)
        #expect(kit.sections.map(Self.shape) == [
            "checklist 1/4", "questions 4", "board 3", "checklist 2/7", "actions 2", "questions 6", "questions 6",
        ])
        #expect(kit.sections.map { $0.title.prefix(6) } == ["Før I ", "Trin 1", "Trin 2", "Trin 3", "Inden ", "Trin 4", "Trin 5"],
                "the first meeting's close has a name of its own, not a second Trin 3")
        #expect(kit.sections[2].timeboxes == [3, 27], "three minutes of silent reflection, then the talk: about 30 minutes")
        #expect(!kit.sections[0].body.checklistTexts.contains { $0.contains("partnerskabsmodel") }, "no model that is not on screen")
        let top = try #require(Self.column(kit, "Top tre").first)
        #expect(top.isRanked && top.limit == 3)
        #expect(Self.column(kit, "Alle forslag").count == 1 && Self.column(kit, "Plan B").count == 1)
        guard case .questions(let agreement) = kit.sections[6].body else { Issue.record(); return }
        let parts = agreement.map { $0.text.lowercased() }.joined(separator: " ")
        for part in ["vision", "målsætning", "aktivitet", "ansvar", "tidsplan", "følge"] {
            #expect(parts.contains(part), "the agreement asks for \(part)")
        }
        // The agreement writes down what Trin 4 settled; it does not ask it again.
        guard case .questions(let ownership) = kit.sections[5].body else { Issue.record(); return }
        let opening = { (text: String) in text.lowercased().split(separator: " ").prefix(3).joined(separator: " ") }
        #expect(Set(agreement.map { opening($0.text) }).isDisjoint(with: ownership.map { opening($0.text) }))
        // Responsible persons and the follow-up date are action items: who, what, by when.
        guard case .actions(let followUp) = kit.sections[4].body else { Issue.record("step 3's follow-up is action items"); return }
        #expect(kit.sections[4].guidance.contains("ansvarlige") && kit.sections[4].guidance.contains("dato"))
        #expect(followUp.contains { $0.what.lowercased().contains("følg op") })
        #expect(followUp.allSatisfy { !$0.isDone && $0.who.isEmpty && $0.due == nil }, "the kit leaves who and when to the meeting")
    }

    @Test("samarbejde (001): everyday life, 3+3 points, the priority matrix with its short list, notes, 4 tips, 12 points in 6 groups, then the next steps as actions")
    func samarbejde() throws {
        let kit = try Self.kit("samarbejde")
        #expect(kit.metadata(.audience) == "begge")
        #expect(kit.sections.map(Self.shape) == [
            "questions 4", "checklist 2/6", "board 6", "questions 2", "questions 4", "checklist 6/12", "actions 2",
        ])
        #expect(kit.sections.last?.title == "Næste skridt", "the workshop ends with who contacts which partner, and when")
        #expect(kit.sections[2].title.hasPrefix("Hvem skal vi så række ud til?"))
        #expect(kit.sections[3].title == "Noter fra prioriteringen", "the group's notes, not the guide's 'Dine noter' page")
        // The guide's priority diagram: how much a partner can do for the citizen, and how easy
        // it is to reach; then a ranked short list.
        guard case .board(let priority) = kit.sections[2].body else { Issue.record(); return }
        #expect(priority.matrix == Matrix(left: "let at nå", right: "svær at nå", top: "gør stor forskel for borgeren", bottom: "gør mindre forskel"))
        #expect(priority.columns.map(\.title) == ["Alle forslag", "Kontakt først", "Arbejd for det", "Tag med", "Ikke nu", "Kortliste"])
        #expect(priority.matrix?.place(ofColumn: 1) == "let at nå, gør stor forskel for borgeren")
        let ranked = Self.column(kit, "Kortliste")
        #expect(ranked.first?.isRanked == true && ranked.first?.limit == 3)
    }

    @Test("forventninger (000): seven steps with 4, 4, 5, 4, 6, 2 and 4 points, the review date, the agreement")
    func forventninger() throws {
        let kit = try Self.kit("forventninger")
        #expect(kit.metadata(.audience) == "kommune")
        #expect(kit.sections.map(Self.shape) == [
            "questions 4", "questions 4", "questions 5", "questions 4", "questions 6", "questions 2",
            "checklist 1/4", "actions 1", "questions 7",
        ])
        for step in 1...7 {
            #expect(kit.sections[step - 1].title.hasPrefix("Trin \(step)"))
        }
        #expect(kit.sections.last?.title == "Forventningsaftalen")
        guard case .actions(let review) = kit.sections[7].body else { Issue.record("the review date is an action item"); return }
        #expect(review.count == 1 && review[0].what.contains("Gennemgå") && review[0].due == nil)
        #expect(kit.sections.reduce(0) { $0 + ($1.minutes ?? 0) } == 120, "fits the two hours the kit promises")
    }

    @Test("inspiration (002): background, four recommendations with their questions, roles, steps and the 2x2; ends in actions")
    func inspiration() throws {
        let kit = try Self.kit("inspiration")
        #expect(kit.metadata(.audience) == "begge")
        #expect(kit.sections.map(Self.shape) == [
            "questions 3", "board 4", "questions 5", "checklist 0/5", "checklist 1/5", "questions 4",
            "checklist 0/5", "board 5", "checklist 0/5", "checklist 1/3", "questions 3", "questions 1", "actions 2",
        ])
        #expect(kit.sections.last?.title == "Afslutning: Vores konkrete tiltag", "the closing decision is action items, with owners and dates")
        #expect(Self.column(kit, "Eksperten").count == 1 && Self.column(kit, "Rollemodellen").count == 1)
        guard case .board(let forms) = kit.sections[7].body else { Issue.record(); return }
        #expect(forms.columns.map(\.title) == [
            "Idéer", "Formel aftale om rekruttering", "Formel aftale om indsatsbehov",
            "Uformel kontakt om rekruttering", "Uformel kontakt om indsatsbehov",
        ])
        // The guide's 2x2: formal or informal, about recruitment or about the need for an effort.
        #expect(forms.matrix == Matrix(left: "rekruttering", right: "indsatsbehov", top: "formel aftale", bottom: "uformel kontakt"))
        #expect(kit.sections[0].guidance.contains("30"), "the background facts")
        // A step is ticked when the group has decided on it in the meeting: the points name
        // steps to take, never deeds already done ("Vi har kontaktet …").
        for section in kit.sections where section.title.hasPrefix("Skridt") {
            #expect(section.body.checklistTexts.allSatisfy { !$0.hasPrefix("Vi ") }, "\(section.title)")
        }
    }

    @Test("frivilligpolitik (004): a plan to tick today, steering group, five pieces of advice, stakeholders, then the nine steps as action items in a sensible order, every section timed")
    func frivilligpolitik() throws {
        let kit = try Self.kit("frivilligpolitik")
        #expect(kit.metadata(.audience) == "kommune")
        #expect(kit.sections.map(Self.shape) == [
            "checklist 2/6", "questions 4", "questions 5", "questions 5", "questions 5", "questions 4", "questions 4", "board 6", "actions 9",
        ])
        #expect(kit.sections.allSatisfy { $0.minutes != nil }, "times on every step")
        guard case .actions(let steps) = kit.sections.last?.body else { Issue.record(); return }
        let main = steps.map(\.what)
        #expect(main.count == 9, "steps that happen months later are action items, not points to tick today")
        for (index, text) in main.enumerated() {
            #expect(text.hasPrefix("Trin \(index + 1)"), "steps numbered 1–9 without a gap: \(text)")
        }
        let consult = try #require(main.firstIndex { $0.lowercased().contains("høring") && !$0.lowercased().contains("efter") })
        let adjust = try #require(main.firstIndex { $0.lowercased().contains("efter høring") || $0.lowercased().contains("justér") || $0.lowercased().contains("juster") })
        #expect(consult < adjust, "send to consultation before adjusting after it")
        #expect((1...5).allSatisfy { number in kit.sections.contains { $0.title.hasPrefix("Råd \(number)") } })
        #expect(Self.column(kit, "Høring").count == 1 && Self.column(kit, "Styregruppe").count == 1)
    }

    /// Forms a scanned Danish text garbles into; a bundled kit must contain none of them.
    static let garbledForms = ["spgrgsmal", "sp@rgsmal", "feellesskab", "fzellesskab", "fzllesskab", "ngglen", "veere", "seerligt", "unders@gelse"]

    @Test("no kit contains OCR garbage: @ | & inside words, digits glued to letters, ee/z forms", arguments: BundledFiles.kits().map(\.name))
    func noGarbage(name: String) throws {
        // A matrix's axis lines separate their ends with " | ", which is not a garbled I; a
        // meeting divider's marker word is English.
        let text = try #require(BundledFiles.kits().first { $0.name == name }).text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("<!-- x: ") && !$0.hasPrefix("<!-- y: ") && !$0.hasPrefix("<!-- meeting: ") }.joined(separator: "\n")
        let words = text.split { !($0.isLetter || $0.isNumber || "@|&".contains($0)) }.map { $0.lowercased() }
        let allowed: Set = ["peer", "aarhus2017"]
        for word in words where !allowed.contains(word) {
            #expect(!word.contains { "@|&".contains($0) }, "\(word)")
            let hasLetter = word.contains { $0.isLetter }
            let hasDigit = word.contains { $0.isNumber }
            #expect(!(hasLetter && hasDigit), "a digit inside a word: \(word)")
            #expect(!word.contains("ee") && !word.contains("z"), "looks like a garbled æ: \(word)")
        }
        for form in Self.garbledForms {
            #expect(!text.lowercased().contains(form), "\(form)")
        }
    }

    @Test("the OCR check itself catches the garbage of the scanned guide")
    func garbageIsCaught() {
        for garbled in ["REFLEKSIONSSP@RGSMAL", "arbejdsfeellesskabet", "m3ske", "veere"] {
            let word = garbled.lowercased()
            let flagged = word.contains { "@|&".contains($0) } || (word.contains { $0.isLetter } && word.contains { $0.isNumber })
                || word.contains("ee") || word.contains("z")
            #expect(flagged, "\(garbled)")
        }
    }
}

extension SectionBody {
    /// A checklist's point texts, for checking a kit's wording.
    var checklistTexts: [String] {
        guard case .checklist(let checklist) = self else { return [] }
        return checklist.entries.compactMap { if case .point(let point) = $0 { point.text } else { nil } }
    }
}
