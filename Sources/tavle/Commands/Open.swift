import ArgumentParser
import Foundation
import TavleCore
import TavleScreen
import TavleTerminal

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
        let (loadedTheme, themeProblem) = ThemeLoader.load(theme)
        if let themeProblem { FileHandle.standardError.write(Data((themeProblem + "; using the built-in look\n").utf8)) }
        var path = file
        var workshop: Workshop?
        if let file {
            do {
                workshop = try WorkshopStore.read(file)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        let useColor = ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let terminal = Terminal(theme: loadedTheme, useColor: useColor)
        defer { terminal.stop() }
        let session = WorkshopSession(terminal: terminal)
        if workshop == nil {
            let folder = FileManager.default.currentDirectoryPath
            let found = KitLibrary.workshops(in: folder)
            let kits = KitLibrary.all()
            let menu = StartMenu(kits: kits.map(\.summary), workshops: found.readable, broken: found.broken)
            switch session.runStartMenu(menu) {
            case .createWorkshop(let name)?:
                guard let kit = kits.first(where: { $0.name == name }) else { return }
                let date = KitLibrary.today()
                let newPath = KitLibrary.newFileName(kit: kit.name, date: date, in: folder)
                let created = KitLibrary.newWorkshop(from: kit, date: date)
                if case .failure(let failure) = WorkshopStore.create(created, at: newPath) {
                    terminal.stop()
                    throw CommandFailure("\(failure.path): could not create the workshop: \(failure.reason)")
                }
                path = newPath
                workshop = created
            case .open(let chosen)?:
                do {
                    workshop = try WorkshopStore.read(chosen)
                    path = chosen
                } catch {
                    terminal.stop()
                    throw CommandFailure(error.description)
                }
            default:
                return
            }
        }
        guard let workshop, let path else { return }
        let file = DocumentFile(path: path)
        var lock: DocumentLock?
        var readOnlyReason: String? = readOnly ? "åbnet med --read-only" : nil
        if !readOnly {
            switch DocumentLock.acquire(for: path) {
            case .success(let taken):
                lock = taken
                WorkshopStore.removeStaleTemporaryFiles(besides: path)
            case .failure(let holder) where holder.reason == nil:
                readOnlyReason = "åben i en anden Tavle" + (holder.description.map { " (\($0))" } ?? "")
            case .failure:
                break
            }
        }
        defer { lock?.release() }
        session.run(AppState(workshop: workshop, documentPath: path, readOnlyReason: readOnlyReason), file: file)
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
