import Testing
@testable import TavleCore
import TavleTestSupport

/// Random workshops through the file format. Every failure names its seed as
/// `TAVLE_TEST_SEED=N`; setting that runs only seed N, to replay it.
@Suite("File format: exact round trip")
struct RoundTripPropertyTests {
    @Test("parse(serialize(w)) == w for random workshops full of Markdown-like text")
    func roundTrip() throws {
        for seed in TestSeed.seeds(1...1500) {
            var generator = RandomWorkshop(random: SeededRandom(seed: seed))
            let workshop = generator.workshop()
            let text = WorkshopSerializer.serialize(workshop)
            let parsed = try TestSeed.naming(seed) { try WorkshopParser.parse(text) }
            #expect(parsed == workshop, "\(TestSeed.replay(seed))")
            if parsed != workshop { return }
        }
    }

    @Test("serialized text is valid UTF-8 that decodes to itself")
    func decodeSerialized() throws {
        for seed in TestSeed.seeds(1...200) {
            var generator = RandomWorkshop(random: SeededRandom(seed: seed))
            let text = WorkshopSerializer.serialize(generator.workshop())
            #expect(try TestSeed.naming(seed) { try WorkshopParser.decode(Array(text.utf8)) } == text, "\(TestSeed.replay(seed))")
        }
    }

    @Test("a file with CR-only (old Mac), CRLF or mixed LF, CRLF and CR CR LF line ends reads exactly as with LF")
    func carriageReturnLineEnds() throws {
        for seed in TestSeed.seeds(1...500) {
            var generator = RandomWorkshop(random: SeededRandom(seed: seed))
            let workshop = generator.workshop()
            let text = WorkshopSerializer.serialize(workshop)
            var mixed = ""
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                // (A CR alone before CRLF would be CR CR LF, one line end: CR-only is its own variant.)
                mixed.unicodeScalars.append(contentsOf: scalar == "\n" ? ["\n", "\r\n", "\r\r\n"][offset % 3].unicodeScalars : String(scalar).unicodeScalars)
            }
            for variant in [text.replacing("\n", with: "\r"), text.replacing("\n", with: "\r\n"), mixed] {
                let parsed = try TestSeed.naming(seed) { try WorkshopParser.parse(variant) }
                #expect(parsed == workshop, "\(TestSeed.replay(seed))")
                if parsed != workshop { return }
            }
        }
    }

    @Test("a text holding line breaks, which no file gives, is written so the file reads and is stable from then on")
    func lineBreaksInText() throws {
        for seed in TestSeed.seeds(1...500) {
            var generator = RandomWorkshop(random: SeededRandom(seed: seed))
            var workshop = generator.workshop()
            workshop.title += "a\rb\nc"
            workshop.introduction = "x\ry\r\nz\r"
            workshop.sections.append(Section(title: "s\r", body: .board(Board(columns: [Column(title: "k\n", cards: [Card(text: "a\r\nb", votes: 2)])]))))
            workshop.sections.append(Section(title: "q", body: .questions([Question(text: "?", notes: "første\randen\r\n\rtredje")])))
            let once = try TestSeed.naming(seed) { try WorkshopParser.parse(WorkshopSerializer.serialize(workshop)) }
            let twice = try TestSeed.naming(seed) { try WorkshopParser.parse(WorkshopSerializer.serialize(once)) }
            #expect(once == twice, "\(TestSeed.replay(seed))")
            #expect(once.title.hasSuffix("a b c") && once.introduction == "x\ny\nz", "\(TestSeed.replay(seed))")
            guard case .questions(let questions) = once.sections.last?.body else { Issue.record("no questions, \(TestSeed.replay(seed))"); return }
            #expect(questions[0].notes == "første\nanden\n\ntredje", "\(TestSeed.replay(seed))")
        }
    }
}
