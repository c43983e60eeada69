/// What Tavle and its room process (`tavle-room`, which holds the web server, so that nothing
/// of the network stack is loaded before a room opens) say to each other over a pipe: one line
/// per message, a word and then fields separated by spaces, each field with `%`, spaces and
/// control characters written as `%XX`. Both ends are the same build, so the format has no
/// version; a line that does not read is dropped, never guessed at.
public enum RoomWire {
    /// What Tavle tells the room process.
    public enum Command: Equatable, Sendable {
        /// The step the phones see now; nil when there is none.
        case publish(RoomStep?)
        /// The core's answer to a phone's request.
        case answer(RoomReply)
    }

    // MARK: Tavle to the room

    /// The line for a command.
    public static func line(_ command: Command) -> String {
        var fields = Fields()
        switch command {
        case .publish(nil):
            fields.add("closed")
        case .publish(let step?):
            fields.add("step")
            fields.add(step)
        case .answer(let reply):
            fields.add("reply")
            fields.add(reply.submission)
            fields.add(reply.outcome)
        }
        return fields.line
    }

    /// The command a line holds; nil when it is not one.
    public static func command(_ line: Substring) -> Command? {
        var fields = FieldReader(line)
        let command: Command? = switch fields.word() {
        case "closed": .publish(nil)
        case "step": fields.step().map { .publish($0) }
        case "reply": fields.text().flatMap { submission in fields.outcome().map { .answer(RoomReply(submission: submission, outcome: $0)) } }
        default: nil
        }
        return fields.isAtEnd ? command : nil
    }

    // MARK: The room to Tavle

    /// The line for news from the room: its events; nil for an event the room never sends.
    public static func line(_ event: AppEvent) -> String? {
        var fields = Fields()
        switch event {
        case .roomOpened(let link):
            fields.add("opened")
            fields.add(link.address)
            fields.add(link.shortAddress)
            fields.add(link.code)
            if let code = link.scanCode {
                fields.add(code.size)
                fields.add(String(code.modules.map { $0 ? "1" : "0" }))
            }
        case .roomFailed(let reason):
            fields.add("failed")
            fields.add(reason)
        case .roomConnections(let count):
            fields.add("connections")
            fields.add(count)
        case .participant(let request):
            fields.add("request")
            fields.add(request)
        default:
            return nil
        }
        return fields.line
    }

    /// The event a line from the room holds; nil when it is not one.
    public static func event(_ line: Substring) -> AppEvent? {
        var fields = FieldReader(line)
        let event: AppEvent?
        switch fields.word() {
        case "opened":
            guard let address = fields.text(), let short = fields.text(), let code = fields.text() else { return nil }
            var scanCode: ScanCode?
            if !fields.isAtEnd {
                guard let size = fields.number(), let bits = fields.word(), bits.allSatisfy({ $0 == "0" || $0 == "1" }),
                      let read = ScanCode(size: size, modules: bits.map { $0 == "1" }) else { return nil }
                scanCode = read
            }
            event = .roomOpened(RoomLink(address: address, shortAddress: short, code: code, scanCode: scanCode))
        case "failed":
            event = fields.text().map { .roomFailed($0) }
        case "connections":
            event = fields.number().map { .roomConnections($0) }
        case "request":
            event = fields.request().map { .participant($0) }
        default:
            event = nil
        }
        return fields.isAtEnd ? event : nil
    }
}

/// A line being written: fields, each escaped.
private struct Fields {
    private var parts: [String] = []

    var line: String { parts.joined(separator: " ") }

    mutating func add(_ text: String) {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar == "%" || scalar == " " || scalar.value < 0x20 || scalar.value == 0x7F {
                escaped += PercentEncoding.escaped(UInt8(scalar.value))
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        parts.append(escaped)
    }

    mutating func add(_ number: Int) { parts.append(String(number)) }

    mutating func add(_ flag: Bool) { parts.append(flag ? "1" : "0") }

    mutating func add(optional text: String?) {
        if let text { add("=" + text) } else { parts.append("-") }
    }

    mutating func add(_ id: ItemID) { parts.append(String(id.number)) }

    mutating func add(_ outcome: RoomReply.Outcome) {
        switch outcome {
        case .done: parts.append("done")
        case .refused(let refusal): parts.append(refusal.rawValue)
        }
    }

    mutating func add(_ step: RoomStep) {
        add(step.section)
        add(step.number)
        add(step.count)
        add(step.title)
        add(step.isPaused)
        add(step.language.rawValue)
        add(step.participants.count)
        step.participants.forEach { add($0) }
        switch step.task {
        case .follow:
            add("follow")
        case .answer(let question, let text, let anonymous):
            add("answer")
            add(question)
            add(text)
            add(anonymous)
        case .board(let board):
            add("board")
            if let dots = board.dotsPerPerson { add(dots) } else { parts.append("-") }
            add(board.firstColumn)
            add(board.cards)
            add(board.hidden)
        }
    }

    mutating func add(_ cards: [Card]) {
        add(cards.count)
        for card in cards {
            add(card.id)
            add(card.text)
            add(card.votes)
            add(optional: card.author)
            add(card.ballots.count)
            for ballot in card.ballots {
                add(ballot.person)
                add(ballot.dots)
            }
        }
    }

    mutating func add(_ request: ParticipantRequest) {
        add(request.submission)
        add(request.person)
        add(request.section)
        parts.append(String(request.lot))
        switch request.action {
        case .join:
            add("join")
        case .addCard(let text):
            add("add")
            add(text)
        case .editCard(let card, let text):
            add("edit")
            add(card)
            add(text)
        case .deleteCard(let card):
            add("delete")
            add(card)
        case .placeDot(let card):
            add("dot")
            add(card)
        case .takeDot(let card):
            add("undot")
            add(card)
        case .answer(let question, let text):
            add("answer")
            add(question)
            add(text)
        }
    }
}

/// A line being read, field by field; every reader returns nil on a field that is missing or
/// not what it should be.
private struct FieldReader {
    private var rest: ArraySlice<Substring>

    init(_ line: Substring) {
        rest = line.split(separator: " ", omittingEmptySubsequences: false)[...]
    }

    var isAtEnd: Bool { rest.isEmpty }

    /// The next field as it is written (words and digits need no unescaping).
    mutating func word() -> Substring? { rest.popFirst() }

    mutating func text() -> String? {
        word().flatMap { PercentEncoding.decode($0) }
    }

    mutating func number() -> Int? { word().flatMap { Int($0) } }

    /// A count of things to follow, bounded by the fields left so a bad line cannot ask for
    /// more room than it has.
    mutating func count() -> Int? {
        guard let count = number(), count >= 0, count <= rest.count else { return nil }
        return count
    }

    mutating func flag() -> Bool? {
        switch word() {
        case "1": true
        case "0": false
        default: nil
        }
    }

    mutating func id() -> ItemID? { word().flatMap { UInt64($0) }.map(ItemID.init(number:)) }

    mutating func optionalText() -> String?? {
        guard let field = word() else { return nil }
        if field == "-" { return .some(nil) }
        guard field.first == "=", let text = PercentEncoding.decode(field.dropFirst()) else { return nil }
        return .some(text)
    }

    mutating func outcome() -> RoomReply.Outcome? {
        guard let word = word() else { return nil }
        if word == "done" { return .done }
        return RoomRefusal(rawValue: String(word)).map { .refused($0) }
    }

    mutating func step() -> RoomStep? {
        guard let section = number(), let stepNumber = number(), let stepCount = number(), let title = text(),
              let paused = flag(), let language = word().flatMap({ Language(rawValue: String($0)) }),
              let participantCount = self.count() else { return nil }
        var participants: [String] = []
        for _ in 0..<participantCount {
            guard let name = text() else { return nil }
            participants.append(name)
        }
        let task: RoomStep.Task
        switch word() {
        case "follow":
            task = .follow
        case "answer":
            guard let question = id(), let text = text(), let anonymous = flag() else { return nil }
            task = .answer(question: question, text: text, anonymous: anonymous)
        case "board":
            guard let dotsField = word() else { return nil }
            let dots: Int? = dotsField == "-" ? nil : Int(dotsField)
            guard dotsField == "-" || dots != nil, let firstColumn = text(), let shown = cards(), let hidden = cards() else { return nil }
            task = .board(RoomStep.BoardTask(cards: shown, hidden: hidden, dotsPerPerson: dots, firstColumn: firstColumn))
        default:
            return nil
        }
        return RoomStep(section: section, number: stepNumber, count: stepCount, title: title, task: task,
                        participants: participants, isPaused: paused, language: language)
    }

    mutating func cards() -> [Card]? {
        guard let cardCount = count() else { return nil }
        var read: [Card] = []
        for _ in 0..<cardCount {
            guard let id = id(), let cardText = text(), let votes = number(), let author = optionalText(),
                  let ballotCount = count() else { return nil }
            var ballots: [Ballot] = []
            for _ in 0..<ballotCount {
                guard let person = text(), let dots = number() else { return nil }
                ballots.append(Ballot(person: person, dots: dots))
            }
            read.append(Card(text: cardText, votes: votes, author: author, ballots: ballots, id: id))
        }
        return read
    }

    mutating func request() -> ParticipantRequest? {
        guard let submission = text(), let person = text(), let section = number(),
              let lot = word().flatMap({ UInt64($0) }) else { return nil }
        let action: ParticipantAction?
        switch word() {
        case "join": action = .join
        case "add": action = text().map { .addCard($0) }
        case "edit": action = id().flatMap { card in text().map { .editCard(card, $0) } }
        case "delete": action = id().map { .deleteCard($0) }
        case "dot": action = id().map { .placeDot($0) }
        case "undot": action = id().map { .takeDot($0) }
        case "answer": action = id().flatMap { question in text().map { .answer(question: question, text: $0) } }
        default: action = nil
        }
        return action.map { ParticipantRequest(submission: submission, person: person, section: section, action: $0, lot: lot) }
    }
}
