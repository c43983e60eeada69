extension QuestionList {
    /// Where the focus goes from `cursor` for a movement command: question by question (the
    /// state machine keeps it inside); nil for a command that does not move it here.
    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        cursor.moved(by: command, lastRow: questions.count - 1, acrossColumns: false)
    }
}
