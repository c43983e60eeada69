/// Dot voting: every participant gives a number of dots; the cards with most dots rise.
extension Board {
    /// Dots given on the whole board.
    public var dotsUsed: Int {
        columns.reduce(0) { total, column in column.cards.reduce(total) { $0 + $1.votes } }
    }

    /// Sorts a column by votes, most first; cards with equal votes keep their order.
    public mutating func sortByVotes(column: Int) {
        let sorted = columns[column].cards.enumerated().sorted { left, right in
            left.element.votes != right.element.votes
                ? left.element.votes > right.element.votes
                : left.offset < right.offset
        }.map(\.element)
        columns[column].cards = ChunkedList(sorted)
    }

    /// The cards with most votes outside the ranked column, at most `count`, most votes first
    /// (ties in board order); and whether the next card has as many votes as the last one
    /// taken, i.e. the cut falls inside a tie the group must settle.
    public func topVoted(_ count: Int, excluding ranked: Int) -> (positions: [CardPosition], tieAtCut: Bool) {
        var candidates: [(position: CardPosition, votes: Int)] = []
        for (columnIndex, column) in columns.enumerated() where columnIndex != ranked {
            for (index, card) in column.cards.enumerated() where card.votes > 0 {
                candidates.append((CardPosition(column: columnIndex, index: index), card.votes))
            }
        }
        let ordered = candidates.enumerated().sorted { left, right in
            left.element.votes != right.element.votes ? left.element.votes > right.element.votes : left.offset < right.offset
        }.map(\.element)
        let taken = Array(ordered.prefix(count))
        let tie = ordered.count > count && count > 0 && ordered[count].votes == ordered[count - 1].votes
        return (taken.map(\.position), tie)
    }

    /// The vote rank of every card in a column as shown: equal votes share a rank (`2=`).
    public func voteRanks(column: Int) -> [(rank: Int, isTied: Bool)] {
        let votes = columns[column].cards.map(\.votes)
        var cardsWith: [Int: Int] = [:]
        for vote in votes { cardsWith[vote, default: 0] += 1 }
        var above: [Int: Int] = [:]
        var seen = 0
        for vote in cardsWith.keys.sorted(by: >) {
            above[vote] = seen
            seen += cardsWith[vote] ?? 0
        }
        return votes.map { mine in ((above[mine] ?? 0) + 1, mine > 0 && (cardsWith[mine] ?? 0) > 1) }
    }
}

extension Board {
    /// How many people have placed hidden dots from their phones.
    public var hiddenVoters: Int {
        Set(columns.flatMap { $0.cards.flatMap { $0.ballots.map(\.person) } }).count
    }

    /// The dots `person` placed from a phone and not yet revealed, on every card.
    public func dotsPlaced(by person: String) -> Int {
        columns.reduce(0) { total, column in
            total + column.cards.reduce(0) { $0 + ($1.ballots.first { $0.person == person }?.dots ?? 0) }
        }
    }

    /// Adds to or takes from `person`'s hidden dots on the card at `position`.
    mutating func changeBallot(at position: CardPosition, of person: String, by change: Int) {
        guard var card = card(at: position) else { return }
        if let at = card.ballots.firstIndex(where: { $0.person == person }) {
            card.ballots[at].dots += change
            if card.ballots[at].dots <= 0 { card.ballots.remove(at: at) }
        } else if change > 0 {
            card.ballots.append(Ballot(person: person, dots: change))
        }
        columns[position.column].cards[position.index] = card
    }

    /// Hidden cards join the first column in the order they wait in, without their authors
    /// and with new ids (ids count up as cards are made, so the old ones would tell the order
    /// the cards were written in); hidden dots join the cards' totals. A new round of dots may
    /// begin after it.
    mutating func revealHidden() {
        if !columns.isEmpty {
            let revealed = hidden.map { Card(text: $0.text, votes: $0.votes) }
            columns[0].cards.insert(contentsOf: revealed, at: columns[0].cards.count)
            hidden = []
        }
        for column in columns.indices {
            for index in columns[column].cards.indices where !columns[column].cards[index].ballots.isEmpty {
                columns[column].cards[index].votes += columns[column].cards[index].hiddenDots
                columns[column].cards[index].ballots = []
            }
        }
    }
}
