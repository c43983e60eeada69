import Glibc
import ArgumentParser
import TavleScreen

/// The `tavle` command: opens a workshop, or the start screen when given no file.
@main
struct Tavle: ParsableCommand {
    /// Runs the command; a `CommandFailure` is printed as it is, without "Error: ".
    static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            let commands = Set(configuration.subcommands.compactMap { $0.configuration.commandName })
            if let meeting = Meeting.plainInvocation(arguments, commands: commands) {
                try meeting.run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch let failure as CommandFailure {
            StandardError.line(failure.message)
            Glibc.exit(1)
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "tavle",
        abstract: CommandHelp.tavleAbstract.text,
        discussion: CommandHelp.tavleDiscussion.text,
        version: "0.1.0",
        subcommands: [Open.self, View.self, Kits.self, New.self, Check.self, Actions.self, Status.self, Export.self, ConfigCommand.self, Replay.self],
        defaultSubcommand: Open.self
    )
}
