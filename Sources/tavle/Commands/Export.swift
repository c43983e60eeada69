import ArgumentParser
import TavleCore
import TavleScreen

extension ExportFormat: ExpressibleByArgument {}

/// `tavle export FILE --format html|md|csv|txt [-o OUT]`: the minutes for people without Tavle.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: CommandHelp.exportAbstract.text,
        discussion: CommandHelp.exportDiscussion.text
    )

    @Argument(help: .tavle(.exportFile))
    var file: String

    @Option(name: .long, help: .tavle(.formatOption))
    var format: ExportFormat = .html

    @Option(name: .shortAndLong, help: .tavle(.outputOption))
    var output: String?

    @Option(name: .long, help: .tavle(.separatorOption))
    var separator: String = ","

    @Flag(name: .long, help: .tavle(.bomFlag))
    var bom = false

    @Option(name: .long, help: .tavle(.csvLangOption))
    var lang: Language = .da

    @Option(name: .long, help: .tavle(.meetingOption))
    var meeting: String?

    /// Writes the export, or prints it.
    func run() throws {
        let text = LanguageChoice.commandLine
        guard separator == "," || separator == ";" else { throw CommandFailure(text.separatorChoice) }
        // The config's date-format, so the minutes' dates read as they did on screen. A broken
        // config is said, as at start-up, and does not stop the export.
        let (settings, configProblems) = UserConfig.load()
        configProblems.forEach { StandardError.line(text.located($0) + "; " + text.usingDefaultSetting) }
        let workshop: Workshop
        do {
            workshop = try WorkshopStore.read(file)
        } catch {
            throw CommandFailure(text.located(error))
        }
        let scope: Workshop.MinutesScope = switch meeting {
        case nil: .lastHeld
        case "all"?: .all
        case let given?: Int(given).map { .meeting($0) } ?? .meeting(0)
        }
        guard let minutes = workshop.minutes(of: scope) else {
            throw CommandFailure(text.meetingChoice(meeting ?? "", count: workshop.meetingParts.count))
        }
        let export = WorkshopExport.render(minutes.workshop, as: format, csv: CSVOptions(separator: Character(separator), byteOrderMark: bom, language: lang),
                                           dateStyle: settings.dateStyle.value)
        if output == "-" {
            StandardOutput.document(export)
            return
        }
        let path = output ?? ExportFile.path(besides: file, format: format, meeting: minutes.meeting)
        switch ExportFile.write(export, to: path, workshop: file) {
        case .success(let written): StandardOutput.line(written)
        case .failure(let failure): throw CommandFailure(text.written(failure))
        }
    }
}

/// Where exports go and how they are written: beside the workshop, never over it.
enum ExportFile {
    /// `møde.md` → `møde-referat.html`, and `møde-referat-2.html` for the minutes of meeting 2
    /// of a workshop held in parts: beside the workshop, and never the workshop itself.
    static func path(besides workshop: String, format: ExportFormat, meeting: Int? = nil) -> String {
        let folder = PathName.folder(of: workshop)
        let name = PathName.baseName(of: workshop) + "-referat" + (meeting.map { "-\($0)" } ?? "") + "." + format.fileExtension
        if folder == "." && !workshop.hasPrefix("./") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Writes atomically, refusing to replace the workshop file.
    static func write(_ text: String, to path: String, workshop: String) -> Result<String, SaveFailure> {
        // The same file however it is written (./m.md, an absolute path, a link).
        if path == workshop || DocumentFile.version(of: path).map({ $0.sameFile(as: DocumentFile.version(of: workshop)) }) == true {
            return .failure(SaveFailure(path: path, reason: .isTheWorkshop))
        }
        return WorkshopStore.write(text, to: path)
    }
}
