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

extension SectionBody {
    /// The focused item's edit, by the kind's own rules; nil when nothing editable is focused.
    public func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        switch self {
        case .checklist(let checklist): checklist.editStart(section: section, at: cursor)
        case .questions(let questions): questions.editStart(section: section, at: cursor)
        case .board(let board): board.editStart(section: section, at: cursor)
        case .actions(let items): items.editStart(section: section, at: cursor)
        }
    }

    /// The body with a new empty item where the kind puts one, the focus on it and its edit;
    /// nil where the kind adds nothing (questions are the guide's).
    public func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        switch self {
        case .checklist(let checklist): checklist.addingItem(section: section, at: cursor).map { (.checklist($0.0), $0.1, $0.2) }
        case .questions: nil
        case .board(let board): board.addingItem(section: section, at: cursor).map { (.board($0.0), $0.1, $0.2) }
        case .actions(let items): items.addingItem(section: section, at: cursor).map { (.actions($0.0), $0.1, $0.2) }
        }
    }

    /// What deleting the focused item asks first; nil when there is nothing to delete.
    public func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        switch self {
        case .checklist(let checklist): checklist.deletion(section: section, at: cursor)
        case .questions(let questions): questions.deletion(section: section, at: cursor)
        case .board(let board): board.deletion(section: section, at: cursor)
        case .actions(let items): items.deletion(section: section, at: cursor)
        }
    }
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
