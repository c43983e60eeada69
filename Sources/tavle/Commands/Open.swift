import ArgumentParser
import TavleCore

/// `tavle [FILE]`: the start screen, or a workshop file opened for the meeting.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open a workshop file, or show the start screen when no file is given."
    )

    @Argument(help: "The workshop file to open. Leave out for the start screen.")
    var file: String?

    @Option(help: "A bundled theme's name or a theme file's path.")
    var theme: String?

    @Flag(name: .long, help: "Open the workshop to look at only; nothing is changed or saved.")
    var readOnly = false

    @Option(name: .long, help: "The interface's language: da or en. Default: the config file, then the locale.")
    var lang: Language?

    /// Opens the file, or runs the start screen first, then the meeting.
    func run() throws {
        try Meeting(file: file, theme: theme, readOnly: readOnly, language: lang).run()
    }
}

/// `tavle view FILE`: follow a workshop read-only, e.g. from a participant's own laptop.
struct View: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Follow a workshop read-only: the screen follows the file as the facilitator's Tavle saves it.",
        discussion: "Nothing can be changed and nothing is written; the view keeps its own section and scroll position. Run it over ssh on the machine that holds the file, or attach to the facilitator's tmux session with 'tmux attach -r' to see exactly their screen."
    )

    @Argument(help: "The workshop file to follow.")
    var file: String

    @Option(help: "A bundled theme's name or a theme file's path.")
    var theme: String?

    @Option(name: .long, help: "The interface's language: da or en. Default: the config file, then the locale.")
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
