extension ActionList {
    /// The focused field of the focused item, to edit.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        guard actions.indices.contains(cursor.row), let field = ActionField(rawValue: cursor.column) else { return nil }
        return EditStart(target: .action(section: section, item: actions[cursor.row].id, field: field), text: actions[cursor.row].text(of: field))
    }

    /// A new item after the focused one; Enter goes on from what to who to when.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        let insertAt = actions.isEmpty ? 0 : Swift.min(cursor.row + 1, actions.count)
        let item = ActionItem(what: "")
        var items = actions
        items.insert(item, at: insertAt)
        let moved = Cursor(column: ActionField.what.rawValue, row: insertAt)
        return (.actions(items), moved, EditStart(target: .action(section: section, item: item.id, field: .what), text: "", continues: true))
    }

    /// Deleting the focused item asks first.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        guard actions.indices.contains(cursor.row) else { return nil }
        return .deleteAction(section: section, id: actions[cursor.row].id)
    }
}
