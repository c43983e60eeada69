import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle check FILE...`: every problem in kit or workshop files, as `file:line:col: message`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check kit or workshop files; prints each problem as file:line:col: message.",
        discussion: "Exits with status 0 only when every file is valid."
    )

    @Argument(help: "The files to check.")
    var files: [String]

    /// Prints every problem of every file; exit status 1 if there were any.
    func run() throws {
        var failed = false
        for file in files {
            let problems: [String]
            do {
                let text = try WorkshopParser.decode(try WorkshopStore.readBytes(file))
                problems = WorkshopCheck.problems(in: text).map { $0.located(in: file) }
            } catch let error as WorkshopStore.ReadError {
                problems = [error.description]
            } catch let error as FormatError {
                problems = [error.located(in: file)]
            }
            failed = failed || !problems.isEmpty
            problems.forEach { print(VisibleText.printable($0)) }
        }
        if failed { throw ExitCode(1) }
    }
}
