extension QuestionList {
    /// The focused question's notes, to write.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        guard questions.indices.contains(cursor.row) else { return nil }
        return EditStart(target: .notes(section: section, question: questions[cursor.row].id), text: questions[cursor.row].notes)
    }

    /// Nothing is added: the questions are the guide's.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        nil
    }

    /// Deleting clears the focused question's notes, after asking; a question without notes
    /// has nothing to delete (the questions are the guide's).
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        guard questions.indices.contains(cursor.row), !questions[cursor.row].notes.isEmpty else { return nil }
        return .clearNotes(section: section, question: questions[cursor.row].id)
    }
}
