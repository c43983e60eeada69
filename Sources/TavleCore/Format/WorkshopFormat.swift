/// The constants of the file format, shared by the parser and the serializer so they cannot drift.
public enum WorkshopFormat {
    /// The version this build reads and writes.
    public static let version = 1
    /// The first line of every file.
    public static let versionLine = "<!-- tavle \(version) -->"
    /// Metadata keys with a meaning to Tavle; `tavle check` flags any other key.
    public static let knownMetadataKeys = ["kit", "audience", "source", "publisher", "duration", "created"]
    /// Allowed values of the `audience` key.
    public static let audiences = ["kommune", "forening", "begge"]
    /// The largest suggested time a section may carry.
    public static let maximumMinutes = 999

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
