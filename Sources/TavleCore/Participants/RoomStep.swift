/// What the phones may see of the meeting: the step on the projector and nothing else (never
/// the file, other sections' notes, or anybody's hidden cards but one's own, which the server
/// picks out per person). Plain data, published by the run loop after each change.
public struct RoomStep: Equatable, Sendable {
    /// The step's section index; a phone's request names it, so a late one is refused.
    public var section: Int
    /// The step's number, from 1, and how many steps there are.
    public var number: Int
    public var count: Int
    /// The step's title.
    public var title: String
    /// What the phones can do on this step.
    public var task: Task
    /// The workshop's participants, for the join page.
    public var participants: [String]
    /// Whether submissions are paused.
    public var isPaused: Bool
    /// The language the page speaks: the workshop's, else Tavle's.
    public var language: Language

    /// What a phone can do on the step.
    public enum Task: Equatable, Sendable {
        /// Nothing but follow along (a checklist, action items).
        case follow
        /// Write cards for the board, and place dots when it is voted on.
        case board(BoardTask)
        /// Answer the question in focus.
        case answer(question: ItemID, text: String, anonymous: Bool)
    }

    /// A board as the phones see it.
    public struct BoardTask: Equatable, Sendable {
        /// The revealed cards, every column, for dot voting.
        public var cards: [Card]
        /// The hidden cards with their authors; the server shows each person only their own.
        public var hidden: [Card]
        /// Dots per person, when the board is voted on.
        public var dotsPerPerson: Int?
        /// The column new cards go to.
        public var firstColumn: String
    }
}

extension AppState {
    /// What the phones see now; nil while the room is closed.
    public var roomStep: RoomStep? {
        guard let open = room.open, let section = currentSection else { return nil }
        let task: RoomStep.Task
        switch section.body {
        case .board(let board):
            let cards = board.columns.flatMap { Array($0.cards) }
            task = .board(RoomStep.BoardTask(
                cards: cards,
                hidden: board.hidden,
                dotsPerPerson: board.dotsPerParticipant,
                firstColumn: board.columns.first?.title ?? ""
            ))
        case .questions(let questions) where questions.indices.contains(cursor.row):
            let question = questions[cursor.row]
            task = .answer(question: question.id, text: question.text, anonymous: workshop.answersAreAnonymous)
        case .checklist, .questions, .actions:
            task = .follow
        }
        return RoomStep(
            section: sectionIndex, number: sectionIndex + 1, count: workshop.sections.count, title: section.title,
            task: task, participants: workshop.participants, isPaused: open.isPaused, language: workshop.language ?? language
        )
    }
}
