extension AppState {
    /// Cards placed on a board by another source than the keyboard: the room's phones, on
    /// another thread, through the run loop's event queue. They go in at `index` of `column`.
    ///
    /// Whatever the facilitator is doing goes on undisturbed: the focus stays on the card it
    /// was on, an edit stays on its card (edits name items by id), and a card being moved
    /// keeps its drop place. Their arrival is always one undo step of its own: during an edit
    /// it is recorded before the edit's step and the cards join the edit's starting point, so
    /// undoing the edit keeps them and an undo past it takes them away, never silently.
    mutating func addArrivedCards(section: Int, column: Int, at index: Int, texts: [String]) -> [AppEffect] {
        let cards = texts.map { Card(text: VisibleText.oneLine($0)) }.filter { !$0.text.trimmingWhitespace.isEmpty }
        guard readOnlyReason == nil, !cards.isEmpty, workshop.sections.indices.contains(section),
              case .board(let board) = workshop.sections[section].body, board.columns.indices.contains(column)
        else { return [] }
        let at = min(max(0, index), board.columns[column].cards.count)
        func insert(into workshop: inout Workshop) {
            workshop.sections[section].body.modifyBoard { board in
                guard board.columns.indices.contains(column) else { return }
                board.columns[column].cards.insert(contentsOf: cards, at: min(at, board.columns[column].cards.count))
            }
        }
        if case .moving(var move) = mode, move.section == section, move.drop.column == column, move.drop.index >= at {
            move.drop.index += cards.count
            mode = .moving(move)
        }
        let effects = changeFromRoom { insert(into: &$0) }
        if cursors[section].column == column, cursors[section].row >= at, case .board = workshop.sections[section].body {
            cursors[section].row += cards.count
        }
        return effects
    }
}
