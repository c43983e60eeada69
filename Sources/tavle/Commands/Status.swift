import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle status [FILE|DIR ...]`: where each workshop stands, one line per file.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: CommandHelp.statusAbstract.text,
        discussion: CommandHelp.statusDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: .tavle(.pathsArgument))
    var paths: [String] = []

    @Flag(name: .long, help: .tavle(.jsonFlag))
    var json = false

    @Option(name: .long, help: .tavle(.overdueFromOption))
    var today: String?

    /// Prints one line per workshop.
    func run() throws {
        let text = LanguageChoice.commandLine
        let date = try SystemClock.today(overriddenBy: today, text: text)
        var failed = false
        let files = WorkshopFiles.expand(paths)
        let width = files.map { DisplayWidth.of(VisibleText.printable($0)) }.max() ?? 0
        for file in files {
            let workshop: Workshop
            do {
                workshop = try WorkshopStore.read(file)
            } catch {
                StandardError.line(text.located(error))
                failed = true
                continue
            }
            let status = WorkshopStatus(workshop, today: date)
            if json {
                StandardOutput.document(status.json(file: file) + "\n")
            } else {
                let name = VisibleText.printable(file)
                let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(name)))
                StandardOutput.line(name + padding + "  " + text.statusLine(status))
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// The workshop files named on a command line: files as given, folders as their Tavle files.
enum WorkshopFiles {
    /// Files in a stable order; the current folder when nothing is named.
    static func expand(_ paths: [String]) -> [String] {
        (paths.isEmpty ? ["."] : paths).flatMap { path -> [String] in
            guard PathName.isFolder(path) else { return [path] }
            let prefix = path == "." ? "" : (path.hasSuffix("/") ? path : path + "/")
            return PathName.entries(of: path).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
                .map { prefix + $0 }.filter(WorkshopStore.startsLikeWorkshop)
        }
    }
}
