import ArgumentParser
import TavleCore
import TavlePlatform
import TavleScreen

/// The `tavle` command: opens a workshop, or the start screen when given no file.
@main
struct Tavle: ParsableCommand {
    /// Runs the command; a `CommandFailure` is printed as it is, without "Error: ".
    static func main() {
        do {
            let arguments = FileArguments.protectingDashNames(languageAfterCommand(Array(CommandLine.arguments.dropFirst())), valueOptions: valueOptions)
            // Debug builds (the end-to-end tests) check the list against the commands.
            assert(Set(configuration.subcommands.compactMap { $0.configuration.commandName }) == commandNames)
            if let typed = arguments.first, let meant = CommandSuggestion.near(typed, commands: commandNames, exists: PathName.exists) {
                throw CommandFailure(LanguageChoice.commandLine.unknownCommand(typed, didYouMean: meant))
            }
            if let meeting = Meeting.plainInvocation(arguments, commands: commandNames) {
                try meeting.run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch let failure as CommandFailure {
            StandardError.line(failure.message)
            TavlePlatform.exit(1)
        } catch {
            // Help and the version are swift-argument-parser's own output. Its error messages
            // quote the arguments (a file name with an escape in it): escaped like any line.
            let code = exitCode(for: error)
            if code == .success {
                // --help in the interface's language, headings and all; --version as it is.
                let message = fullMessage(for: error)
                guard message.hasPrefix("OVERVIEW:") || message.hasPrefix("USAGE:") else { exit(withError: error) }
                TerminalStream.write(VisibleText.printableLines(LanguageChoice.commandLine.help(fromParser: message) + "\n"), to: STDOUT_FILENO)
                TavlePlatform.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { StandardError.lines(message + "\n") }
            TavlePlatform.exit(code.rawValue)
        }
    }

    /// `tavle --lang da kits`: a `--lang` written before a command's name is the command's, as
    /// it is when written after it (without this, "kits" would be a workshop file to open).
    static func languageAfterCommand(_ arguments: [String]) -> [String] {
        let width = arguments.first == "--lang" ? 2 : (arguments.first?.hasPrefix("--lang=") == true ? 1 : 0)
        guard width > 0, arguments.count > width, commandNames.contains(arguments[width]) else { return arguments }
        return [arguments[width]] + arguments[..<width] + arguments[(width + 1)...]
    }

    /// The subcommands' names, written out: reading them from `configuration` would build every
    /// command's help text, in the chosen language, on the way to the first frame.
    static let commandNames: Set<String> = ["open", "view", "kits", "new", "check", "actions", "status", "export", "config", "replay"]

    /// The options whose value is not a path, so a value starting with `-` is never taken for
    /// a file name (`--keys -x`); see `FileArguments`.
    static let valueOptions: Set<String> = ["--keys", "--size", "--today", "--lang", "--format", "--separator"]

    static let configuration = CommandConfiguration(
        commandName: "tavle",
        abstract: CommandHelp.tavleAbstract.text,
        discussion: CommandHelp.tavleDiscussion.text,
        version: "0.1.0",
        subcommands: [Open.self, View.self, Kits.self, New.self, Check.self, Actions.self, Status.self, Export.self, ConfigCommand.self, Replay.self],
        defaultSubcommand: Open.self
    )
}
