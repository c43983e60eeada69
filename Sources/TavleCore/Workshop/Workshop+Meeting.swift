/// The meeting itself: when, where and who, kept as metadata so the file's header reads as the
/// minutes' header (`- date: 2026-11-23`, `- place: …`, `- participants: Mette, Ali`).
extension Workshop {
    /// The participants' names, in the order typed; the metadata holds them comma-separated.
    public var participants: [String] {
        get {
            (metadata(.participants) ?? "").split(separator: ",")
                .map { String($0.trimmingWhitespace) }.filter { !$0.isEmpty }
        }
        set { setOrRemoveMetadata(.participants, newValue.joined(separator: ", ")) }
    }

    /// The meeting's date.
    public var meetingDate: CalendarDate? {
        get { metadata(.date).flatMap { CalendarDate(iso: $0) } }
        set { setOrRemoveMetadata(.date, newValue?.description ?? "") }
    }

    /// Where the meeting is held.
    public var place: String {
        get { metadata(.place) ?? "" }
        set { setOrRemoveMetadata(.place, newValue) }
    }

    /// Sets a key, or removes it when the value is empty, so cleared fields leave no line.
    mutating func setOrRemoveMetadata(_ key: MetadataKey, _ value: String) {
        if value.isEmpty {
            metadata.removeAll { $0.key == key.rawValue }
        } else {
            setMetadata(key, to: value)
        }
    }

    /// All dots the participants may give on a board: dots per participant times participants
    /// (at least one, so a vote works before names are typed).
    public func dotsAvailable(on board: Board) -> Int? {
        board.dotsPerParticipant.map { $0 * max(participants.count, 1) }
    }
}

extension Workshop {
    /// Whether answers sent from phones go into the notes without the sender's name: the
    /// workshop's `answers: anonymous`, chosen by the facilitator (with names otherwise).
    public var answersAreAnonymous: Bool {
        metadata(.answers)?.trimmingWhitespace == "anonymous"
    }

    /// The language the workshop is written in, when it says (`language: da`): phones get
    /// their page's words in it, to match the titles and questions they read.
    public var language: Language? {
        metadata(.language).flatMap { Language(rawValue: String($0.trimmingWhitespace)) }
    }
}
