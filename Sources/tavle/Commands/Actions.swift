import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle actions [FILE|DIR ...]`: open action items across workshops, soonest first: the
/// list to look at when the group meets again.
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: CommandHelp.actionsAbstract.text,
        discussion: CommandHelp.actionsDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: .tavle(.pathsArgument))
    var paths: [String] = []

    @Option(name: .long, help: .tavle(.overdueFromOption))
    var today: String?

    /// Prints the report; exit status 1 when a file could not be read.
    func run() throws {
        let text = LanguageChoice.commandLine
        var report = ActionReport()
        var failed = false
        for path in WorkshopFiles.expand(paths) {
            do {
                report.add(try WorkshopStore.read(path), file: path)
            } catch {
                StandardError.line(text.located(error))
                failed = true
            }
        }
        let date = try SystemClock.today(overriddenBy: today, text: text)
        let lines = report.lines(today: date, noDue: text.noDue)
        // "No open action items" only when every file was read: after an error it would read
        // as if the missing file had none.
        if lines.isEmpty, !failed { StandardOutput.line(text.noOpenActions) }
        lines.forEach(StandardOutput.line)
        if failed { throw ExitCode(1) }
    }
}
