/// A reflection question and the notes the facilitator types as the group answers.
public struct Question: Equatable, Sendable {
    /// The question itself.
    public var text: String
    /// Optional text under the question that helps the group answer it.
    public var hint: String
    /// The group's answer; may span several lines.
    public var notes: String

    /// Creates a question.
    public init(text: String, hint: String = "", notes: String = "") {
        self.text = text
        self.hint = hint
        self.notes = notes
    }

    /// True once anything but white space has been written.
    public var isAnswered: Bool {
        notes.contains { !$0.isWhitespace }
    }
}
