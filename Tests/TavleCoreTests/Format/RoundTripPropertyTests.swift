import Testing
@testable import TavleCore

@Suite("File format: exact round trip")
struct RoundTripPropertyTests {
    @Test("parse(serialize(w)) == w for random workshops full of Markdown-like text")
    func roundTrip() throws {
        for seed in UInt64(1)...1500 {
            var generator = RandomWorkshop(random: SplitMix64(seed: seed))
            let workshop = generator.workshop()
            let text = WorkshopSerializer.serialize(workshop)
            let parsed = try WorkshopParser.parse(text)
            #expect(parsed == workshop, "seed \(seed)")
            if parsed != workshop { return }
        }
    }

    @Test("serialized text is valid UTF-8 that decodes to itself")
    func decodeSerialized() throws {
        for seed in UInt64(1)...200 {
            var generator = RandomWorkshop(random: SplitMix64(seed: seed))
            let text = WorkshopSerializer.serialize(generator.workshop())
            #expect(try WorkshopParser.decode(Array(text.utf8)) == text)
        }
    }

    @Test("a carriage return inside a line survives; only a line-ending one is dropped")
    func carriageReturns() throws {
        var workshop = Fixtures.workshop
        workshop.title = "a\rb"
        #expect(try WorkshopParser.parse(WorkshopSerializer.serialize(workshop)) == workshop)
    }
}
