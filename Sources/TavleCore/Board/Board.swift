/// Columns of cards, side by side or as a 2x2 matrix: every potential partner is a card, moved
/// until the group agrees.
public struct Board: Equatable, Sendable {
    /// The columns, left to right.
    public var columns: [Column]
    /// Dots each participant may give when the group votes; nil when the board is not voted on.
    public var dotsPerParticipant: Int?
    /// Cards participants sent from their phones, waiting unseen until the facilitator reveals
    /// them into the first column. Kept in random order as they arrive, so the reveal shows
    /// them shuffled and nobody is known by when they wrote.
    public var hidden: [Card]
    /// The axes when the board is a 2x2 matrix (its first four columns the quadrants); nil
    /// for columns side by side.
    public var matrix: Matrix?

    /// Creates a board.
    public init(columns: [Column] = [], dotsPerParticipant: Int? = nil, hidden: [Card] = [], matrix: Matrix? = nil) {
        self.columns = columns
        self.dotsPerParticipant = dotsPerParticipant
        self.hidden = hidden
        self.matrix = matrix
    }

    /// Where the card with `id` is now, if it is still on the board.
    public func position(of id: ItemID) -> CardPosition? {
        for (column, cards) in columns.lazy.map(\.cards).enumerated() {
            if let index = cards.firstIndex(where: { $0.id == id }) { return CardPosition(column: column, index: index) }
        }
        return nil
    }

    /// The card at `position`, if there is one.
    public func card(at position: CardPosition) -> Card? {
        guard columns.indices.contains(position.column),
              columns[position.column].cards.indices.contains(position.index)
        else { return nil }
        return columns[position.column].cards[position.index]
    }

    /// Moves the card at `from` so that it ends up at `to`, counted after it left its place.
    ///
    /// `to.index` is clamped to the target column, so a drop below the last card appends.
    /// Returns where the card ended up.
    @discardableResult
    public mutating func moveCard(from: CardPosition, to: CardPosition) -> CardPosition {
        var card = columns[from.column].cards.remove(at: from.index)
        card.quadrant = quadrant(of: card, from: from.column, to: to.column)
        let index = min(max(to.index, 0), columns[to.column].cards.count)
        columns[to.column].cards.insert(card, at: index)
        return CardPosition(column: to.column, index: index)
    }

    /// The quadrant a card moving from column `from` to column `to` keeps with it: the one it
    /// leaves for a column beside the matrix (or the one it brought there); none in a quadrant,
    /// whose column says where it is, in the unplaced column, or on a board of columns.
    func quadrant(of card: Card, from: Int, to: Int) -> Int? {
        guard matrix != nil, to > Matrix.quadrants.upperBound else { return nil }
        return Matrix.isQuadrant(from) ? from : card.quadrant
    }
}

/// A column of cards, e.g. "Alle forslag", or a ranked "Top tre" with a limit of three.
public struct Column: Equatable, Sendable {
    /// The column's heading.
    public var title: String
    /// What the column means, from the guide.
    public var description: String
    /// A ranked column shows its cards as 1., 2., 3.
    public var isRanked: Bool
    /// How many places a ranked column has; cards beyond it are shown as over the limit.
    public var limit: Int?
    /// The cards, top to bottom; chunked, so undo snapshots of a big column share its cards.
    public var cards: ChunkedList<Card>

    /// Creates a column.
    public init(
        title: String,
        description: String = "",
        isRanked: Bool = false,
        limit: Int? = nil,
        cards: [Card] = []
    ) {
        self.title = title
        self.description = description
        self.isRanked = isRanked
        self.limit = limit
        self.cards = ChunkedList(cards)
    }
}

/// A card on the board; one line of text and the dots the group gave it.
public struct Card: Equatable, Sendable {
    /// What is written on the card.
    public var text: String
    /// Dots given to the card in a dot vote (revealed ones, from the room or the keyboard).
    public var votes: Int
    /// Who wrote a card that came from a phone and waits hidden; nil once it is revealed.
    public var author: String?
    /// Dots placed from phones and not yet revealed, per person.
    public var ballots: [Ballot]
    /// On a matrix board, the quadrant (its column, 1–4) a card stood in before it went on to
    /// a column beside the matrix, such as the ranked short list: the minutes then still say
    /// where the group placed it. Nil in a quadrant (its column says it) and when unplaced.
    public var quadrant: Int?
    /// The card's identity while Tavle runs; not content, so not compared and not saved.
    public let id: ItemID

    /// Creates a card; a new one unless it is given the id of the card it continues.
    public init(text: String, votes: Int = 0, author: String? = nil, ballots: [Ballot] = [], quadrant: Int? = nil, id: ItemID = .next()) {
        self.text = text
        self.votes = votes
        self.author = author
        self.ballots = ballots
        self.quadrant = quadrant
        self.id = id
    }

    /// Cards are equal when they say the same, have the same dots, phone marks and quadrant.
    public static func == (lhs: Card, rhs: Card) -> Bool {
        lhs.text == rhs.text && lhs.votes == rhs.votes && lhs.author == rhs.author && lhs.ballots == rhs.ballots && lhs.quadrant == rhs.quadrant
    }

    /// Dots placed from phones and waiting to be revealed.
    public var hiddenDots: Int { ballots.reduce(0) { $0 + $1.dots } }
}

/// Where a card is: its column and its place in that column.
public struct CardPosition: Equatable, Hashable, Sendable {
    /// The column's index on the board.
    public var column: Int
    /// The card's index in the column.
    public var index: Int

    /// Creates a position.
    public init(column: Int, index: Int) {
        self.column = column
        self.index = index
    }
}
