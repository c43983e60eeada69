import Testing
@testable import TavleScreen

/// The projector's titles must keep their shape: a ragged or missing glyph would misalign a whole title on the wall.
@Suite("Block font")
struct BlockFontTests {
    /// Every character the projector titles are promised to draw.
    static let required = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789 .,:;!?-–'\"()/&+=%#«»“”’…")

    static let samples = ["TRIN 2: FIND MULIGE PARTNERE", "ÆBLE ØRE ÅEN", "0123456789", "TID ER GÅET!", "12:05", "", "A", "日本 A🙂", "Straße"]

    @Test("every required character has a glyph of `height` rows of equal width, drawn only with full blocks and blanks")
    func requiredGlyphs() {
        for character in Self.required {
            guard let glyph = BlockFont.glyph(for: character) else {
                Issue.record("no glyph for \(character)")
                continue
            }
            #expect(glyph.count == BlockFont.height, "\(character)")
            #expect(Set(glyph.map(\.count)).count == 1, "\(character) has rows of different widths")
            #expect((glyph.first?.count ?? 0) > 0, "\(character) is empty")
            #expect(glyph.allSatisfy { $0.allSatisfy { $0 == "█" || $0 == " " } }, "\(character) uses other characters")
        }
        #expect(BlockFont.covers(String(Self.required)))
    }

    @Test("every rendered row is exactly as wide as width(of:) says", arguments: samples)
    func renderWidth(text: String) {
        let rows = BlockFont.render(text)
        #expect(rows.count == BlockFont.height)
        #expect(rows.allSatisfy { $0.count == BlockFont.width(of: text) })
    }

    @Test("width counts the spacing between glyphs")
    func widthWithSpacing() throws {
        let a = try #require(BlockFont.glyph(for: "A")).first?.count ?? 0
        let i = try #require(BlockFont.glyph(for: "I")).first?.count ?? 0
        #expect(BlockFont.width(of: "") == 0)
        #expect(BlockFont.width(of: "AI") == a + BlockFont.spacing + i)
    }

    @Test("lower case renders the same as upper case, Danish letters included")
    func lowerCase() {
        #expect(BlockFont.render("abcdefghijklmnopqrstuvwxyzæøå") == BlockFont.render("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ"))
        #expect(BlockFont.glyph(for: "ø") == BlockFont.glyph(for: "Ø"))
    }

    @Test("Æ, Ø and Å are told apart from A, E, O and from each other")
    func danishLettersDistinct() {
        let glyphs = Array("AEOÆØÅ").map { BlockFont.glyph(for: $0) }
        #expect(glyphs.allSatisfy { $0 != nil })
        #expect(Set(glyphs.compactMap { $0 }).count == glyphs.count)
    }

    @Test("covers is false when any character lacks a glyph", arguments: ["日", "🙂", "ß", "TID 日"])
    func notCovered(text: String) {
        #expect(!BlockFont.covers(text))
    }

    @Test("every Danish capital reads as itself: it differs from every digit and letter, Å's ring stands apart, Ø's stroke leaves the O")
    func danishCapitals() throws {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789")
        func cells(_ character: Character) throws -> [[Bool]] {
            try #require(BlockFont.glyph(for: character)).map { $0.map { $0 == "█" } }
        }
        for first in letters {
            for second in letters where first != second {
                #expect(try cells(first) != cells(second), "\(first) and \(second) are drawn alike")
            }
        }
        let ring = try cells("Å")
        #expect(ring[0].contains(true) && !ring[1].contains(true), "a blank row under Å's ring")
        #expect(!(try cells("8")).contains { !$0.contains(true) }, "8 has no such gap")
        let o = try cells("O"), slashed = try cells("Ø")
        #expect(slashed.contains { $0.count > o[0].count && $0[o[0].count...].contains(true) }, "Ø's stroke runs out of the O")
        #expect(try cells("0")[0].count < slashed[0].count, "and Ø is no zero's width")
    }
}
