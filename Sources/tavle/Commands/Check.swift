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

    @OptionGroup var language: LanguageOption

    @Argument(help: .tavle(.checkFiles))
    var files: [String]

    /// Prints every problem of every file, then what would not read on a projector (as
    /// warnings); exit status 1 if there were problems, warnings alone leave it 0.
    func run() throws {
        let text = LanguageChoice.commandLine
        var failed = false
        for file in files {
            let problems: [FileProblem]
            var warnings: [String] = []
            do {
                let content = try WorkshopStore.readText(file)
                problems = WorkshopCheck.problems(in: content).map { FileProblem(file: file, error: $0) }
                if problems.isEmpty, let (workshop, map) = try? WorkshopParser.parseWithSourceMap(content) {
                    warnings = ScreenFit.warnings(workshop).map { warning in
                        let (line, column) = Self.place(of: warning, in: map)
                        return "\(VisibleText.printable(file)):\(line):\(column): \(text.warningWord): " + text.describe(warning, in: workshop)
                    }
                }
            } catch {
                problems = [error]
            }
            failed = failed || !problems.isEmpty
            problems.forEach { StandardOutput.line(text.located($0)) }
            warnings.forEach { StandardOutput.line($0) }
        }
        if failed { throw ExitCode(1) }
    }

    /// Where a warning points: a column's heading, or the section's.
    private static func place(of warning: ScreenFit.Warning, in map: SourceMap) -> (line: Int, column: Int) {
        switch warning {
        case .columnTitleCut(let section, let column), .columnMeaningCut(let section, let column):
            (map.items[section].indices.contains(column) ? map.items[section][column] : map.sections[section], 5)
        case .agendaLabelCut(let section, _), .agendaSame(let section, _, _), .guidanceCut(let section), .axisCut(let section):
            (map.sections[section], 4)
        }
    }
}
