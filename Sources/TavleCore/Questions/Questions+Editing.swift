extension Array where Element == Question {
    /// The focused question's notes, to write.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        guard indices.contains(cursor.row) else { return nil }
        return EditStart(target: .notes(section: section, question: self[cursor.row].id), text: self[cursor.row].notes)
    }

    /// Deleting clears the focused question's notes, after asking; a question without notes
    /// has nothing to delete (the questions are the guide's).
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        guard indices.contains(cursor.row), !self[cursor.row].notes.isEmpty else { return nil }
        return .clearNotes(section: section, question: self[cursor.row].id)
    }
}
