/// The action items of a section as its content. The focus and edit rules are the array's
/// (`+Focus`, `+Editing`), the file syntax and exports this type's (`+Format`, `+Export`): an
/// array cannot conform to the protocol for two element types, so this small type does.
struct ActionList: SectionContent {
    let actions: [ActionItem]

    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        actions.movedFocus(cursor, by: command)
    }

    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        actions.editStart(section: section, at: cursor)
    }

    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        actions.withNewItem(section: section, at: cursor).map { (.actions($0.0), $0.1, $0.2) }
    }

    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        actions.deletion(section: section, at: cursor)
    }
}
