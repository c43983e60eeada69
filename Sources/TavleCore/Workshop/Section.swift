/// One step of the guide: a title, guidance that introduces it, and what the group works on.
public struct Section: Equatable, Sendable {
    /// The section's heading.
    public var title: String
    /// The suggested timeboxes in minutes, in the order the timer offers them: one for most
    /// sections, more where the guide times its parts (a 3-minute silent round, then the
    /// talk); none where the guide gives no time.
    public var timeboxes: [Int]
    /// Text that introduces the section; read aloud or shown, never edited in the meeting.
    public var guidance: String
    /// The part the group fills in.
    public var body: SectionBody
    /// The title of the meeting this section opens, when the workshop is held in parts (the
    /// partnership's first evening, then the meeting with the partner); nil inside a meeting.
    public var opensMeeting: String?

    /// Creates a section with one suggested time (`minutes`) or several (`timeboxes`).
    public init(title: String, minutes: Int? = nil, timeboxes: [Int]? = nil, guidance: String = "", body: SectionBody, opensMeeting: String? = nil) {
        self.title = title
        self.timeboxes = timeboxes ?? minutes.map { [$0] } ?? []
        self.guidance = guidance
        self.body = body
        self.opensMeeting = opensMeeting
    }

    /// The whole suggested time in minutes, or nil where the guide gives none.
    public var minutes: Int? {
        timeboxes.isEmpty ? nil : timeboxes.reduce(0, +)
    }

    /// The kind of body, as named in the file's marker line.
    public var kind: SectionKind {
        switch body {
        case .checklist: .checklist
        case .questions: .questions
        case .board: .board
        case .actions: .actions
        }
    }
}

/// What a section holds; each kind has its own model and its own view.
public enum SectionBody: Equatable, Sendable {
    /// Points the group ticks together.
    case checklist(Checklist)
    /// Reflection questions with the group's notes.
    case questions([Question])
    /// Columns of cards, e.g. potential partners by priority.
    case board(Board)
    /// Who does what by when: the meeting's agreed next steps.
    case actions([ActionItem])
}

/// The name of a section body kind, as written in the file's marker comment.
public enum SectionKind: String, CaseIterable, Sendable {
    case checklist
    case questions
    case board
    case actions
}

/// How far the group has come in a section, e.g. 4 of 12 points ticked.
public struct Progress: Equatable, Sendable {
    /// How many are done.
    public var done: Int
    /// How many there are.
    public var total: Int

    /// Creates a progress count.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// True when there is something to do and all of it is done.
    public var isComplete: Bool { total > 0 && done >= total }
}

extension Section {
    /// Progress as the agenda shows it: ticked points, answered questions, or ranked places filled.
    public var progress: Progress? {
        switch body {
        case .checklist(let checklist):
            return Progress(done: checklist.tickedCount, total: checklist.pointCount)
        case .questions(let questions):
            return Progress(done: questions.filter(\.isAnswered).count, total: questions.count)
        case .board(let board):
            guard let ranked = board.columns.first(where: { $0.isRanked }) else { return nil }
            let places = ranked.limit ?? ranked.cards.count
            return Progress(done: min(ranked.cards.count, places), total: places)
        case .actions(let items):
            return Progress(done: items.filter(\.isDone).count, total: items.count)
        }
    }
}

