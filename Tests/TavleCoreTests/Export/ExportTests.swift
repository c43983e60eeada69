import Foundation
import Testing
import TavleKits
@testable import TavleCore

/// Exports of a workshop that uses every section kind, with hostile text in every field,
/// compared with golden files (`TAVLE_RECORD_SNAPSHOTS=1` rewrites them).
@Suite("Exports: html, md, csv, txt")
struct ExportTests {
    static let hostile = "<script>alert(\"x\")</script> & 'q' =SUM(A1); \"a, b\" |x| # \u{1B}[31m"

    /// Every section kind, votes, ties, ranks, done and open, a date, Danish letters, and the
    /// hostile text in every field a person can type.
    static let workshop: Workshop = {
        var workshop = Workshop(
            title: "Partnerskab med Ærø Bibliotek " + hostile,
            metadata: [MetadataEntry(key: "kit", value: "partnerskab"), MetadataEntry(key: "source", value: "Sådan kommer et partnerskab i stand")],
            sections: [
                Section(title: "Tjekliste " + hostile, guidance: "Sæt kryds.", body: .checklist(Checklist(entries: [
                    .group(ChecklistGroup(title: "Find fælles grund", description: "Tal om det store billede.")),
                    .point(ChecklistPoint(text: "Alle er med", isDone: true)),
                    .point(ChecklistPoint(text: hostile)),
                    .point(ChecklistPoint(text: "- ligner en liste", isDone: true, isSubpoint: true)),
                ]))),
                Section(title: "Spørgsmål", body: .questions([
                    Question(text: "Hvad vil vi opnå?", hint: "Tænk stort.", notes: "Flere unge frivillige\n\n" + hostile),
                    Question(text: "Hvem kan hjælpe?"),
                ])),
                Section(title: "Brainstorm", body: .board(Board(columns: [
                    Column(title: "Alle forslag", cards: [Card(text: "Biblioteket", votes: 2), Card(text: hostile, votes: 2), Card(text: "Kirken")]),
                    Column(title: "Top tre", isRanked: true, limit: 1, cards: [Card(text: "Skolen", votes: 4), Card(text: "Hallen", votes: 1)]),
                ], dotsPerParticipant: 3))),
                Section(title: "Handlinger", body: .actions([
                    ActionItem(what: "Ring til biblioteket", who: "Mette Hansen", due: CalendarDate(year: 2026, month: 12, day: 1)),
                    ActionItem(what: hostile, who: hostile, isDone: true),
                ])),
            ]
        )
        workshop.meetingDate = CalendarDate(year: 2026, month: 11, day: 23)
        workshop.place = "Rådhuset <b>"
        workshop.participants = ["Mette Hansen", "Ali", "Ø & <Å>"]
        return workshop
    }()

    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TAVLE_RECORD_SNAPSHOTS"] == "1" {
            try? Data(text.utf8).write(to: file)
            return
        }
        guard let data = try? Data(contentsOf: file) else {
            Issue.record("no golden file \(name); record it with TAVLE_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(String(decoding: data, as: UTF8.self) == text, "\(name) differs", sourceLocation: sourceLocation)
    }

    @Test("every format against its golden file", arguments: ExportFormat.allCases)
    func golden(format: ExportFormat) {
        Self.assertGolden(WorkshopExport.render(Self.workshop, as: format), "minutes.\(format.fileExtension)")
    }

    @Test("no export holds a control character, and html holds no tag from the text")
    func hostileText() {
        for format in ExportFormat.allCases {
            let text = WorkshopExport.render(Self.workshop, as: format)
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B }, "\(format)")
        }
        let html = WorkshopExport.render(Self.workshop, as: .html)
        #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("<Å>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        #expect(!html.contains("src=") && !html.contains("http"), "self-contained: nothing loaded from elsewhere")
        #expect(html.contains("@media print") && html.contains("size: A4"))
    }

    @Test("csv: RFC 4180 quoting, CRLF, formulas kept as text; ; and a byte-order mark on request")
    func csv() {
        let comma = WorkshopExport.render(Self.workshop, as: .csv, csv: CSVOptions(language: .en))
        #expect(comma.hasPrefix("section,kind,column,rank,votes,text,who,when,done\r\n"))
        #expect(comma.contains("Brainstorm,card,Top tre,1,4,Skolen,,,\r\n"))
        #expect(comma.contains("Handlinger,action,,,,Ring til biblioteket,Mette Hansen,2026-12-01,no\r\n"))
        #expect(comma.contains("\"<script>alert(\"\"x\"\")</script> & 'q' =SUM(A1); \"\"a, b\"\" |x| # [31m\""))
        let semicolon = WorkshopExport.render(Self.workshop, as: .csv, csv: CSVOptions(separator: ";", byteOrderMark: true, language: .en))
        #expect(semicolon.hasPrefix("\u{FEFF}section;kind;column;rank;votes;text;who;when;done\r\n"))
        let danish = WorkshopExport.render(Self.workshop, as: .csv)
        #expect(danish.hasPrefix("afsnit,type,kolonne,plads,prikker,tekst,hvem,frist,gjort\r\n"), "the workshop's language by default")
        #expect(danish.contains(",punkt,") && danish.contains(",ja\r\n") && danish.contains(",nej\r\n") && !danish.contains(",yes"))
        #expect(MinutesCSV.defusingFormula("=1+1") == "'=1+1" && MinutesCSV.defusingFormula("-5") == "'-5")
    }

    @Test("markdown: text that looks like structure stays text")
    func markdown() {
        let md = WorkshopExport.render(Self.workshop, as: .md)
        #expect(md.contains("  - [x] - ligner en liste"), "after a box, a dash is text already")
        #expect(md.contains("**Dato:** 23. nov. 2026"))
        #expect(md.contains("\\<script\\>") && !md.contains("|x|"))
        #expect(md.contains("1. Skolen (4 prikker)") && md.contains("- Biblioteket (2 prikker, stemmelighed)"), "a tie in words, not the board's = mark")
    }

    @Test("markdown: text that starts with spaces or tabs is no indented code block and no nested list")
    func markdownIndented() {
        let workshop = Workshop(title: "Møde", sections: [
            Section(title: "    Tavle", body: .board(Board(columns: [
                Column(title: "Alle", cards: [Card(text: "    Indrykket kort"), Card(text: " - ikke en underliste"), Card(text: "Almindeligt")]),
                Column(title: "Top", isRanked: true, cards: [Card(text: "\t\tTabulator")]),
            ]))),
            Section(title: "Spørgsmål", body: .questions([Question(text: "Hvad?", notes: "Første\n     indrykket note")])),
            Section(title: "Aftaler", body: .actions([ActionItem(what: "    Ring", who: "  Mette")])),
        ])
        let md = MinutesMarkdown.render(workshop)
        #expect(md.contains("\n- &#32;   Indrykket kort\n"))
        #expect(md.contains("\n- &#32;\\- ikke en underliste\n") || md.contains("\n- &#32;- ikke en underliste\n"), "\(md)")
        #expect(md.contains("\n1. &#32; Tabulator\n") && md.contains("\n> &#32;    indrykket note  \n") && md.contains("\n- Almindeligt\n"))
        #expect(md.contains("| &#32;   Ring | &#32; Mette |"))
        // After a list marker, a quote marker or at a line's start, no line goes on with a space.
        for line in md.split(separator: "\n") where !line.hasPrefix("|") {
            let afterMarker = line.drop { $0 == "-" || $0 == ">" || $0 == "#" || $0.isNumber || $0 == "." }.dropFirst()
            #expect(afterMarker.first != " " && line.first != " ", "\(line)")
        }
    }

    @Test("a kit that ends in an agreement exports as that agreement: its parts, the date, signature lines")
    func agreement() throws {
        var workshop = try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == "forventninger" }).text)
        let agreementSection = try #require(workshop.sections.firstIndex { $0.title == "Forventningsaftalen" })
        workshop.sections[agreementSection].body.modifyQuestions { $0[0].notes = "Flere unge i foreningslivet." }
        let review = try #require(workshop.sections.firstIndex { $0.title.hasPrefix("Dato for næste gennemgang") })
        workshop.sections[review].body.modifyActions { $0[0].due = CalendarDate(year: 2027, month: 3, day: 1); $0[0].who = "Mette" }
        workshop.meetingDate = CalendarDate(year: 2026, month: 11, day: 23)
        workshop.participants = ["Mette", "Ali"]
        let found = try #require(Agreement.of(workshop))
        #expect(found.title == "Forventningsaftale" && found.nextDate == CalendarDate(year: 2027, month: 3, day: 1))
        let html = WorkshopExport.render(workshop, as: .html)
        Self.assertGolden(html, "agreement-forventninger.html")
        let agreementPart = String(html[..<(html.range(of: "class=\"appendix\"")?.lowerBound ?? html.endIndex)])
        #expect(agreementPart.contains("<h1>Forventningsaftale</h1>") && agreementPart.contains("Flere unge i foreningslivet."))
        #expect(agreementPart.contains("Næste gennemgang:</strong> 1. mar. 2027"))
        #expect(agreementPart.components(separatedBy: "class=\"signature\"").count == 3, "a line for each party")
        var partnerskab = try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == "partnerskab" }).text)
        #expect(Agreement.of(partnerskab) == nil, "while the agreement is empty the export is the minutes")
        #expect(!WorkshopExport.render(partnerskab, as: .html).contains("Partnerskabsaftale"))
        let trin5 = try #require(partnerskab.sections.firstIndex { $0.title.hasPrefix("Trin 5") })
        partnerskab.sections[trin5].body.modifyQuestions { $0[0].notes = "Et fælles løbehold." }
        let plan = try #require(partnerskab.sections.firstIndex { $0.title.hasPrefix("Inden I går hjem") })
        partnerskab.sections[plan].body.modifyActions { items in
            items[0].due = CalendarDate(year: 2026, month: 11, day: 22)  // done the day before: history
            items[0].isDone = true
            items[1].due = CalendarDate(year: 2027, month: 1, day: 15)  // the kit's own follow-up
            items.append(ActionItem(what: "Ring til biblioteket", due: CalendarDate(year: 2026, month: 12, day: 5)))
        }
        let agreement = try #require(Agreement.of(partnerskab))
        #expect(agreement.title == "Partnerskabsaftale")
        // The date set before going home from the first meeting follows up the first contact,
        // not the partnership: the agreement's own last part says how that is followed up.
        #expect(agreement.nextDate == nil && agreement.nextDateLabel == nil)
        let page = WorkshopExport.render(partnerskab, as: .html)
        #expect(page.contains("Partnerskabsaftale") && !page.contains("class=\"next\""))
        let second = try #require(partnerskab.minutes(of: .meeting(2)))
        #expect(Agreement.of(second.workshop)?.title == "Partnerskabsaftale", "the second meeting's minutes are the agreement")
        #expect(Agreement.of(Self.workshop) == nil, "no agreement section in the fixture")
    }

    @Test("dates read as on screen: the meeting's date and the deadlines in the config's date style; CSV keeps ISO",
          arguments: Settings.DateStyle.allCases)
    func dateStyle(style: Settings.DateStyle) throws {
        let meeting = style.format(try #require(Self.workshop.meetingDate))
        let due = style.format(try #require(CalendarDate(year: 2026, month: 12, day: 1)))
        let md = WorkshopExport.render(Self.workshop, as: .md, dateStyle: style)
        #expect(md.contains("**Dato:** \(meeting)") && md.contains("| Ring til biblioteket | Mette Hansen | \(due) | åben |"), "\(md)")
        let html = WorkshopExport.render(Self.workshop, as: .html, dateStyle: style)
        #expect(html.contains("<dt>Dato</dt><dd>\(meeting)</dd>") && html.contains("<td>Mette Hansen</td><td>\(due)</td>"))
        let txt = WorkshopExport.render(Self.workshop, as: .txt, dateStyle: style)
        #expect(txt.contains("Dato: \(meeting)\n") && txt.contains("[ ] Ring til biblioteket (Mette Hansen, \(due))\n"), "\(txt)")
        // A spreadsheet sorts and reads ISO dates whatever its locale: CSV is for machines.
        let csv = WorkshopExport.render(Self.workshop, as: .csv, dateStyle: style)
        #expect(csv.contains(",Ring til biblioteket,Mette Hansen,2026-12-01,nej\r\n"))
    }

    @Test("the numeric and ISO styles reach every date of an export, the agreement's next date too")
    func dateStyleEverywhere() throws {
        var workshop = try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == "forventninger" }).text)
        let agreementSection = try #require(workshop.sections.firstIndex { $0.title == "Forventningsaftalen" })
        workshop.sections[agreementSection].body.modifyQuestions { $0[0].notes = "Flere unge i foreningslivet." }
        let review = try #require(workshop.sections.firstIndex { $0.title.hasPrefix("Dato for næste gennemgang") })
        workshop.sections[review].body.modifyActions { $0[0].due = CalendarDate(year: 2027, month: 3, day: 1) }
        workshop.meetingDate = CalendarDate(year: 2026, month: 11, day: 23)
        let numeric = WorkshopExport.render(workshop, as: .html, dateStyle: .numeric)
        #expect(numeric.contains("Næste gennemgang:</strong> 01.03.2027") && numeric.contains("<dd>23.11.2026</dd>"))
        let iso = WorkshopExport.render(workshop, as: .html, dateStyle: .iso)
        #expect(iso.contains("Næste gennemgang:</strong> 2027-03-01") && iso.contains("<dd>2026-11-23</dd>"))
        for (style, text) in [(Settings.DateStyle.numeric, numeric), (.iso, iso)] {
            #expect(!text.contains("nov. 2026") && !text.contains("mar. 2027"), "no date left in the Danish style: \(style)")
        }
    }

    @Test("sections nobody touched are listed once as not reached, in every format")
    func notReached() throws {
        var workshop = try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == "partnerskab" }).text)
        workshop.sections[0].body.modifyChecklist { checklist in
            if case .point(var point) = checklist.entries[1] { point.isDone = true; checklist.entries[1] = .point(point) }
        }
        for format in [ExportFormat.md, .txt, .html] {
            let text = WorkshopExport.render(workshop, as: format)
            #expect(!text.contains("(ingen noter)"), "\(format)")
            #expect(text.contains("Ikke nået"), "\(format)")
            #expect(text.contains("Før I går i gang"))
            #expect(text.components(separatedBy: "Trin 4: Sikr fælles ejerskab").count == 2, "listed once: \(format)")
        }
    }

    @Test("status: points, questions, ranked places and open and overdue action items, also as JSON")
    func status() {
        let status = WorkshopStatus(Self.workshop, today: CalendarDate(year: 2026, month: 12, day: 2))
        func words(_ status: WorkshopStatus) -> String {
            status.line(kit: "kit", points: "points", questions: "questions", ranked: "ranked",
                        open: { $0 == 1 ? "open item" : "open items" }, overdue: "overdue")
        }
        #expect(words(status).hasSuffix("· kit partnerskab · 2026-11-23 · 2/3 points · 1/2 questions · 1/1 ranked · 1 open item (1 overdue)"))
        var withoutBoard = Self.workshop
        withoutBoard.sections.removeAll { if case .board = $0.body { true } else { false } }
        let plain = words(WorkshopStatus(withoutBoard, today: CalendarDate(year: 2026, month: 12, day: 2)))
        #expect(!plain.contains("ranked"), "no ranking figure without ranked places: \(plain)")
        #expect(status.json(file: "a\"b.md").hasPrefix("{\"file\":\"a\\\"b.md\",\"title\":"))
        #expect(JSONText.quote("\u{1B}\n\u{2028}") == "\"\\u001b\\n\\u2028\"")
    }
}

