import TavleCore

/// What each person's page shows of a step, as a number that changes exactly when that page
/// would: the step for everyone, plus the person's own hidden cards and dots. The server tells
/// a phone to look again only when its own number changed, so a card sent by one phone does
/// not send forty others fetching a page that looks the same (the load benchmark's key latency
/// doubled while every change woke every phone).
struct PageFingerprints: Sendable {
    private let common: Int
    private let own: [String: Int]

    /// The fingerprints of every page of `step` (nil: the room is closed), in one pass over its cards.
    init(_ step: RoomStep?) {
        var hasher = Hasher()
        var own: [String: Hasher] = [:]
        if let step {
            hasher.combine(step.section)
            hasher.combine(step.number)
            hasher.combine(step.count)
            hasher.combine(step.title)
            hasher.combine(step.isPaused)
            hasher.combine(step.participants)
            hasher.combine(step.language)
            switch step.task {
            case .follow:
                hasher.combine(0)
            case .answer(let question, let text, let anonymous):
                hasher.combine(1)
                hasher.combine(question)
                hasher.combine(text)
                hasher.combine(anonymous)
            case .board(let board):
                hasher.combine(2)
                hasher.combine(board.dotsPerPerson)
                hasher.combine(board.firstColumn)
                for card in board.cards {
                    hasher.combine(card.id)
                    hasher.combine(card.text)
                    for ballot in card.ballots {
                        own[ballot.person, default: Hasher()].combine(card.id)
                        own[ballot.person, default: Hasher()].combine(ballot.dots)
                    }
                }
                for card in board.hidden {
                    guard let author = card.author else { continue }
                    own[author, default: Hasher()].combine(card.id)
                    own[author, default: Hasher()].combine(card.text)
                }
            }
        }
        common = hasher.finalize()
        self.own = own.mapValues { $0.finalize() }
    }

    /// The fingerprint of `person`'s page (nil: a page without a name, the join page).
    func of(_ person: String?) -> Int {
        var hasher = Hasher()
        hasher.combine(common)
        hasher.combine(person.flatMap { own[$0] } ?? 0)
        return hasher.finalize()
    }
}
