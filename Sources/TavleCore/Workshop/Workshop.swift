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
    public func metadata(_ key: String) -> String? {
        metadata.first { $0.key == key }?.value
    }

    /// Sets `key` in place if present (keeping its position), or appends it.
    public mutating func setMetadata(_ key: String, to value: String) {
        if let index = metadata.firstIndex(where: { $0.key == key }) {
            metadata[index].value = value
        } else {
            metadata.append(MetadataEntry(key: key, value: value))
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
