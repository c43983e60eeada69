import ArgumentParser

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

    /// Opens the file, or runs the start screen first, then the meeting.
    func run() throws {
        try Meeting(file: file, theme: theme, readOnly: readOnly).run()
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
