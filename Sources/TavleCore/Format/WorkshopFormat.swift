/// The constants of the file format, shared by the parser and the serializer so they cannot drift.
public enum WorkshopFormat {
    /// The version this build reads and writes.
    public static let version = 1
    /// The first line of every file.
    public static let versionLine = "<!-- tavle \(version) -->"
    /// Metadata keys with a meaning to Tavle; `tavle check` flags any other key.
    public static let knownMetadataKeys = MetadataKey.allCases.map(\.rawValue)
    /// Allowed values of the `audience` key.
    public static let audiences = ["kommune", "forening", "begge"]
    /// The largest suggested time a section may carry.
    public static let maximumMinutes = 999
    /// The most dots per participant a board may give.
    public static let maximumDots = 99

    /// A card's votes follow its text in a comment Markdown viewers hide: `- Biblioteket <!-- dots=3 -->`.
    static func votesSuffix(_ votes: Int) -> String { " <!-- dots=\(votes) -->" }

    /// A card line's text and votes; text without the suffix has no votes.
    static func splitVotes(_ line: Substring) -> (text: Substring, votes: Int) {
        guard line.hasSuffix(" -->") else { return (line, 0) }
        let beforeEnd = line.dropLast(4)
        let digits = beforeEnd.reversed().prefix { $0.isASCII && $0.isNumber }.count
        let head = beforeEnd.dropLast(digits)
        guard (1...6).contains(digits), head.hasSuffix(" <!-- dots="), let votes = Int(beforeEnd.suffix(digits)) else {
            return (line, 0)
        }
        return (head.dropLast(11), votes)
    }

    /// The card line's text: the votes' suffix when there are votes, or when the text itself
    /// ends like one and would otherwise be read back as votes.
    static func cardLine(_ card: Card) -> String {
        if card.votes > 0 || splitVotes(card.text[...]).text.count != card.text.count {
            return card.text + votesSuffix(card.votes)
        }
        return card.text
    }

    /// The text with every line end that `TextLines` reads (CRLF, CR CR LF, CR alone) as one
    /// line feed; text without a carriage return is returned as it is.
    public static func normalizingLineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var result = ""
        var isFirst = true
        for line in TextLines(text) {
            if !isFirst { result += "\n" }
            result += line
            isFirst = false
        }
        if let last = text.unicodeScalars.last, last == "\n" || last == "\r" { result += "\n" }
        return result
    }

    /// True when a line of free text must be written with a leading backslash.
    ///
    /// Over-approximates what the parser would read as structure: escaping too much is harmless,
    /// escaping too little would break the round trip.
    public static func needsEscape(_ line: Substring) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        switch first {
        case "\\", "#", ">", "-", "*", "+", "<", " ", "\t":
            return true
        case "0"..."9":
            let afterDigits = line.unicodeScalars.drop { ("0"..."9").contains($0) }
            return afterDigits.first == "."
        default:
            return false
        }
    }
}
