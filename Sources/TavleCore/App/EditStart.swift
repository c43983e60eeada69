/// Where typing goes when an item is opened for editing, and the text it starts from: what a
/// section kind answers for its focused item (`KIND+Editing.swift`).
public struct EditStart: Equatable, Sendable {
    /// The item's field.
    public var target: EditTarget
    /// Its text now.
    public var text: String
    /// Enter goes on to the next field (a new action item: what, who, when).
    public var continues = false
}

extension SectionKind {
    /// "Edit" with nothing focused writes the first item (an empty board or action list).
    var addsWhenNothingIsFocused: Bool {
        switch self {
        case .board, .actions: true
        case .checklist, .questions: false
        }
    }
}
