extension Board {
    /// Where the focus goes from `cursor` for a movement command: across columns and along
    /// a column's cards (the state machine keeps it inside); nil for a command that does not
    /// move it here. In a matrix, left and right go to the quadrant beside, and up past a
    /// quadrant's first card (down past its last) to the quadrant above (below).
    public func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        let lastRow = columns.indices.contains(cursor.column) ? columns[cursor.column].cards.count - 1 : 0
        guard matrix != nil else { return cursor.moved(by: command, lastRow: lastRow, acrossColumns: true) }
        switch command {
        case .left, .right:
            guard let next = column(beside: cursor.column, toward: command == .left ? .left : .right) else { return cursor }
            return Cursor(column: next, row: cursor.row)
        case .up where cursor.row <= 0 && goesBetweenColumnsVertically(at: cursor.column):
            guard let above = column(beside: cursor.column, toward: .up) else { return cursor }
            return Cursor(column: above, row: max(0, columns[above].cards.count - 1))
        case .down where cursor.row >= lastRow && goesBetweenColumnsVertically(at: cursor.column):
            guard let below = column(beside: cursor.column, toward: .down) else { return cursor }
            return Cursor(column: below, row: 0)
        default:
            return cursor.moved(by: command, lastRow: lastRow, acrossColumns: true)
        }
    }
}
