/// The room while it is open to phones: how they reach it and who is there. Not minutes, so not
/// saved and not undone; closing the room forgets it.
public struct OpenRoom: Equatable, Sendable {
    /// Where phones join, once the server listens; nil while it starts.
    public internal(set) var link: RoomLink?
    /// Whether the facilitator paused submissions: phones can look but not send.
    public internal(set) var isPaused = false
    /// How many phones are connected now.
    public internal(set) var connected = 0
    /// The answer given to each submission so far, so a resend gets it again and adds nothing.
    var answered: [String: RoomReply.Outcome] = [:]
    /// Cards each person has sent, for the per-person limit.
    var cardsSent: [String: Int] = [:]

    /// The most cards one person may send while the room is open.
    public static let cardsPerPerson = 100
}

/// How phones reach the room: the address with its secret token (in the QR code), the short
/// address to type and the code that opens it.
public struct RoomLink: Equatable, Sendable {
    /// The whole address, token included, e.g. `http://192.168.1.23:8080/r/Xq…`.
    public var address: String
    /// The address without the token, for typing.
    public var shortAddress: String
    /// The join code typed at the short address.
    public var code: String
    /// `address` as a QR code for the projector; nil draws the address and code alone.
    public var scanCode: ScanCode?

    /// Creates a link.
    public init(address: String, shortAddress: String, code: String, scanCode: ScanCode? = nil) {
        self.address = address
        self.shortAddress = shortAddress
        self.code = code
        self.scanCode = scanCode
    }
}

extension Workshop {
    /// The cards and dots sent from phones that wait hidden, on every board.
    public var hiddenFromRoom: (cards: Int, dots: Int) {
        var cards = 0
        var dots = 0
        for section in sections {
            guard case .board(let board) = section.body else { continue }
            cards += board.hidden.count
            dots += board.columns.reduce(0) { $0 + $1.cards.reduce(0) { $0 + $1.hiddenDots } }
        }
        return (cards, dots)
    }
}
