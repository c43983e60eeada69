extension Board {
    /// The focused card's text, to edit.
    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        guard let card = card(at: CardPosition(column: cursor.column, index: cursor.row)) else { return nil }
        return EditStart(target: .card(section: section, id: card.id), text: card.text)
    }

    /// A new card at the end of the focused column.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        guard columns.indices.contains(cursor.column) else { return nil }
        let card = Card(text: "")
        var board = self
        board.columns[cursor.column].cards.append(card)
        let moved = Cursor(column: cursor.column, row: board.columns[cursor.column].cards.count - 1)
        return (.board(board), moved, EditStart(target: .card(section: section, id: card.id), text: ""))
    }

    /// Deleting the focused card asks first.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        guard let card = card(at: CardPosition(column: cursor.column, index: cursor.row)) else { return nil }
        return .deleteCard(section: section, id: card.id)
    }
}
