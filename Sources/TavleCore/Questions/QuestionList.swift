/// The reflection questions of a section as its content. The focus and edit rules are the array's
/// (`+Focus`, `+Editing`), the file syntax and exports this type's (`+Format`, `+Export`): an
/// array cannot conform to the protocol for two element types, so this small type does.
struct QuestionList: SectionContent {
    let questions: [Question]

    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        questions.movedFocus(cursor, by: command)
    }

    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        questions.editStart(section: section, at: cursor)
    }

    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        nil
    }

    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        questions.deletion(section: section, at: cursor)
    }
}
