@testable import TavleCore
import TavleTestSupport

/// Random workshops for property tests: Danish, wide and combining characters, controls,
/// and lines that look like the file format's own structure.
struct RandomWorkshop {
    var random: SeededRandom

    /// Pieces that are most likely to confuse a line-based Markdown parser.
    static let tricky = [
        "#", "## ", "### x", "- ", "- [ ] ", "- [x]", "  - [ ] ", ">", "> ", "1. ", "12.", "<!--", "-->",
        "<!-- board -->", "\\", " ", "\t", "*", "+", "[ ]", ":", "- kit: x", "\u{FEFF}",
    ]
    static let alphabet: [Character] = Array("abcæøåÆØÅ é—“”’…ü日本語🙂e\u{301}\u{202E}\u{1B}[31m\u{7}\u{85}0123456789.,;")

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func bool() -> Bool { Bool.random(using: &random) }

    /// One line of text: never contains a line end (a line feed or a carriage return, which
    /// the file format reads as one); may hold anything else.
    mutating func line() -> String {
        var text = ""
        for _ in 0..<int(0...5) {
            if int(0...3) == 0 {
                text += Self.tricky[int(0...(Self.tricky.count - 1))]
            } else {
                for _ in 0..<int(1...6) { text.append(Self.alphabet[int(0...(Self.alphabet.count - 1))]) }
            }
        }
        return text
    }

    /// Several lines; notes may start or end with empty lines.
    mutating func lines(max: Int) -> String {
        (0..<int(0...max)).map { _ in int(0...4) == 0 ? "" : line() }.joined(separator: "\n")
    }

    /// A text block: guidance and hints have no blank lines at their ends (blank lines there
    /// separate blocks in the file and are not part of the text).
    mutating func block() -> String {
        var result = lines(max: 4).split(separator: "\n", omittingEmptySubsequences: false)
        while result.first == "" { result.removeFirst() }
        while result.last == "" { result.removeLast() }
        return result.joined(separator: "\n")
    }

    mutating func workshop() -> Workshop {
        let metadata = (0..<int(0...3)).map { index in
            MetadataEntry(key: ["kit", "audience", "source", "x-y"][index], value: line())
        }
        let sections = (0..<int(0...4)).map { _ in section() }
        return Workshop(title: line(), metadata: metadata, introduction: block(), sections: sections)
    }

    mutating func section() -> Section {
        let body: SectionBody
        switch int(0...3) {
        case 0:
            body = .checklist(Checklist(entries: (0..<int(0...6)).map { _ in
                int(0...3) == 0
                    ? .group(ChecklistGroup(title: line(), description: block()))
                    : .point(ChecklistPoint(text: line(), isDone: bool(), isSubpoint: bool()))
            }))
        case 1:
            body = .questions((0..<int(0...4)).map { _ in
                Question(text: line(), hint: block(), notes: bool() ? lines(max: 5) : "")
            })
        case 2:
            body = .board(Board(columns: (0..<int(0...4)).map { _ in
                let ranked = bool()
                return Column(
                    title: line(), description: block(), isRanked: ranked,
                    limit: ranked && bool() ? int(1...5) : nil,
                    cards: (0..<int(0...5)).map { _ in
                        // Some card texts end like a votes comment, which must stay text.
                        Card(text: int(0...5) == 0 ? line() + " <!-- dots=\(int(0...9)) -->" : line(), votes: bool() ? int(0...12) : 0)
                    }
                )
            }, dotsPerParticipant: bool() ? int(1...WorkshopFormat.maximumDots) : nil))
        default:
            body = .actions((0..<int(0...4)).map { _ in
                ActionItem(
                    what: line(), who: bool() ? line() : "",
                    due: bool() ? CalendarDate(year: int(2000...2100), month: int(1...12), day: int(1...28)) : nil,
                    isDone: bool()
                )
            })
        }
        return Section(title: line(), minutes: bool() ? int(1...999) : nil, guidance: block(), body: body)
    }
}
