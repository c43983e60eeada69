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
    /// Allowed values of the `answers` key: how answers from phones are signed.
    public static let answerSignatures = ["named", "anonymous"]
    /// The largest suggested time a section may carry.
    public static let maximumMinutes = 999
    /// The most timed parts a section may have (`minutes=3+27`).
    public static let maximumTimeboxes = 9
    /// The most dots per participant a board may give.
    public static let maximumDots = 99

    /// A card's line in the file: its text, then its dots and phone marks (`CardMarks`).
    static func cardLine(_ card: Card) -> String {
        CardMarks.line(text: card.text, marks: CardMarks(dots: card.votes, author: card.author, ballots: card.ballots, quadrant: card.quadrant))
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
