import Testing
@testable import TavleCore
import TavleTestSupport

/// The one sanitizer: which scalars are controls, and that every variant removes or escapes
/// all of them while Danish, emoji and combining marks pass untouched.
@Suite("VisibleText: the one sanitizer")
struct VisibleTextTests {
    /// The bidirectional formatting characters (UAX #9, explicit formatting and marks) that
    /// could reorder what is shown: LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM.
    static let bidiControls: [UInt32] = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C]

    /// What the tests hold to be a control, from the standard library's Unicode data rather
    /// than from `VisibleText`'s own ranges: general category Cc, and the bidi controls.
    static func isControlByData(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || bidiControls.contains(scalar.value)
    }

    /// Every scalar of Unicode, surrogates left out.
    static let allScalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)

    /// Text that must come through every variant as it is.
    static let kept = ["æøå ÆØÅ", "Ærø – «citat»…", "🙂", "👩‍👩‍👧", "👍🏽", "🇩🇰", "e\u{301}", "å\u{30A}", "ñ", "日本語", "Ωμέγα", "عربى", "❤️", "✓ ▶ ─"]

    @Test("every C0 and C1 control, DEL and every bidi control is a control, and nothing else")
    func classification() {
        let controls = Self.allScalars.filter(VisibleText.isControl)
        #expect(controls == Self.allScalars.filter(Self.isControlByData))
        #expect(controls.count == 32 + 1 + 32 + Self.bidiControls.count)
        for value in Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F) + Self.bidiControls.map(Int.init) {
            #expect(VisibleText.isControl(Unicode.Scalar(UInt32(value))!), "U+\(String(value, radix: 16))")
        }
    }

    /// Random text of kept pieces, every control and lone marks, seeded.
    static func randomTexts(seed: UInt64, count: Int) -> [String] {
        var random = SeededRandom(seed: seed)
        let controls = Self.allScalars.filter(Self.isControlByData).map { String($0) }
        let pieces = kept + controls + ["\r\n", "\u{301}", "\u{200B}", "a", " ", "\u{FEFF}"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...16, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test("printable and printableLines leave no control: escapes instead, every line ended by a line feed in printableLines",
          arguments: TestSeed.seeds([61]))
    func printableHasNoControls(seed: UInt64) {
        let replay = TestSeed.replay(seed)
        for text in Self.randomTexts(seed: seed, count: 3_000) {
            #expect(!VisibleText.printable(text).unicodeScalars.contains(where: Self.isControlByData), "\(text.debugDescription), \(replay)")
            #expect(!VisibleText.printableLines(text).unicodeScalars.contains { $0 != "\n" && Self.isControlByData($0) }, "\(text.debugDescription), \(replay)")
            let lineFeeds = text.unicodeScalars.filter { $0 == "\n" }.count + (text.isEmpty || text.unicodeScalars.last == "\n" ? 0 : 1)
            #expect(VisibleText.printableLines(text).unicodeScalars.filter { $0 == "\n" }.count == lineFeeds, "every line ended: \(text.debugDescription), \(replay)")
        }
    }

    @Test("oneLine and keepingLineBreaks drop exactly the controls (line breaks and tabs as they say) and keep every other scalar in order",
          arguments: TestSeed.seeds([62]))
    func droppingVariants(seed: UInt64) {
        let replay = TestSeed.replay(seed)
        for text in Self.randomTexts(seed: seed, count: 3_000) {
            let oneLine = text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                if scalar == "\n" || scalar == "\r" || scalar == "\t" { return " " }
                return Self.isControlByData(scalar) ? nil : scalar
            }
            #expect(Array(VisibleText.oneLine(text).unicodeScalars) == oneLine, "\(text.debugDescription), \(replay)")
            let keeping = Array(text.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || !Self.isControlByData($0) })
            #expect(Array(VisibleText.keepingLineBreaks(text).unicodeScalars) == keeping, "\(text.debugDescription), \(replay)")
        }
    }

    @Test("Danish, emoji and combining marks come through every variant untouched", arguments: kept)
    func keepsText(text: String) {
        #expect(VisibleText.printable(text) == text)
        #expect(VisibleText.printableLines(text + "\n" + text) == text + "\n" + text + "\n")
        #expect(VisibleText.oneLine(text) == text)
        #expect(VisibleText.keepingLineBreaks(text + "\n\t" + text) == text + "\n\t" + text)
        #expect(text.allSatisfy { VisibleText.escape($0) == nil })
    }

    @Test("controls and lone marks are shown as visible escapes", arguments: [
        ("a\u{1B}[31mb", "a^[[31mb"), ("bell\u{7}", "bell^G"), ("del\u{7F}", "del^?"), ("c1\u{9B}x", "c1<U+009B>x"),
        ("\u{202E}evil", "<U+202E>evil"), ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"), ("tab\tx", "tab^Ix"),
        ("\u{301}lone", "<U+0301>lone"), ("zero\u{200B}width", "zero<U+200B>width"), ("crlf\r\n", "crlf^M^J"),
    ])
    func escapes(text: String, shown: String) {
        #expect(VisibleText.printable(text) == shown)
    }

    @Test("printableLines keeps line ends as line ends, CR LF too, ends the last line, and escapes the rest")
    func lines() {
        #expect(VisibleText.printableLines("a\u{1B}\r\nb\n\n") == "a^[\nb\n\n")
        #expect(VisibleText.printableLines("x\ry") == "x^My\n")
        #expect(VisibleText.printableLines("") == "")
    }

    @Test("every export of text full of controls holds none of them, and keeps the Danish and the emoji", arguments: ExportFormat.allCases)
    func exports(format: ExportFormat) {
        let everyControl = String(String.UnicodeScalarView(Self.allScalars.filter(Self.isControlByData)))
        let text = "Ærø 🙂 e\u{301} " + everyControl + " slut"
        let workshop = Workshop(title: text, sections: [
            Section(title: text, body: .checklist(Checklist(entries: [.point(ChecklistPoint(text: text))]))),
            Section(title: "Spørgsmål", body: .questions([Question(text: text, notes: text + "\n" + text)])),
            Section(title: "Tavle", body: .board(Board(columns: [Column(title: text, cards: [Card(text: text)])]))),
            Section(title: "Handlinger", body: .actions([ActionItem(what: text, who: text)])),
        ])
        let export = WorkshopExport.render(workshop, as: format)
        // Line feeds end lines in every format; tabs stay in HTML and CSV; CSV ends rows in CR LF.
        let allowed: Set<Unicode.Scalar> = format == .csv ? ["\n", "\t", "\r"] : ["\n", "\t"]
        #expect(!export.unicodeScalars.contains { Self.isControlByData($0) && !allowed.contains($0) })
        #expect(export.contains("Ærø 🙂 e\u{301}") && export.contains("slut"))
    }

    @Test("csv defuses a formula only at a cell's start")
    func formulas() {
        for formula in ["=1+1", "+1", "-5", "@SUM(A1)", "\t=1"] { #expect(MinutesCSV.defusingFormula(formula) == "'" + formula) }
        for text in ["1-1", "a=b", "", "æ@ø"] { #expect(MinutesCSV.defusingFormula(text) == text) }
        let csv = MinutesCSV.render(Workshop(title: "x", sections: [
            Section(title: "\u{7}=CMD()", body: .board(Board(columns: [Column(title: "k", cards: [Card(text: "\u{202E}@x")])]))),
        ]))
        #expect(csv.contains("\r\n'=CMD(),") && csv.contains(",'@x,"), "controls go first, so one cannot hide a formula")
    }

    @Test("JSON escapes every control, bidi controls too, and the JavaScript line separators")
    func json() {
        #expect(JSONText.quote("a\u{202E}b\u{1B}\u{85}\u{2028}æ") == "\"a\\u202eb\\u001b\\u0085\\u2028æ\"")
        for scalar in Self.allScalars.filter(Self.isControlByData) {
            #expect(!JSONText.quote(String(scalar)).unicodeScalars.contains(where: Self.isControlByData), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("a paste loses its controls, bidi controls too, and keeps its lines, Danish and emoji")
    func paste() {
        #expect(AppState.pastable("Ærø\r\n\u{202E}🙂\te\u{301}\u{1B}[1m\u{9B}") == "Ærø\n🙂 e\u{301}[1m")
    }
}
