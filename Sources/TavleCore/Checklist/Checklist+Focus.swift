extension Checklist {
    /// Where the focus goes from `cursor` for a movement command: from point to point,
    /// skipping group headings; nil for a command that does not move it here.
    public func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        guard isPoint(at: cursor.row) else { return nil }
        var cursor = cursor
        switch command {
        case .up: cursor.row = point(before: cursor.row) ?? cursor.row
        case .down: cursor.row = point(after: cursor.row) ?? cursor.row
        case .first: cursor.row = firstPoint ?? cursor.row
        case .last: cursor.row = lastPoint ?? cursor.row
        default: return nil
        }
        return cursor
    }
}
