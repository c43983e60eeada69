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
