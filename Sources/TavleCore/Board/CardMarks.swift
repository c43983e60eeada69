/// What a card line carries besides its text, in one comment Markdown viewers hide:
/// `- Biblioteket <!-- dots=3 -->`, a hidden card from a phone `- Skolen <!-- by=Birgit -->`,
/// dots placed from phones but not yet revealed `<!-- ballots=Birgit:2,Carl%20B:1 -->`, and the
/// quadrant a card on a matrix's short list was placed in `<!-- quadrant=2 -->`.
///
/// A comment that is not made only of these words is part of the card's text, and a card whose
/// own text ends like such a comment is written with `dots=0`, so every card reads back as it was.
struct CardMarks: Equatable {
    var dots = 0
    var author: String?
    var ballots: [Ballot] = []
    /// The matrix quadrant a card on the short list was placed in: `quadrant=2`.
    var quadrant: Int?

    /// Whether there is anything to write.
    var isEmpty: Bool { dots == 0 && author == nil && ballots.isEmpty && quadrant == nil }

    /// The card line's text and its marks; text without a valid comment has none.
    static func split(_ line: Substring) -> (text: Substring, marks: CardMarks) {
        guard line.hasSuffix(" -->"), let open = lastOpening(in: line) else { return (line, CardMarks()) }
        let words = line[open.upperBound..<line.index(line.endIndex, offsetBy: -4)].split(separator: " ", omittingEmptySubsequences: false)
        var marks = CardMarks()
        var seen: Set<Substring> = []
        for word in words {
            guard let equals = word.firstIndex(of: "="), seen.insert(word[..<equals]).inserted else { return (line, CardMarks()) }
            let value = word[word.index(after: equals)...]
            switch word[..<equals] {
            case "dots":
                guard (1...6).contains(value.count), value.allSatisfy({ $0.isASCII && $0.isNumber }), let dots = Int(value) else { return (line, CardMarks()) }
                marks.dots = dots
            case "by":
                guard let name = NameEncoding.decode(value), !name.isEmpty else { return (line, CardMarks()) }
                marks.author = name
            case "ballots":
                guard let ballots = Ballot.list(value) else { return (line, CardMarks()) }
                marks.ballots = ballots
            case "quadrant":
                guard value.count == 1, let quadrant = Int(value), Matrix.isQuadrant(quadrant) else { return (line, CardMarks()) }
                marks.quadrant = quadrant
            default:
                return (line, CardMarks())
            }
        }
        guard !words.isEmpty else { return (line, CardMarks()) }
        return (line[..<open.lowerBound], marks)
    }

    /// The last ` <!-- ` in the line, overlapping ones included (` <!-- <!-- dots=1 -->`).
    private static func lastOpening(in line: Substring) -> Range<Substring.Index>? {
        let opening = " <!-- "
        var end = line.endIndex
        while let start = line.index(end, offsetBy: -opening.count, limitedBy: line.startIndex) {
            if line[start..<end].elementsEqual(opening) { return start..<end }
            end = line.index(before: end)
        }
        return nil
    }

    /// The card's line: its text, then the comment when it has marks or its text needs one.
    static func line(text: String, marks: CardMarks) -> String {
        var words: [String] = []
        if marks.dots > 0 || (marks.isEmpty && split(text[...]).text.count != text.count) { words.append("dots=\(marks.dots)") }
        if let author = marks.author { words.append("by=" + NameEncoding.encode(author)) }
        if !marks.ballots.isEmpty {
            words.append("ballots=" + marks.ballots.map { NameEncoding.encode($0.person) + ":\($0.dots)" }.joined(separator: ","))
        }
        if let quadrant = marks.quadrant { words.append("quadrant=\(quadrant)") }
        return words.isEmpty ? text : text + " <!-- " + words.joined(separator: " ") + " -->"
    }
}

/// Dots one participant placed on a card from their phone, hidden until the facilitator reveals.
public struct Ballot: Equatable, Sendable {
    /// Who placed them, as they named themselves.
    public var person: String
    /// How many.
    public var dots: Int

    /// Creates a ballot.
    public init(person: String, dots: Int) {
        self.person = person
        self.dots = dots
    }

    /// Reads `NAME:N,NAME:N`; nil when any part is not that.
    static func list(_ text: Substring) -> [Ballot]? {
        var ballots: [Ballot] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let colon = part.lastIndex(of: ":"), let name = NameEncoding.decode(part[..<colon]), !name.isEmpty else { return nil }
            let digits = part[part.index(after: colon)...]
            guard (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let dots = Int(digits), dots > 0,
                  !ballots.contains(where: { $0.person == name }) else { return nil }
            ballots.append(Ballot(person: name, dots: dots))
        }
        return ballots
    }
}

/// A name inside a card's comment: the characters that would end a word, a list or the comment
/// (space, `,` `:` `=` `-` `<` `>` `%` and control characters) as `%XX` of their UTF-8 bytes.
enum NameEncoding {
    /// The name as it is written in the comment.
    static func encode(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            // Marks and joiners are escaped too: after `=` or `,` one would join it into a
            // single character and hide the separator from the reader.
            if scalar.value <= 0x20 || scalar.value == 0x7F || " ,:=-<>%".unicodeScalars.contains(scalar)
                || scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
                || scalar.properties.generalCategory == .spacingMark {
                for byte in String(scalar).utf8 { result += PercentEncoding.escaped(byte) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The name a comment holds; nil when a `%` is not followed by two hex digits or the bytes
    /// are not UTF-8, or the name has a character encode would have escaped.
    static func decode(_ text: Substring) -> String? {
        PercentEncoding.decode(text) { byte in " ,:=-<>".utf8.contains(byte) || byte <= 0x20 || byte == 0x7F }
    }
}
