import Glibc
import TavleCore
import TavleScreen
import TavleTerminal

/// A meeting at the terminal: the start screen when no file is given, then the workshop,
/// until the facilitator quits. `tavle FILE` and `tavle open FILE` both come here.
struct Meeting {
    /// The workshop file; nil for the start screen.
    var file: String?
    /// A bundled theme's name or a theme file's path; nil for the remembered or default one.
    var theme: String?
    /// Look only: nothing is changed or saved.
    var readOnly = false
    /// Follow the file as another Tavle saves it (`tavle view`).
    var follows = false
    /// `--lang`; nil: the config file, then the locale.
    var language: Language?

    /// The meeting for a plain `tavle` or `tavle FILE`, or nil for anything that needs the
    /// command-line parser. Those two are how Tavle is started nearly every time, and the
    /// parser reflects over every command at start-up: over half the time to the first frame.
    static func plainInvocation(_ arguments: [String], commands: Set<String>) -> Meeting? {
        switch arguments.count {
        case 0: return Meeting()
        case 1 where !arguments[0].hasPrefix("-") && !commands.contains(arguments[0]) && arguments[0] != "help":
            return Meeting(file: arguments[0])
        default: return nil
        }
    }

    /// Opens the file, or runs the start screen first, then the meeting.
    func run() throws {
        let (config, configProblems) = UserConfig.load()
        let speaks = LanguageChoice.resolve(option: language, settings: config).language
        let text = UIText.catalogue(speaks)
        configProblems.forEach { StandardError.line(text.located($0) + "; " + text.usingDefaultSetting) }
        let (loadedTheme, themeProblem) = ThemeLoader.load(theme, configured: config.theme.value.map(UserConfig.expandingHome))
        if let themeProblem { StandardError.line(text.located(themeProblem) + "; " + text.usingDefaultTheme) }
        var path = file
        var workshop: Workshop?
        if let file {
            do {
                workshop = try WorkshopStore.read(file)
            } catch {
                throw CommandFailure(text.located(error))
            }
        }
        let useColor = Account.environment("NO_COLOR").map(\.isEmpty) ?? true
        let terminal = Terminal(theme: loadedTheme, useColor: useColor)
        defer { terminal.stop() }
        let session = WorkshopSession(terminal: terminal, theme: loadedTheme,
                                      problems: (themeProblem.map { [AppEvent.themeFailed($0)] } ?? []) + configProblems.map(AppEvent.configFailed),
                                      language: speaks, follows: follows)
        if workshop == nil {
            let folder = PathName.currentFolder
            let found = KitLibrary.workshops(in: folder)
            let kits = KitLibrary.all(own: UserConfig.userKits(config).kits)
            let menu = StartMenu(kits: kits.map(\.summary), workshops: found.readable, broken: found.broken)
            switch session.runStartMenu(menu) {
            case .createWorkshop(let name)?:
                guard let kit = kits.first(where: { $0.name == name }) else { return }
                let date = SystemClock.localDate()?.description ?? ""
                let newPath = KitLibrary.newFileName(kit: kit.name, date: date, in: folder)
                let created = KitLibrary.newWorkshop(from: kit, date: date)
                if case .failure(let failure) = WorkshopStore.create(created, at: newPath) {
                    terminal.stop()
                    throw CommandFailure(text.couldNotCreate(failure))
                }
                path = newPath
                workshop = created
            case .open(let chosen)?:
                do {
                    workshop = try WorkshopStore.read(chosen)
                    path = chosen
                } catch {
                    terminal.stop()
                    throw CommandFailure(text.located(error))
                }
            default:
                return
            }
        }
        guard let workshop, let path else { return }
        let file = DocumentFile(path: path)
        var lock: DocumentLock?
        var readOnlyReason: ReadOnlyReason? = follows ? .liveView : (readOnly ? .asked : nil)
        if !readOnly {
            switch DocumentLock.acquire(for: path) {
            case .success(let taken):
                lock = taken
                WorkshopStore.removeStaleTemporaryFiles(besides: path)
            case .failure(let holder) where holder.reason == nil:
                readOnlyReason = .heldElsewhere(holder.description)
            case .failure:
                break
            }
        }
        defer { lock?.release() }
        session.run(AppState(workshop: workshop, documentPath: path, keyMap: config.apply(to: .standard),
                             readOnlyReason: readOnlyReason, dateStyle: config.dateStyle.value, language: speaks,
                             isLiveView: follows), file: file) { newPath in
            // Saved as another file: that file is the one being written now, so it is the one
            // another Tavle must find locked; the old one is free again.
            guard lock != nil else { return }
            lock?.release()
            lock = try? DocumentLock.acquire(for: newPath).get()
        }
    }
}
