extension ActionList {
    /// Where the focus goes from `cursor` for a movement command: across an item's fields and
    /// from item to item (the state machine keeps it inside); nil for a command that does not
    /// move it here.
    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        cursor.moved(by: command, lastRow: actions.count - 1, acrossColumns: true)
    }
}
