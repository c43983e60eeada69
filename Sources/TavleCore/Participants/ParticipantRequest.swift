/// Something a participant asked for from their phone, as the room's server hands it to the
/// core through the event queue: saved, undone and drawn like any edit.
public struct ParticipantRequest: Equatable, Sendable {
    /// The phone's id for this submission: a resend after a lost connection carries the same
    /// one, and gets the first answer again instead of a second card.
    public var submission: String
    /// Who asks, by the name they chose when they joined.
    public var person: String
    /// The step (section index) the phone showed: a request for a step the room has left is
    /// refused, never applied to the step on screen now.
    public var section: Int
    /// What they asked for.
    public var action: ParticipantAction
    /// A random number the server draws for the request: where a new hidden card goes among
    /// the waiting ones, so the reveal shows them shuffled while the core stays a pure function.
    public var lot: UInt64

    /// Creates a request.
    public init(submission: String, person: String, section: Int, action: ParticipantAction, lot: UInt64 = 0) {
        self.submission = submission
        self.person = person
        self.section = section
        self.action = action
        self.lot = lot
    }
}

/// What a participant can do from a phone.
public enum ParticipantAction: Equatable, Sendable {
    /// Takes part under the request's name; a name the workshop does not know is added to its participants.
    case join
    /// A card for the board's first column, hidden until the facilitator reveals it.
    case addCard(String)
    /// Rewords one of their own hidden cards.
    case editCard(ItemID, String)
    /// Takes back one of their own hidden cards.
    case deleteCard(ItemID)
    /// Places one of their dots on a card, hidden until revealed.
    case placeDot(ItemID)
    /// Takes back one of the dots they placed on a card.
    case takeDot(ItemID)
    /// An answer to a question: a line in its notes.
    case answer(question: ItemID, text: String)
}

/// The core's answer to a request, which the server passes to the phone.
public struct RoomReply: Equatable, Sendable {
    /// The submission answered.
    public var submission: String
    /// Done, or why not.
    public var outcome: Outcome

    /// Whether it was carried out.
    public enum Outcome: Equatable, Sendable {
        case done
        case refused(RoomRefusal)
    }

    /// Creates a reply.
    public init(submission: String, outcome: Outcome) {
        self.submission = submission
        self.outcome = outcome
    }
}

/// Why a participant's request was not carried out; the page words it for the phone.
public enum RoomRefusal: String, CaseIterable, Equatable, Sendable {
    /// The facilitator paused submissions.
    case paused
    /// The room is closed.
    case closed
    /// The room has moved on to another step; the phone shows the new one.
    case stepChanged
    /// This step takes no such request (a card on a checklist, a dot on a board without a vote).
    case notHere
    /// The text was empty once control characters and spaces were removed.
    case empty
    /// The card is someone else's, or already revealed.
    case notYours
    /// The card or question is no longer there.
    case gone
    /// Every dot is placed; take one back first.
    case noDotsLeft
    /// No dot of theirs is on that card.
    case noDotHere
    /// The person has sent as many cards as one person may.
    case tooManyCards
    /// The workshop is open read-only on this laptop.
    case readOnly
    /// The change could not be written to the file; it is not kept.
    case notSaved
    /// Too many requests from this phone or address in a short time (the server's limit).
    case tooFast
    /// Another phone has joined with that name (the server's rule: a name is one phone's).
    case nameTaken
    /// The phone has not joined, or its key is not this room's (the server's rule).
    case notJoined
}
