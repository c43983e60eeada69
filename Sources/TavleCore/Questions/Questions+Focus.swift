extension Array where Element == Question {
    /// Where the focus goes from `cursor` for a movement command: question by question (the
    /// state machine keeps it inside); nil for a command that does not move it here.
    public func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        var cursor = cursor
        switch command {
        case .up: cursor.row -= 1
        case .down: cursor.row += 1
        case .first: cursor.row = 0
        case .last: cursor.row = count - 1
        default: return nil
        }
        return cursor
    }
}
