import TavleCore
import TavlePlatform
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
    /// `--room`: open the room to phones as the workshop opens.
    var opensRoom = false
    /// `--room-address`: where the room listens.
    var roomPlace = RoomPlace.standard

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
        let (loadedTheme, themeProblem) = ThemeLoader.load(theme, configured: config.theme)
        if let themeProblem { StandardError.line(text.located(themeProblem) + "; " + text.usingDefaultTheme) }
        var opened: Opened?
        // Where the meeting starts when the start screen's "continue at meeting 2" was chosen.
        var startSection: Int?
        if let file {
            do {
                opened = try open(file)
            } catch {
                throw CommandFailure(text.located(error))
            }
        }
        // Without a terminal (cron, `ssh host tavle f.md` without -t) there is nobody to type:
        // say so instead of waiting for keys that never come.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure(text.needsTerminal)
        }
        let useColor = Account.environment("NO_COLOR").map(\.isEmpty) ?? true
        let terminal = Terminal(theme: loadedTheme, useColor: useColor)
        defer { terminal.stop() }
        let session = WorkshopSession(terminal: terminal, theme: loadedTheme,
                                      problems: (themeProblem.map { [AppEvent.themeFailed($0)] } ?? []) + configProblems.map(AppEvent.configFailed),
                                      language: speaks, follows: follows, roomPlace: roomPlace, opensRoom: opensRoom)
        if opened == nil {
            let folder = PathName.currentFolder
            let found = KitLibrary.workshops(in: folder)
            let kits = KitLibrary.all(own: UserConfig.userKits(config).kits)
            let menu = StartMenu(kits: kits.map(\.summary), workshops: found.readable, nextMeetings: found.nextMeetings, broken: found.broken,
                                 keyMap: config.apply(to: .standard))
            let choice = session.runStartMenu(menu)
            switch choice {
            case .createWorkshop(let name)?:
                guard let kit = kits.first(where: { $0.name == name }) else { return }
                let date = SystemClock.localDate()?.description ?? ""
                let newPath = KitLibrary.newFileName(kit: kit.name, date: date, in: folder)
                let created = KitLibrary.newWorkshop(from: kit, date: date)
                if case .failure(let failure) = WorkshopStore.create(created, at: newPath) {
                    terminal.stop()
                    throw CommandFailure(text.couldNotCreate(failure))
                }
                do {
                    opened = try open(newPath)
                } catch {
                    terminal.stop()
                    throw CommandFailure(text.located(error))
                }
            case .open(let chosen)?, .openAt(let chosen, _)?:
                if case .openAt(_, let section)? = choice { startSection = section }
                do {
                    opened = try open(chosen)
                } catch {
                    terminal.stop()
                    throw CommandFailure(text.located(error))
                }
            default:
                return
            }
        }
        guard let opened else { return }
        defer { opened.file.releaseLock() }
        var state = AppState(workshop: opened.workshop, documentPath: opened.file.path, keyMap: config.apply(to: .standard),
                             readOnlyReason: opened.readOnlyReason, dateStyle: config.dateStyle.value, language: speaks)
        if let startSection {
            state.continueAt(section: startSection, cursor: Cursor())
        } else if let place = PlaceMemory.recall(opened.file.target) {
            state.continueAt(section: place.section, cursor: place.cursor)
        }
        let last = session.run(state, file: opened.file)
        terminal.stop()
        PlaceMemory.remember(PlaceMemory.Place(section: last.sectionIndex, cursor: last.cursor), for: opened.file.target)
        // Where the minutes are, said once the screen is gone (a new workshop's dated name
        // was seen nowhere else).
        guard last.readOnlyReason == nil else { return }
        let name = VisibleText.printable(last.documentPath)
        if case .failed = last.saveStatus {
            StandardError.line(text.notSavedIn(name))
        } else {
            print(text.savedIn(name))
        }
    }

    /// A workshop file opened for the meeting: its lock taken unless looking only, and read
    /// after that, so a save a crash interrupted is finished before its content is shown.
    private struct Opened {
        var workshop: Workshop
        var file: DocumentFile
        var readOnlyReason: ReadOnlyReason?
    }

    private func open(_ path: String) throws(FileProblem) -> Opened {
        let file = DocumentFile(path: path)
        var readOnlyReason: ReadOnlyReason? = follows ? .liveView : (readOnly ? .asked : nil)
        if !readOnly {  // `tavle view` is read-only too
            switch file.takeLock() {
            case nil: break
            case .held(let holder)?: readOnlyReason = .heldElsewhere(holder)
            case .unavailable(let error)?: readOnlyReason = .lockUnavailable(error)
            }
        }
        do {
            let workshop = try WorkshopStore.read(path)
            file.rememberVersionOnDisk()
            return Opened(workshop: workshop, file: file, readOnlyReason: readOnlyReason)
        } catch {
            file.releaseLock()
            throw error
        }
    }
}
