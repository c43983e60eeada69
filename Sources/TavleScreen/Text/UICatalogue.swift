import TavleCore

/// Every string the screens show, one catalogue per language (`DanishText`, `EnglishText`).
/// A string missing from either is a compile error: both conform to this protocol.
/// Kits and workshops keep their own language; only Tavle's own words change.
public protocol UICatalogue: Sendable {
    /// What a browsing command does, as the help screen says it.
    func describe(_ command: Command) -> String
    /// What an editor key does.
    func describe(_ command: EditCommand) -> String
    /// What a key does while a card is picked up.
    func describe(_ command: MoveCommand) -> String
    /// What a key answers in a dialog.
    func describe(_ command: DialogCommand) -> String
    /// What a key does on the help screen.
    func describe(_ command: HelpCommand) -> String
    /// What the key that closes "time is up" does.
    var dismissTimeUpDescription: String { get }
    /// A heading in the help screen for each scope.
    func title(of scope: KeyScope) -> String
    /// Short labels for the status line hints.
    func hint(_ action: KeyMap.Action) -> String
    /// What is wrong in a file, as one sentence a facilitator can act on.
    func describe(_ problem: FormatProblem) -> String
    /// What the operating system said, in this language where Tavle knows the case.
    func describe(_ error: SystemError) -> String
    /// Why a write failed.
    func describe(_ reason: SaveFailure.Reason) -> String
    /// Why the workshop is open read-only.
    func describe(_ reason: ReadOnlyReason) -> String
    /// A notice as a sentence.
    func text(of notice: Notice) -> String
    /// The save state for the right end of the status line.
    func text(of status: SaveStatus) -> String
    /// The question a confirmation asks.
    func question(_ confirmation: Confirmation, in workshop: Workshop) -> String
    /// The answers a confirmation offers, named by the keys that give them.
    func answers(_ confirmation: Confirmation, keys: KeyNames) -> String
    /// The prompt for one of the meeting's details.
    func prompt(_ field: MeetingField) -> String
    /// A bundled theme's name; a theme of one's own keeps its file name.
    func themeName(_ name: String) -> String
    /// Dots used of those available, for a board's heading.
    func dots(used: Int, available: Int) -> String
    /// How many have voted from their phones while their dots are hidden.
    func hiddenVoters(_ count: Int) -> String
    /// A date as the config's style asks.
    func format(_ date: CalendarDate, style: Settings.DateStyle) -> String
    /// "3 deltagere": how many take part.
    func participants(_ count: Int) -> String
    /// The audience as the start screen shows it.
    func audience(_ value: String?) -> String
    /// A workshop's line in `tavle status`, after its file name.
    func statusLine(_ status: WorkshopStatus) -> String
    /// `tavle actions` when nothing is open.
    var noOpenActions: String { get }

    var readOnly: String { get }
    var helpTitle: String { get }
    /// The help screen's last line: how to scroll and close it.
    func helpFooter(keys: KeyNames) -> String
    var emptyColumn: String { get }
    /// A meeting of a workshop held in parts, where its divider gives no title: "Møde 2".
    func meetingNumber(_ number: Int) -> String
    /// The start screen's offer to begin a workshop's next meeting.
    func continueAtMeeting(_ meeting: String) -> String
    var noNotes: String { get }
    var saveAsPrompt: String { get }
    var timerPrompt: String { get }
    var dotsPrompt: String { get }
    var timeUp: String { get }
    /// The status line while "time is up" stands: which keys close it.
    func timeUpHint(keys: KeyNames) -> String
    /// The room in the status line: who is connected, what waits hidden.
    func roomStatus(_ room: OpenRoom, hiddenCards: Int, hiddenDots: Int) -> String
    /// What the projector says under the room's QR code: where to go and the code to type.
    func roomInvitation(_ link: RoomLink) -> [String]
    var noDue: String { get }
    /// An actions section without items: which key adds one.
    func noActions(keys: KeyNames) -> String
    var actionHeadings: (what: String, who: String, due: String) { get }
    var sectionPrompt: String { get }
    var minutes: String { get }
    var startTitle: String { get }
    var startKits: String { get }
    var startWorkshops: String { get }
    var startBroken: String { get }
    /// The start screen's key line, named by the keys in use.
    func startHint(keys: KeyNames) -> String
    var tooSmall: String { get }
    var section: String { get }

    // The command line's own words.

    /// Said after a config problem on standard error: that setting falls back.
    var usingDefaultSetting: String { get }
    /// Said after a theme problem on standard error.
    var usingDefaultTheme: String { get }
    var todayFormat: String { get }
    var sizeFormat: String { get }
    var separatorChoice: String { get }
    /// The word `tavle check` puts before a warning: "advarsel".
    var warningWord: String { get }
    /// What would not read on a projector's 100x30, as one sentence.
    func describe(_ warning: ScreenFit.Warning, in workshop: Workshop) -> String
    /// `--meeting` given something other than a meeting the workshop has, or `all`.
    func meetingChoice(_ given: String, count: Int) -> String
    /// `tavle config`'s first line: where the file is looked for.
    var configFile: String { get }
    var configFileMissing: String { get }
    /// swift-argument-parser's help text in this language: its headings and its own lines,
    /// with the everyday use (`tavle [FILE] ...`) first.
    func help(fromParser text: String) -> String
    /// A first argument that is neither a command nor a file, but close to a command.
    func unknownCommand(_ typed: String, didYouMean command: String) -> String
    /// Where the workshop is saved: the help screen's title and the line printed on quit.
    func savedIn(_ file: String) -> String
    /// Printed on quit when the last change could not be written.
    func notSavedIn(_ file: String) -> String
    /// `tavle FILE` started without a terminal to draw on or read keys from.
    var needsTerminal: String { get }
    /// In place of a path under the home folder when `$HOME` is not set.
    var noHomeFolder: String { get }
    /// `tavle config`: a setting nobody set.
    var defaultOrigin: String { get }
    /// `tavle new` or the start screen could not create the file.
    func couldNotCreate(_ failure: SaveFailure) -> String
    /// A kit name that is not among the kits.
    func noSuchKit(_ name: String, kits: [String]) -> String
    /// Where the remembered theme is kept, as the origin of the theme setting.
    func rememberedIn(_ path: String) -> String
    /// The remembered theme, and the config file's theme it goes before: why the config's is
    /// not the one in use.
    func rememberedIn(_ path: String, before configured: String, from origin: String) -> String
    /// The language came from the locale (`LC_MESSAGES=da_DK.UTF-8`), or none was set.
    func localeOrigin(_ variable: String?) -> String
    /// A text of `tavle --help`.
    func help(_ topic: CommandHelp) -> String
}

extension UICatalogue {
    /// Where the step on screen stands: "Afsnit 6/7", and in a workshop held in parts the
    /// meeting first ("Møde 2 · Afsnit 6/7", the divider's words up to a colon).
    public func position(in workshop: Workshop, section index: Int) -> String {
        let step = "\(section) \(index + 1)/\(workshop.sections.count)"
        let parts = workshop.meetingParts
        guard parts.count > 1, let part = parts.first(where: { $0.sections.contains(index) }) else { return step }
        let title = part.title ?? meetingNumber(part.number)
        let short = title.firstRange(of: ":").map { String(title[..<$0.lowerBound]) } ?? TextWrap.truncate(title, width: 20)
        return short + " · " + step
    }
}

extension UICatalogue {
    /// What any key does, for the help screen.
    public func describe(_ action: KeyMap.Action) -> String {
        switch action {
        case .browse(let command): describe(command)
        case .edit(let command): describe(command)
        case .move(let command): describe(command)
        case .dialog(let command): describe(command)
        case .help(let command): describe(command)
        case .dismissTimeUp: dismissTimeUpDescription
        }
    }

    /// `line:col: what`, for a place in a file already named.
    public func located(_ error: FormatError) -> String {
        "\(error.line):\(error.column): \(describe(error.problem))"
    }

    /// `file:line:col: what`, the form compilers and editors understand; `file: what` for a
    /// file that could not be read at all (no made-up position).
    public func located(_ problem: FileProblem) -> String {
        problem.error.problem.isAboutWholeFile
            ? "\(problem.file): \(describe(problem.error.problem))"
            : "\(problem.file):" + located(problem.error)
    }

    /// `path: why`, for a write that failed.
    public func written(_ failure: SaveFailure) -> String {
        "\(failure.path): \(describe(failure.reason))"
    }

    /// The prompt text for a prompt target.
    func prompt(for target: EditTarget) -> String {
        switch target {
        case .saveAsPath: saveAsPrompt
        case .sectionNumber: sectionPrompt
        case .timerDuration: timerPrompt
        case .dotsPerParticipant: dotsPrompt
        case .meetingDetail(let field): prompt(field)
        case .point, .notes, .card, .action: ""
        }
    }

    /// The meeting's date, place and participants on one line.
    func meetingLine(_ workshop: Workshop, dateStyle: Settings.DateStyle = .danish, withParticipants: Bool = true) -> String {
        var parts: [String] = []
        if let date = workshop.meetingDate { parts.append(format(date, style: dateStyle)) }
        if !workshop.place.isEmpty { parts.append(workshop.place) }
        let names = workshop.participants
        if withParticipants, !names.isEmpty { parts.append(participants(names.count) + ": " + names.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    /// How a section's progress reads in the agenda.
    func progress(_ progress: Progress) -> String { "\(progress.done)/\(progress.total)" }

    /// A card count for a column heading.
    func cardCount(_ count: Int) -> String { "(\(count))" }
}

/// The catalogue for a language.
public enum UIText {
    /// Danish or English.
    public static func catalogue(_ language: Language) -> any UICatalogue {
        switch language {
        case .da: DanishText()
        case .en: EnglishText()
        }
    }

    /// Danish where the locale is Danish, English otherwise: the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set decides.
    public static func language(fromLocale environment: (String) -> String?) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment(name), !value.isEmpty else { continue }
            return value.hasPrefix("da") ? .da : .en
        }
        return .en
    }
}

extension AppState {
    /// The catalogue for the state's language.
    public var text: any UICatalogue { UIText.catalogue(language) }
}
