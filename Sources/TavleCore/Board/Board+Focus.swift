extension Board {
    /// Where the focus goes from `cursor` for a movement command: across columns and along
    /// a column's cards (the state machine keeps it inside); nil for a command that does not
    /// move it here.
    public func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        let lastRow = columns.indices.contains(cursor.column) ? columns[cursor.column].cards.count - 1 : 0
        return cursor.moved(by: command, lastRow: lastRow, acrossColumns: true)
    }
}
