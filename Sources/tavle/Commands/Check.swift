import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle check FILE...`: every problem in kit or workshop files, as `file:line:col: message`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: CommandHelp.checkAbstract.text,
        discussion: CommandHelp.checkDiscussion.text
    )

    @Argument(help: .tavle(.checkFiles))
    var files: [String]

    /// Prints every problem of every file; exit status 1 if there were any.
    func run() throws {
        let text = LanguageChoice.commandLine
        var failed = false
        for file in files {
            let problems: [FileProblem]
            do {
                problems = WorkshopCheck.problems(in: try WorkshopStore.readText(file)).map { FileProblem(file: file, error: $0) }
            } catch {
                problems = [error]
            }
            failed = failed || !problems.isEmpty
            problems.forEach { StandardOutput.line(text.located($0)) }
        }
        if failed { throw ExitCode(1) }
    }
}
