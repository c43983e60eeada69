/// A workshop: a guide's content and the meeting's state, in one value that is the minutes.
///
/// A kit is a workshop with nothing filled in. Values are compared as a whole, which is what
/// the file format's round trip and the state machine's tests rely on.
public struct Workshop: Equatable, Sendable {
    /// The workshop's title, the file's `# ` heading.
    public var title: String
    /// Ordered `key: value` pairs under the title; order is kept so files diff cleanly.
    public var metadata: [MetadataEntry]
    /// Text before the first section: what the guide is and how to use it.
    public var introduction: String
    /// The guide's sections, in the order the meeting walks through them.
    public var sections: [Section]

    /// Creates a workshop from its parts.
    public init(
        title: String,
        metadata: [MetadataEntry] = [],
        introduction: String = "",
        sections: [Section] = []
    ) {
        self.title = title
        self.metadata = metadata
        self.introduction = introduction
        self.sections = sections
    }

    /// The value of the first metadata entry with `key`, if any.
    public func metadata(_ key: MetadataKey) -> String? {
        metadata.first { $0.key == key.rawValue }?.value
    }

    /// Sets `key` in place if present (keeping its position), or appends it.
    public mutating func setMetadata(_ key: MetadataKey, to value: String) {
        if let index = metadata.firstIndex(where: { $0.key == key.rawValue }) {
            metadata[index].value = value
        } else {
            metadata.append(MetadataEntry(key: key.rawValue, value: value))
        }
    }
}

/// One `- key: value` line of a workshop's metadata.
public struct MetadataEntry: Equatable, Sendable {
    /// Lower-case ASCII letters and `-`.
    public var key: String
    /// Free text on one line.
    public var value: String

    /// Creates an entry.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// The metadata keys Tavle reads and writes; a file may hold others, which are kept as they
/// are (and `tavle check` warns about them).
public enum MetadataKey: String, CaseIterable, Sendable {
    /// The kit the workshop was made from.
    case kit
    /// Who the guide is for: `forening`, `kommune` or `begge`.
    case audience
    /// The guide's title, credited in the exports.
    case source
    /// Who published the guide.
    case publisher
    /// How long the kit's meeting takes, as the kit says it.
    case duration
    /// The day the workshop was made from its kit.
    case created
    /// The meeting's day (ISO), typed with `i`.
    case date
    /// Where the meeting is held.
    case place
    /// The participants, separated by commas.
    case participants
    /// How answers sent from phones are signed: `named` (the default) or `anonymous`.
    case answers
    /// The language the workshop is written in (`da` or `en`), which the room's page speaks;
    /// without it the page speaks Tavle's own language.
    case language
}
