import TavleCore
import TavleScreen
import TavleTerminal

/// The interactive run loop: terminal input in, events to the core, effects carried out,
/// the new state drawn. Saving happens on a `BackgroundSaver`'s thread, off the key path.
struct WorkshopSession {
    let terminal: Terminal
    /// The theme in use, for the cycle key.
    var theme: Theme
    /// Problems found at start (a theme, the config), shown once the workshop is on screen.
    var problems: [AppEvent] = []
    /// The language of the start screen (the workshop's comes with its state).
    var language: Language = .da
    /// `tavle view`: the file is looked at every quarter second and shown again when it
    /// changed; nothing is written.
    var follows = false

    /// Runs the start screen; returns the chosen effect, or nil when the person quits.
    func runStartMenu(_ menu: StartMenu) -> StartMenu.Effect? {
        var menu = menu
        var frame = draw { StartView.render(menu, width: $0, height: $1, language: language) }
        while true {
            guard let input = terminal.read(timeoutMilliseconds: nil) else { continue }
            guard let event = Self.event(for: input, on: frame) else { return nil }
            for effect in menu.handle(event) {
                switch effect {
                case .bell: terminal.bell()
                case .quit: return nil
                case .createWorkshop, .open:
                    terminal.discardTypeahead()
                    return effect
                }
            }
            frame = draw { StartView.render(menu, width: $0, height: $1, language: language) }
        }
    }

    /// Runs a workshop until the person quits or a signal asks Tavle to stop.
    ///
    /// Saves go to a `BackgroundSaver`; while one is under way the loop wakes every few
    /// milliseconds to show its outcome, otherwise it sleeps until the next key.
    /// Returns the state at the end, for the line printed on quit.
    @discardableResult
    func run(_ state: AppState, file: DocumentFile) -> AppState {
        var state = state
        var theme = self.theme
        let saver = BackgroundSaver(file: file)
        var clock = SystemClock()
        _ = state.handle(.clock(clock.reading()))
        if let first = problems.first { _ = state.handle(first) }
        var frame = draw { WorkshopView.render(state, width: $0, height: $1) }
        var followed = follows ? DocumentFile.version(of: file.target) : nil
        loop: while true {
            var effects: [AppEffect] = []
            let (outcome, isSaving) = saver.poll()
            // A running timer, or a followed file, wakes the loop four times a second.
            let timeout: Int32? = isSaving ? 20 : (state.timer?.isRunning == true || follows ? 250 : nil)
            let input = outcome == nil ? terminal.read(timeoutMilliseconds: timeout) : nil
            effects += state.handle(.clock(clock.reading()))
            if follows, let version = DocumentFile.version(of: file.target), version != followed {
                // A file that does not parse (a hand edit in progress) is skipped until it does.
                if let workshop = try? WorkshopStore.read(file.target) {
                    followed = version
                    effects += state.handle(.reloaded(workshop))
                }
            }
            if let outcome { effects += state.handle(.saved(outcome)) }
            if let input {
                guard let event = Self.event(for: input, on: frame) else { break loop }
                effects += state.handle(event)
            }
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case .save(let workshop):
                    saver.save(workshop)
                case .saveAs(let path, let workshop, let replacing):
                    // Earlier writes report first, so their outcome cannot arrive after this one.
                    effects += settle(saver, &state)
                    effects += state.handle(.saved(saver.withFile { $0.save(workshop, as: path, replacing: replacing) }))
                case .recreate(let workshop):
                    effects += settle(saver, &state)
                    effects += state.handle(.saved(saver.withFile { $0.recreate(workshop) }))
                case .resolveOutsideChange(let keepMine, let workshop):
                    effects += settle(saver, &state)
                    effects += state.handle(saver.withFile { $0.resolveOutsideChange(keepMine: keepMine, mine: workshop) })
                case .bell:
                    terminal.bell()
                case .flash:
                    frame = draw { WorkshopView.render(state, width: $0, height: $1) }
                    terminal.flash(frame)
                case .export(let workshop):
                    let path = ExportFile.path(besides: state.documentPath, format: .html)
                    // Dates as the screen shows them.
                    let written = ExportFile.write(WorkshopExport.render(workshop, as: .html, dateStyle: state.dateStyle), to: path, workshop: state.documentPath)
                    effects += state.handle(.exported(written))
                case .cycleTheme:
                    theme = ThemeLoader.next(after: theme.name)
                    terminal.use(theme: theme)
                    let shownName = state.text.themeName(theme.name)
                    switch ThemeLoader.remember(theme.name) {
                    case .success: effects += state.handle(.themeChanged(shownName))
                    case .failure(let failure): effects += state.handle(.themeNotRemembered(shownName, failure))
                    }
                case .suspend:
                    terminal.suspend()
                case .quit:
                    // Quit only with everything on disk: a last write that fails here is
                    // shown instead, and the next quit asks, as after any failed save. A
                    // failure the facilitator already chose to leave behind does not stop it.
                    let failureWasKnown = if case .failed = state.saveStatus { true } else { false }
                    effects += settle(saver, &state)
                    if case .failed = state.saveStatus, !failureWasKnown { continue }
                    break loop
                }
            }
            frame = draw { WorkshopView.render(state, width: $0, height: $1) }
        }
        saver.waitUntilIdle()
        _ = settle(saver, &state)
        return state
    }

    /// Waits for the writes asked for so far and tells the core how they went.
    private func settle(_ saver: BackgroundSaver, _ state: inout AppState) -> [AppEffect] {
        saver.waitUntilIdle()
        guard let outcome = saver.poll().outcome else { return [] }
        return state.handle(.saved(outcome))
    }

    /// The event for a terminal input; a mouse report is hit-tested on the frame on screen.
    /// Nil for a signal that asks Tavle to stop.
    private static func event(for input: Terminal.Input, on frame: Frame) -> AppEvent? {
        switch input {
        case .key(let key): .keyPressed(key)
        case .mouse(let action, let point): .mouse(MouseEvent(action: action, target: frame.target(at: point), point: point))
        case .resized(let width, let height): .resized(width: width, height: height)
        case .paste(let text): .pasted(text)
        case .signal: nil
        }
    }

    private func draw(_ render: (Int, Int) -> Frame) -> Frame {
        let (width, height) = terminal.size
        let frame = render(width, height)
        terminal.draw(frame)
        return frame
    }
}
