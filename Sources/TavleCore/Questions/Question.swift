/// A reflection question and the notes the facilitator types as the group answers.
public struct Question: Equatable, Sendable {
    /// The question itself.
    public var text: String
    /// Optional text under the question that helps the group answer it.
    public var hint: String
    /// The group's answer; may span several lines.
    public var notes: String
    /// The question's identity while Tavle runs; not content, so not compared and not saved.
    public let id: ItemID

    /// Creates a question.
    public init(text: String, hint: String = "", notes: String = "", id: ItemID = .next()) {
        self.text = text
        self.hint = hint
        self.notes = notes
        self.id = id
    }

    /// Questions are equal when they ask, hint and hold the same.
    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.text == rhs.text && lhs.hint == rhs.hint && lhs.notes == rhs.notes
    }

    /// True once anything but white space has been written.
    public var isAnswered: Bool {
        notes.contains { !$0.isWhitespace }
    }
}
