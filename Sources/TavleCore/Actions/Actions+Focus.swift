extension Array where Element == ActionItem {
    /// Where the focus goes from `cursor` for a movement command: across an item's fields and
    /// from item to item (the state machine keeps it inside); nil for a command that does not
    /// move it here.
    public func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        var cursor = cursor
        switch command {
        case .left: cursor.column -= 1
        case .right: cursor.column += 1
        case .up: cursor.row -= 1
        case .down: cursor.row += 1
        case .first: cursor.row = 0
        case .last: cursor.row = count - 1
        default: return nil
        }
        return cursor
    }
}
