/// One thing the group agreed someone will do: what, who, by when, and whether it is done.
public struct ActionItem: Equatable, Sendable {
    /// What is to be done.
    public var what: String
    /// Who does it; a participant's name, or anyone the group names.
    public var who: String
    /// The deadline, if one was set.
    public var due: CalendarDate?
    /// Whether it has been done.
    public var isDone: Bool
    /// The item's identity while Tavle runs; not content, so not compared and not saved.
    public let id: ItemID

    /// Creates an action item.
    public init(what: String, who: String = "", due: CalendarDate? = nil, isDone: Bool = false, id: ItemID = .next()) {
        self.what = what
        self.who = who
        self.due = due
        self.isDone = isDone
        self.id = id
    }

    /// Items are equal when they say the same.
    public static func == (lhs: ActionItem, rhs: ActionItem) -> Bool {
        lhs.what == rhs.what && lhs.who == rhs.who && lhs.due == rhs.due && lhs.isDone == rhs.isDone
    }

    /// Open and past its deadline on `today`: shown in the warning style.
    public func isOverdue(on today: CalendarDate?) -> Bool {
        guard !isDone, let due, let today else { return false }
        return due < today
    }
}

/// The columns of an action item that are typed in place, left to right.
public enum ActionField: Int, CaseIterable, Sendable {
    case what, who, due
}
