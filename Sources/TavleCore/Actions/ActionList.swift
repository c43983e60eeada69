/// The action items of a section as its content. The focus and edit rules are the array's
/// (`+Focus`, `+Editing`), the file syntax and exports this type's (`+Format`, `+Export`): an
/// array cannot conform to the protocol for two element types, so this small type does.
struct ActionList: SectionContent {
    /// The action items, in the file's order.
    let actions: [ActionItem]

    /// Where the focus goes, by the array's rules.
    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        actions.movedFocus(cursor, by: command)
    }

    /// The focused item's edit, by the array's rules.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        actions.editStart(section: section, at: cursor)
    }

    /// The body with a new item, where this kind adds one.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        actions.withNewItem(section: section, at: cursor).map { (.actions($0.0), $0.1, $0.2) }
    }

    /// What deleting the focused item asks first.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        actions.deletion(section: section, at: cursor)
    }
}
