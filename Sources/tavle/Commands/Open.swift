import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle [FILE]`: the start screen, or a workshop file opened for the meeting.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: CommandHelp.openAbstract.text
    )

    @Argument(help: .tavle(.openFile))
    var file: String?

    @Option(help: .tavle(.themeOption))
    var theme: String?

    @Flag(name: .long, help: .tavle(.readOnlyFlag))
    var readOnly = false

    @Option(name: .long, help: .tavle(.langOption))
    var lang: Language?

    @Flag(name: .long, help: .tavle(.roomFlag))
    var room = false

    @Option(name: .long, help: .tavle(.roomAddressOption))
    var roomAddress: String?

    /// Opens the file, or runs the start screen first, then the meeting.
    func run() throws {
        var meeting = Meeting(file: file, theme: theme, readOnly: readOnly, language: lang)
        meeting.opensRoom = room
        if let roomAddress {
            guard let place = RoomPlace(roomAddress) else { throw ValidationError(CommandHelp.roomAddressOption.text + " (\(roomAddress))") }
            meeting.roomPlace = place
        }
        try meeting.run()
    }
}

/// `tavle view FILE`: follow a workshop read-only, e.g. from a participant's own laptop.
struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: CommandHelp.viewAbstract.text,
        discussion: CommandHelp.viewDiscussion.text
    )

    @Argument(help: .tavle(.viewFile))
    var file: String

    @Option(help: .tavle(.themeOption))
    var theme: String?

    @Option(name: .long, help: .tavle(.langOption))
    var lang: Language?

    /// Opens the file read-only and follows it until quit.
    func run() throws {
        try Meeting(file: file, theme: theme, readOnly: true, follows: true, language: lang).run()
    }
}

/// A failure whose message is printed as it is, `file:line:col: what`, with exit status 1.
///
/// ArgumentParser would prefix "Error: "; printing ourselves keeps the line clickable in
/// editors and easy to match in scripts.
struct CommandFailure: Error {
    /// The whole message, printed as it is.
    let message: String

    /// A failure with its message.
    init(_ message: String) {
        self.message = message
    }
}
