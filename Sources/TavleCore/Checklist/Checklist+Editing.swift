extension Checklist {
    /// The focused point's text, to edit.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        guard entries.indices.contains(cursor.row), case .point(let point) = entries[cursor.row] else { return nil }
        return EditStart(target: .point(section: section, id: point.id), text: point.text)
    }

    /// A new point after the focused one and its sub-points (a sub-point after a sub-point),
    /// or at the end.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        var insertAt = entries.count
        var isSub = false
        if entries.indices.contains(cursor.row), case .point(let point) = entries[cursor.row] {
            isSub = point.isSubpoint
            insertAt = isSub ? cursor.row + 1 : pointRange(at: cursor.row).upperBound
        }
        let point = ChecklistPoint(text: "", isSubpoint: isSub)
        var checklist = self
        checklist.entries.insert(.point(point), at: insertAt)
        var moved = cursor
        moved.row = insertAt
        return (.checklist(checklist), moved, EditStart(target: .point(section: section, id: point.id), text: ""))
    }

    /// Deleting the focused point (with its sub-points) asks first.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        guard entries.indices.contains(cursor.row), case .point(let point) = entries[cursor.row] else { return nil }
        return .deletePoint(section: section, id: point.id)
    }
}
