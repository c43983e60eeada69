/// Dot voting on a board: dots per participant, a dot at a time on the focused card, then the
/// cards with most dots into the ranked column.
extension AppState {
    /// Carries out a voting command on the board on screen.
    mutating func performVoting(_ command: Command) -> [AppEffect] {
        guard case .board(let board)? = currentSection?.body else { return [.bell] }
        let section = sectionIndex
        switch command {
        case .setDots:
            beginEdit(.dotsPerParticipant(section: section), text: board.dotsPerParticipant.map(String.init) ?? "3", isNew: false, suggested: true)
            return []
        case .addDot, .removeDot:
            guard let position = focusedCard else { return [.bell] }
            return changeDots(on: position, by: command == .addDot ? 1 : -1)
        case .sortByVotes:
            guard board.columns.indices.contains(cursor.column) else { return [.bell] }
            let column = cursor.column
            let focused = focusedCard.flatMap { board.card(at: $0) }
            let effects = commit { $0.sections[section].body.modifyBoard { $0.sortByVotes(column: column) } }
            if let focused, case .board(let sorted) = workshop.sections[section].body,
               let index = sorted.columns[column].cards.firstIndex(of: focused) {
                cursors[section].row = index
            }
            return effects
        case .rankTopVoted:
            return rankTopVoted(board, section: section)
        default:
            return []
        }
    }

    /// Gives or takes back a dot; also reached by a click on a card's dots.
    mutating func changeDots(on position: CardPosition, by change: Int) -> [AppEffect] {
        guard case .board(let board)? = currentSection?.body, let card = board.card(at: position) else { return [.bell] }
        guard let available = workshop.dotsAvailable(on: board) else {
            notice = .votingNotStarted
            return [.bell]
        }
        if change > 0, board.dotsUsed >= available {
            notice = .dotsUsedUp(available: available)
            return [.bell]
        }
        guard card.votes + change >= 0 else { return [.bell] }
        let section = sectionIndex
        cursors[section] = Cursor(column: position.column, row: position.index)
        return commit { $0.sections[section].body.modifyBoard { $0.columns[position.column].cards[position.index].votes += change } }
    }

    private mutating func rankTopVoted(_ board: Board, section: Int) -> [AppEffect] {
        guard let ranked = board.columns.firstIndex(where: \.isRanked) else { return [.bell] }
        let column = board.columns[ranked]
        let places = column.limit.map { $0 - column.cards.count } ?? 3
        guard places > 0 else {
            notice = .rankedFull(column.title)
            return [.bell]
        }
        let (positions, tie) = board.topVoted(places, excluding: ranked)
        guard !positions.isEmpty else {
            notice = .noVotes
            return [.bell]
        }
        let lastVotes = positions.last.flatMap { board.card(at: $0)?.votes } ?? 0
        let taken = Set(positions)
        var tied: [String] = []
        if tie {
            // The moved ones first, in the order they now stand in the ranked column.
            tied = positions.compactMap { board.card(at: $0) }.filter { $0.votes == lastVotes }.map(\.text)
            for (columnIndex, candidate) in board.columns.enumerated() where columnIndex != ranked {
                for (index, card) in candidate.cards.enumerated()
                where card.votes == lastVotes && !taken.contains(CardPosition(column: columnIndex, index: index)) {
                    tied.append(card.text)
                }
            }
        }
        let effects = commit { workshop in
            workshop.sections[section].body.modifyBoard { board in
                let cards = positions.compactMap { position in
                    board.card(at: position).map { card in
                        var card = card
                        card.quadrant = board.quadrant(of: card, from: position.column, to: ranked)
                        return card
                    }
                }
                // Remove from the back so earlier positions stay valid.
                for position in positions.sorted(by: { ($0.column, $0.index) > ($1.column, $1.index) }) {
                    board.columns[position.column].cards.remove(at: position.index)
                }
                board.columns[ranked].cards.append(contentsOf: cards)
            }
        }
        cursors[section] = Cursor(column: ranked, row: column.cards.count)
        clampCursors()
        notice = .movedTopVoted(count: positions.count, column: column.title, tied: tied)
        return effects
    }
}
