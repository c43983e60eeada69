extension AppState {
    /// Moves the drop place with the arrows; Enter drops, Esc puts the card back.
    mutating func handleMoving(_ key: Key, _ move: CardMove) -> [AppEffect] {
        guard case .board(let board) = workshop.sections[move.section].body,
              let command = keyMap.moveCommand(for: key)
        else { return [.bell] }
        var move = move
        switch command {
        case .left, .right:
            guard let column = board.column(beside: move.drop.column, toward: command == .left ? .left : .right) else { return [.bell] }
            move.drop = CardPosition(column: column, index: min(move.drop.index, slotCount(board, column, move)))
        case .up:
            if move.drop.index > 0 {
                move.drop.index -= 1
            } else if board.goesBetweenColumnsVertically(at: move.drop.column), let above = board.column(beside: move.drop.column, toward: .up) {
                // Up past a quadrant's top: the foot of the quadrant above.
                move.drop = CardPosition(column: above, index: slotCount(board, above, move))
            } else {
                return [.bell]
            }
        case .down:
            if move.drop.index < slotCount(board, move.drop.column, move) {
                move.drop.index += 1
            } else if board.goesBetweenColumnsVertically(at: move.drop.column), let below = board.column(beside: move.drop.column, toward: .down) {
                move.drop = CardPosition(column: below, index: 0)
            } else {
                return [.bell]
            }
        case .drop:
            return drop(move)
        case .cancel:
            mode = .browsing
            return []
        }
        mode = .moving(move)
        return []
    }

    /// The last index a card may land at in `column`: its cards, less the moving one.
    func slotCount(_ board: Board, _ column: Int, _ move: CardMove) -> Int {
        board.columns[column].cards.count - (column == move.origin(on: board)?.column ? 1 : 0)
    }

    /// Places the card at the drop place as one undoable edit.
    mutating func drop(_ move: CardMove) -> [AppEffect] {
        mode = .browsing
        guard case .board(let board) = workshop.sections[move.section].body, let origin = move.origin(on: board) else { return [.bell] }
        guard move.drop != origin else {
            cursors[move.section] = Cursor(column: origin.column, row: origin.index)
            return []
        }
        return moveCard(section: move.section, from: origin, to: move.drop)
    }

    /// Puts the focus back on the held card, where it is, when a move is called off.
    mutating func returnToOrigin(_ move: CardMove) {
        guard case .board(let board) = workshop.sections[move.section].body, let origin = move.origin(on: board) else { return }
        cursors[move.section] = Cursor(column: origin.column, row: origin.index)
    }
}
