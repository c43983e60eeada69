import Testing
@testable import TavleCore
import TavleKits
@testable import TavleScreen

/// `tavle check`'s projector warnings: what a kit loses at 100x30, measured on the views as
/// they draw. Every bundled kit passes; each kind of loss is found in a kit made to have it.
@Suite("Kits that read at 100x30")
struct ScreenFitTests {
    @Test("every bundled kit reads at 100x30 without a warning", arguments: BundledFiles.kits().map(\.name))
    func bundledKits(name: String) throws {
        let kit = try WorkshopParser.parse(try #require(BundledFiles.kits().first { $0.name == name }).text)
        #expect(ScreenFit.warnings(kit) == [])
    }

    /// Text of many rows whose every sentence differs, so its end is found only where it is shown.
    static let longWords = (1...14).map { "Drøft forslag nummer \($0) om hvem der kan hjælpe." }.joined(separator: " ")

    @Test("each kind of loss is found: a label cut, two entries alike, a column title and meaning cut, guidance cut")
    func eachKind() {
        let board = Board(columns: [
            Column(title: "Partnere, vi allerede kender rigtig godt fra før", description: Self.longWords),
            Column(title: "Top tre", isRanked: true, limit: 3),
        ])
        let workshop = Workshop(title: "T", sections: [
            Section(title: "Forventningsafstemningsmødet om alt", body: .questions([Question(text: "Hvad?")])),
            Section(title: "Forventningsaftale 2: om alt", body: .questions([Question(text: "Hvem?")])),
            Section(title: "Refleksion 1: et meget langt emne om noget her", body: .questions([Question(text: "Hvorfor?")])),
            Section(title: "Refleksion 1: et meget langt emne om noget der", body: .questions([Question(text: "Hvordan?")])),
            Section(title: "Brainstorm", guidance: Self.longWords, body: .board(board)),
            Section(title: "Spørgsmål", guidance: (1...80).map { "Sætning \($0) af vejledningen." }.joined(separator: " "),
                    body: .questions([Question(text: "Hvad nu?")])),
        ])
        let warnings = ScreenFit.warnings(workshop)
        #expect(warnings.contains(.agendaLabelCut(section: 1, shown: AgendaView.shownTitle(workshop, 1, width: 25, height: 27, text: DanishText()))))
        #expect(!warnings.contains { if case .agendaLabelCut(0, _) = $0 { true } else { false } }, "ten letters of an unnumbered label are enough")
        #expect(warnings.contains { if case .agendaSame(3, 2, _) = $0 { true } else { false } })
        #expect(warnings.contains(.columnMeaningCut(section: 4, column: 0)))
        #expect(!warnings.contains(.columnTitleCut(section: 4, column: 0)), "the foot shows the whole title while the column is focused")
        #expect(warnings.contains(.guidanceCut(section: 4)), "a board's guidance gets a third of the rows")
        #expect(warnings.contains(.guidanceCut(section: 5)), "the first question falls off the first screen")
        #expect(!warnings.contains(.guidanceCut(section: 0)))
    }

    @Test("a matrix's axis word that its place cannot hold is found, and drawn cut with an ellipsis")
    func axisCut() {
        let long = "om kommunens behov for en indsats over for borgerne"
        let columns = ["Idéer", "A", "B", "C", "D"].map { Column(title: $0) }
        let workshop = Workshop(title: "T", sections: [
            Section(title: "Former", body: .board(Board(columns: columns, matrix: Matrix(left: "rekruttering", right: long, top: "formel", bottom: "uformel")))),
            Section(title: "Kort", body: .board(Board(columns: columns, matrix: Matrix(left: "let", right: "svær", top: "stor", bottom: "lille")))),
        ])
        #expect(ScreenFit.warnings(workshop) == [.axisCut(section: 0)])
        var state = AppState(workshop: workshop, documentPath: "x")
        state.continueAt(section: 0, cursor: Cursor())
        let lines = WorkshopView.render(state, width: 100, height: 30).grid.lines
        #expect(lines.contains { $0.contains("om kommunens") && $0.contains("… →") }, "cut with an ellipsis, not by the edge")
    }

    @Test("a label is what tells sections apart: up to a colon, dash or question mark, else the first word")
    func labels() {
        #expect(ScreenFit.label(of: "Trin 2: partneridentifikation – vælg en partner") == "Trin 2")
        #expect(ScreenFit.label(of: "Råd 1: involvér politikerne tidligt") == "Råd 1")
        #expect(ScreenFit.label(of: "Hvem skal vi så række ud til? – Placér") == "Hvem", "a label of more than 20 characters is only its first word")
        #expect(ScreenFit.label(of: "Forventningsaftalen") == "Forventningsaftalen")
        #expect(ScreenFit.showsLabel("Forventningsaft…", of: "Forventningsaftalen"))
        #expect(!ScreenFit.showsLabel("Anbefaling 1…", of: "Anbefaling 12: noget"))
    }
}
