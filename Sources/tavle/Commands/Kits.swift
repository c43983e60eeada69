import ArgumentParser
import TavleCore
import TavlePlatform
import TavleScreen

/// `tavle kits`: the bundled kits, who they are for and how long they take.
struct Kits: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kits",
        abstract: CommandHelp.kitsAbstract.text,
        discussion: CommandHelp.kitsDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    /// Prints one line per kit.
    func run() {
        let (config, configProblems) = UserConfig.load()
        let text = LanguageChoice.commandLine
        configProblems.forEach { StandardError.line(text.located($0)) }
        let own = UserConfig.userKits(config)
        own.problems.forEach { StandardError.line(text.located($0)) }
        let kits = KitLibrary.all(own: own.kits)
        // Names are escaped before they are measured, so the columns line up as printed.
        let names = kits.map { VisibleText.printable($0.name) }
        let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        for (kit, name) in zip(kits, names) {
            let summary = kit.summary
            let padding = String(repeating: " ", count: nameWidth - DisplayWidth.of(name))
            let details = [summary.audience.map(text.audience), summary.duration].compactMap { $0 }.joined(separator: ", ")
            let origin = kit.path.map { "  [\($0)]" } ?? ""
            StandardOutput.line("\(name)\(padding)  \(summary.title)" + (details.isEmpty ? "" : "  (\(details))") + origin)
        }
    }
}

/// `tavle new KIT [FILE]`: a new workshop file from a kit, ready to open.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: CommandHelp.newAbstract.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: .tavle(.newKit))
    var kit: String

    @Argument(help: .tavle(.newFile))
    var file: String?

    /// Creates the file and prints its path.
    func run() throws {
        let text = LanguageChoice.commandLine
        let found: KitLibrary.Kit
        do {
            found = try KitLibrary.kit(named: kit)
        } catch {
            switch error {
            case .unreadable(let problem): throw CommandFailure(text.located(problem))
            case .unknown(let name, let kits): throw CommandFailure(text.noSuchKit(name, kits: kits))
            }
        }
        let date = SystemClock.localDate()?.description ?? ""
        let path = file ?? KitLibrary.newFileName(kit: found.name, date: date, in: ".")
        switch WorkshopStore.create(KitLibrary.newWorkshop(from: found, date: date), at: path) {
        case .success: StandardOutput.line(path)
        case .failure(let failure): throw CommandFailure(text.couldNotCreate(failure))
        }
    }
}
