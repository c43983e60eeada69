/// The reflection questions of a section as its content. The focus and edit rules are the array's
/// (`+Focus`, `+Editing`), the file syntax and exports this type's (`+Format`, `+Export`): an
/// array cannot conform to the protocol for two element types, so this small type does.
struct QuestionList: SectionContent {
    /// The questions, in the file's order.
    let questions: [Question]

    /// Where the focus goes, by the array's rules.
    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        questions.movedFocus(cursor, by: command)
    }

    /// The focused item's edit, by the array's rules.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        questions.editStart(section: section, at: cursor)
    }

    /// The body with a new item, where this kind adds one.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        nil
    }

    /// What deleting the focused item asks first.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        questions.deletion(section: section, at: cursor)
    }
}
