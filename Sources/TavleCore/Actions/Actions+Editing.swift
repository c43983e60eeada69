extension Array where Element == ActionItem {
    /// The focused field of the focused item, to edit.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        guard indices.contains(cursor.row), let field = ActionField(rawValue: cursor.column) else { return nil }
        return EditStart(target: .action(section: section, item: self[cursor.row].id, field: field), text: self[cursor.row].text(of: field))
    }

    /// A new item after the focused one; Enter goes on from what to who to when.
    func withNewItem(section: Int, at cursor: Cursor) -> ([ActionItem], Cursor, EditStart)? {
        let insertAt = isEmpty ? 0 : Swift.min(cursor.row + 1, count)
        let item = ActionItem(what: "")
        var items = self
        items.insert(item, at: insertAt)
        let moved = Cursor(column: ActionField.what.rawValue, row: insertAt)
        return (items, moved, EditStart(target: .action(section: section, item: item.id, field: .what), text: "", continues: true))
    }

    /// Deleting the focused item asks first.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        guard indices.contains(cursor.row) else { return nil }
        return .deleteAction(section: section, id: self[cursor.row].id)
    }
}
