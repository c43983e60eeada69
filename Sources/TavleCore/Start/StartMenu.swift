/// The start screen: pick a kit to begin a new workshop, or a workshop file to continue.
public struct StartMenu: Equatable, Sendable {
    /// One row of the start screen.
    public enum Entry: Equatable, Sendable {
        /// A kit: starts a new workshop.
        case kit(KitSummary)
        /// A workshop file in the current folder: continues it.
        case workshop(path: String, title: String)
        /// A workshop held in parts whose next meeting has not begun: starts that meeting.
        case nextMeeting(path: String, title: String, part: MeetingPart)
        /// A Tavle file that cannot be read; shown with its problem so it is not silently lost.
        case broken(FileProblem)
    }

    /// The rows: kits first, then workshops.
    public let entries: [Entry]
    /// The highlighted row.
    public private(set) var selection = 0
    /// The keys, shared with the workshop screen so arrows and j/k mean the same here.
    public let keyMap: KeyMap

    /// Creates the menu. `workshops` come newest first: the selection starts on the newest,
    /// since continuing a workshop is what a facilitator reopening Tavle mostly does. A
    /// workshop with a meeting in `nextMeetings` (by path) is offered at that meeting too.
    public init(kits: [KitSummary], workshops: [(path: String, title: String)], nextMeetings: [String: MeetingPart] = [:],
                broken: [FileProblem] = [], keyMap: KeyMap = .standard) {
        entries = kits.map(Entry.kit) + workshops.flatMap { workshop -> [Entry] in
            let next = nextMeetings[workshop.path].map { Entry.nextMeeting(path: workshop.path, title: workshop.title, part: $0) }
            return [.workshop(path: workshop.path, title: workshop.title)] + (next.map { [$0] } ?? [])
        } + broken.map(Entry.broken)
        self.keyMap = keyMap
        if !workshops.isEmpty { selection = kits.count }
    }

    /// What the run loop does with a choice.
    public enum Effect: Equatable, Sendable {
        case createWorkshop(kit: String)
        case open(path: String)
        /// Open the workshop at the first section of a meeting.
        case openAt(path: String, section: Int)
        case quit
        case bell
    }

    /// Applies a key or a click; returns what to do.
    public mutating func handle(_ event: AppEvent) -> [Effect] {
        switch event {
        case .keyPressed(let key):
            if key == .enter || key == .character(" ") || key == .character("l") || key == .right {
                return choose()
            }
            switch keyMap.command(for: key, in: nil) {
            case .up?: selection = max(0, selection - 1)
            case .down?: selection = min(entries.count - 1, selection + 1)
            case .first?: selection = 0
            case .last?: selection = max(0, entries.count - 1)
            case .quit?: return [.quit]
            case .goToSection(let number)?:
                // A digit only selects: opening is Enter's, so an Enter typed after it
                // cannot land in the workshop that opened.
                guard entries.indices.contains(number - 1) else { return [.bell] }
                selection = number - 1
            default: return [.bell]
            }
            return []
        case .mouse(let mouse):
            guard mouse.action == .press, case .section(let index)? = mouse.target,
                  entries.indices.contains(index) else { return [] }
            selection = index
            return choose()
        case .resized, .saved, .outsideChangeResolved, .clock, .themeChanged, .themeNotRemembered, .themeFailed, .configFailed, .exported, .reloaded, .pasted,
             .cardsArrived, .savesSettled, .roomOpened, .roomFailed, .roomConnections, .participant:
            return []
        }
    }

    private func choose() -> [Effect] {
        guard entries.indices.contains(selection) else { return [.bell] }
        switch entries[selection] {
        case .kit(let kit): return [.createWorkshop(kit: kit.name)]
        case .workshop(let path, _): return [.open(path: path)]
        case .nextMeeting(let path, _, let part): return [.openAt(path: path, section: part.sections.lowerBound)]
        case .broken: return [.bell]
        }
    }
}

/// What the start screen and `tavle kits` show of a kit, read from its metadata.
public struct KitSummary: Equatable, Sendable {
    /// The kit's short name, e.g. `partnerskab`.
    public var name: String
    /// The kit's title.
    public var title: String
    /// Who it is for: kommune, forening or begge.
    public var audience: String?
    /// Suggested duration, free text.
    public var duration: String?
    /// The guide it is written from.
    public var source: String?

    /// Reads the summary from a parsed kit.
    public init(name: String, workshop: Workshop) {
        self.name = name
        title = workshop.title
        audience = workshop.metadata(.audience)
        duration = workshop.metadata(.duration)
        source = workshop.metadata(.source)
    }
}
