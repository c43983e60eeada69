import Testing
@testable import TavleCore
@testable import TavleRoom

/// The room server's parts that decide who hears what and who gets in, as plain values.
@Suite("The room's server: fingerprints, forms, secrets, limits")
struct RoomServerPartsTests {
    static func step(hidden: [Card] = [], cards: [Card] = [], section: Int = 2) -> RoomStep {
        RoomStep(section: section, number: section + 1, count: 7, title: "Trin 2", task: .board(RoomStep.BoardTask(
            cards: cards, hidden: hidden, dotsPerPerson: 3, firstColumn: "Alle forslag"
        )), participants: ["Birgit", "Carl"], isPaused: false, language: .da)
    }

    @Test("a hidden card changes its author's page only; a revealed card or a new step changes everyone's")
    func fingerprints() {
        let card = Card(text: "Skolen", author: "Birgit")
        let before = PageFingerprints(Self.step())
        let after = PageFingerprints(Self.step(hidden: [card]))
        #expect(before.of("Birgit") != after.of("Birgit"))
        #expect(before.of("Carl") == after.of("Carl"))
        #expect(before.of(nil) == after.of(nil))
        let revealed = PageFingerprints(Self.step(cards: [Card(text: "Skolen", id: card.id)]))
        #expect(revealed.of("Carl") != after.of("Carl"))
        #expect(PageFingerprints(Self.step(section: 3)).of(nil) != before.of(nil))
        var voted = Card(text: "Skolen", id: card.id)
        voted.ballots = [Ballot(person: "Carl", dots: 1)]
        let dotted = PageFingerprints(Self.step(cards: [voted]))
        #expect(dotted.of("Carl") != revealed.of("Carl"), "Carl's own dot shows on his page")
        #expect(dotted.of("Birgit") == revealed.of("Birgit"), "and nowhere else")
    }

    @Test("form fields decode + and %XX as UTF-8, and drop what is not UTF-8")
    func formFields() {
        let fields = FormFields("p=Birgit+Hansen&text=%C3%86bler+%26+p%C3%A6rer&bad=%FF&empty=")
        #expect(fields["p"] == "Birgit Hansen")
        #expect(fields["text"] == "Æbler & pærer")
        #expect(fields["bad"] == nil)
        #expect(fields["empty"] == "")
        #expect(FormFields.encode("Ærø Å/1") == "%C3%86r%C3%B8%20%C3%85%2F1")
    }

    @Test("the token has 128 random bits in 22 URL-safe characters; the code six digits; both differ each time")
    func secrets() {
        let first = RoomSecrets(), second = RoomSecrets()
        #expect(first.token.count == 22)
        #expect(first.token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(first.token != second.token)
        #expect(first.code.count == 6 && first.code.allSatisfy(\.isNumber))
        #expect(first.isToken(first.token[...]) && !first.isToken(second.token[...]))
        #expect(RoomSecrets.same(String(first.code.prefix(3)) + " " + first.code.dropFirst(3), first.code))
    }

    @Test("a rate limit lets a burst through, then one request per interval, per key")
    func rateLimit() {
        var limit = RateLimit(burst: 3, perSecond: 1)
        let answers = [("a", 0.0), ("a", 0.0), ("a", 0.0), ("a", 0.5), ("b", 0.5), ("a", 1.6), ("a", 1.7)].map { limit.allow($0.0, now: $0.1) }
        // Three at once, then none until a second has refilled one; another key has its own bucket.
        #expect(answers == [true, true, true, false, true, true, false])
    }
}
