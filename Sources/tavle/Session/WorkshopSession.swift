import TavleCore
import TavleScreen
import TavleTerminal

/// The interactive run loop: events from every source in, one at a time, to the core; effects
/// carried out; the new state drawn. Saving happens on a `BackgroundSaver`'s thread, off the
/// key path.
struct WorkshopSession {
    let terminal: Terminal
    /// The theme in use, for the cycle key.
    var theme: Theme
    /// Problems found at start (a theme, the config), shown once the workshop is on screen.
    var problems: [AppEvent] = []
    /// The language of the start screen (the workshop's comes with its state).
    var language: Language = .da
    /// `tavle view`: the file is shown again whenever it changes on disk (inotify on its
    /// folder); nothing is written.
    var follows = false
    /// Where the room listens when it opens (`--room-address`; by default the laptop's
    /// local-network address, port 8080 or any free one).
    var roomPlace = RoomPlace.standard
    /// `--room`: the room opens as the workshop does.
    var opensRoom = false

    /// Runs the start screen; returns the chosen effect, or nil when the person quits.
    func runStartMenu(_ menu: StartMenu) -> StartMenu.Effect? {
        var menu = menu
        var frame = draw { StartView.render(menu, width: $0, height: $1, language: language) }
        while true {
            guard let input = terminal.read(timeoutMilliseconds: nil) else { continue }
            guard let event = Self.startEvent(for: input, on: frame) else { return nil }
            for effect in menu.handle(event) {
                switch effect {
                case .bell: terminal.bell()
                case .quit: return nil
                case .createWorkshop, .open, .openAt:
                    terminal.discardTypeahead()
                    return effect
                }
            }
            frame = draw { StartView.render(menu, width: $0, height: $1, language: language) }
        }
    }

    /// Runs a workshop until the person quits or a signal asks Tavle to stop.
    ///
    /// The loop sleeps in one place, `EventQueue.wait`, until a source has news: a key on the
    /// terminal, a signal, a save finished on the `BackgroundSaver`'s thread, the followed file
    /// changed, or an event sent from any thread. Then it hands the news to the core one event
    /// at a time, in order, carries out the effects and draws. Only a running timer (and a
    /// followed file where inotify is missing) sets a time limit on the sleep.
    /// Returns the state at the end, for the line printed on quit.
    @discardableResult
    func run(_ state: AppState, file: DocumentFile) -> AppState {
        var state = state
        var theme = self.theme
        let queue = EventQueue<AppEvent>()
        terminal.wakeOnSignals(queue.wakeDescriptor)
        // The pipe closes with the queue; no signal may write to its number after that.
        defer { terminal.stopWakingOnSignals() }
        let saver = BackgroundSaver(file: file, finished: { queue.wake() })
        TestFeed.start(sending: queue)
        var clock = SystemClock()
        _ = state.handle(.clock(clock.reading()))
        if let first = problems.first { _ = state.handle(first) }
        // The room: its server while open, the changes from phones whose answers wait for the
        // save that holds them, and the step the phones were last shown.
        var room: RoomProcess?
        var awaitingSave: [RoomReply] = []
        var shownToPhones: RoomStep?
        var opening = opensRoom ? state.openRoom() : []
        var mouse = PointerTrack()
        var frame = draw { WorkshopView.render(state, width: $0, height: $1, pointer: mouse.pointer) }
        let watch = follows ? FileWatch(path: file.target) : nil
        var followed = follows ? DocumentFile.version(of: file.target) : nil
        var fileMayHaveChanged = false
        var idle = false
        loop: while true {
            // News (a key, a save's outcome, an event, the followed file, a timed wake) means a
            // new frame, and a look again before sleeping: more may be waiting.
            var news = false
            if idle {
                let polling = state.timer?.isRunning == true || (follows && watch?.descriptor == nil)
                let watched = watch?.descriptor.map { [$0] } ?? []
                let ready = queue.wait(for: [terminal.inputDescriptor] + watched, timeoutMilliseconds: polling ? 250 : nil)
                // The terminal is gone (a hang-up without SIGHUP): end as SIGHUP would, not spin.
                if ready.hungUp.contains(terminal.inputDescriptor) { break loop }
                news = polling  // the countdown shows the second
                if let descriptor = watch?.descriptor, ready.readable.contains(descriptor) {
                    watch?.drain()
                    fileMayHaveChanged = true
                }
            }
            var effects = state.handle(.clock(clock.reading())) + opening
            opening = []
            if follows, fileMayHaveChanged || watch?.descriptor == nil,
               let version = DocumentFile.version(of: file.target), version != followed {
                // A file that does not parse (a hand edit in progress) is skipped until it does.
                if let workshop = try? WorkshopStore.read(file.target) {
                    followed = version
                    effects += state.handle(.reloaded(workshop))
                    news = true
                }
            }
            fileMayHaveChanged = false
            if let outcome = saver.poll().outcome {
                effects += state.handle(.saved(outcome))
                news = true
            }
            for event in queue.take() {
                effects += state.handle(event)
                news = true
            }
            // A key or a click is read against the frame the facilitator saw: after any other
            // news the new frame is drawn first and the terminal read on the next pass, so a
            // click cannot land on a card that has moved.
            switch news ? .nothing : terminal.readAvailable() {
            case .input(let input):
                let event: AppEvent
                switch input {
                case .key(let key): event = .keyPressed(key)
                case .mouse(let action, let point): event = mouse.event(action, at: point, on: frame)
                case .resized(let width, let height):
                    mouse.forget()
                    event = .resized(width: width, height: height)
                case .paste(let text): event = .pasted(text)
                case .signal: break loop
                }
                effects += state.handle(event)
                mouse.settle(after: state)
                news = true
            case .ignored:
                news = true
            case .nothing:
                break
            }
            idle = !news
            let redraw = news || !effects.isEmpty
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
                    if !keepMine {
                        // Loading theirs puts this workshop, phones' changes and all, in a
                        // conflict copy: what the phones wait for is not in the file.
                        awaitingSave.forEach { room?.answer(RoomReply(submission: $0.submission, outcome: .refused(.notSaved))) }
                        awaitingSave = []
                    }
                    effects += settle(saver, &state)
                    effects += state.handle(saver.withFile { $0.resolveOutsideChange(keepMine: keepMine, mine: workshop) })
                case .bell:
                    terminal.bell()
                case .flash:
                    frame = draw { WorkshopView.render(state, width: $0, height: $1, pointer: mouse.pointer) }
                    terminal.flash(frame)
                case .export(let workshop, let meeting):
                    let path = ExportFile.path(besides: state.documentPath, format: .html, meeting: meeting)
                    // Dates as the screen shows them.
                    let written = ExportFile.write(WorkshopExport.render(workshop, as: .html, dateStyle: state.dateStyle), to: path, workshop: state.documentPath)
                    effects += state.handle(.exported(written))
                case .cycleTheme:
                    theme = ThemeLoader.next(after: theme.name)
                    terminal.use(theme: theme)
                    switch ThemeLoader.remember(theme.name) {
                    case .success: effects += state.handle(.themeChanged(theme.name))
                    case .failure(let failure): effects += state.handle(.themeNotRemembered(theme.name, failure))
                    }
                case .suspend:
                    terminal.suspend()
                case .settleSaves:
                    effects += settle(saver, &state)
                    effects += state.handle(.savesSettled)
                case .openRoom:
                    // The room's program starts here, not before: a meeting without a room
                    // never loads the network stack.
                    let server = RoomProcess(place: roomPlace, send: { queue.send($0) })
                    server.open()
                    room = server
                case .closeRoom:
                    // Changes already sent are written and acknowledged before the room closes.
                    effects += settle(saver, &state)
                    if state.saveStatus == .saved { awaitingSave.forEach { room?.answer($0) } }
                    room?.close()
                    room = nil
                    awaitingSave = []
                    shownToPhones = nil
                case .reply(let reply):
                    // A change is acknowledged once it is on disk; a refusal at once.
                    if reply.outcome == .done { awaitingSave.append(reply) } else { room?.answer(reply) }
                case .quit:
                    break loop
                }
            }
            if let server = room {
                if state.saveStatus == .saved {
                    awaitingSave.forEach(server.answer)
                    awaitingSave = []
                }
                let step = state.roomStep
                if step != shownToPhones {
                    shownToPhones = step
                    server.publish(step)
                }
            }
            if redraw { frame = draw { WorkshopView.render(state, width: $0, height: $1, pointer: mouse.pointer) } }
        }
        saver.waitUntilIdle()
        _ = settle(saver, &state)
        if let room {
            // What is on disk is acknowledged before the room closes; the rest hears "closed".
            if state.saveStatus == .saved { awaitingSave.forEach(room.answer) }
            room.close()
        }
        return state
    }

    /// Waits for the writes asked for so far and tells the core how they went.
    private func settle(_ saver: BackgroundSaver, _ state: inout AppState) -> [AppEffect] {
        saver.waitUntilIdle()
        guard let outcome = saver.poll().outcome else { return [] }
        return state.handle(.saved(outcome))
    }

    /// The event for a terminal input on the start screen; a mouse report is hit-tested on the
    /// frame on screen. Nil for a signal that asks Tavle to stop.
    private static func startEvent(for input: Terminal.Input, on frame: Frame) -> AppEvent? {
        switch input {
        case .key(let key): .keyPressed(key)
        case .mouse(let action, let point): .mouse(MouseEvent(action: action, target: frame.target(at: point)))
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
