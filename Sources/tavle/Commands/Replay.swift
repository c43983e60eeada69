import ArgumentParser
import TavleCore
import TavleScreen

/// `tavle replay FILE --keys KEYS`: runs keys and mouse actions against a workshop without a
/// terminal and prints the screen as text. For tests, documentation and scripting.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: CommandHelp.replayAbstract.text,
        discussion: CommandHelp.replayDiscussion.text
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: .tavle(.replayFile))
    var file: String

    @Option(name: .long, help: .tavle(.keysOption))
    var keys: String = ""

    @Option(name: .long, help: .tavle(.sizeOption))
    var size: String = "80x24"

    @Flag(name: .long, help: .tavle(.saveFlag))
    var save = false

    @Option(name: .long, help: .tavle(.todayOption))
    var today: String?

    /// Replays the keys and prints the last screen.
    func run() throws {
        let text = LanguageChoice.commandLine
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
            throw CommandFailure(text.sizeFormat)
        }
        let (width, height) = (parts[0], parts[1])
        let workshop: Workshop
        let steps: [KeyScript.Step]
        do {
            workshop = try WorkshopStore.read(file)
        } catch {
            throw CommandFailure(text.located(error))
        }
        do {
            steps = try KeyScript.parse(keys)
        } catch {
            throw CommandFailure("--keys:\(error.column): \(text.describe(error.problem))")
        }
        let date = try SystemClock.today(overriddenBy: today, text: text)
        // Saving replays are writers like any Tavle: they take the lock, and leave a workshop
        // another Tavle holds alone.
        let document = DocumentFile(path: file)
        if save {
            switch document.takeLock() {
            case nil: break
            case .held(let holder)?: throw CommandFailure(file + ": " + text.describe(ReadOnlyReason.heldElsewhere(holder)))
            case .unavailable(let error)?: throw CommandFailure(file + ": " + text.describe(ReadOnlyReason.lockUnavailable(error)))
            }
        }
        defer { document.releaseLock() }
        // Tavle's own words as the app would show them: --lang, the config, the locale.
        let settings = UserConfig.load().settings
        var state = AppState(workshop: workshop, documentPath: file,
                             language: LanguageChoice.resolve(option: language.lang, settings: settings).language)
        var clock = ClockReading(milliseconds: 0, today: date)
        _ = state.handle(.clock(clock))
        var mouse = PointerTrack()
        stepping: for step in steps {
            let event: AppEvent
            switch step {
            case .wait(let seconds):
                clock.milliseconds += Int64(seconds) * 1000
                event = .clock(clock)
            case .key(let key):
                event = .keyPressed(key)
            case .mouse(let action, let point):
                let frame = WorkshopView.render(state, width: width, height: height, pointer: mouse.pointer)
                event = mouse.event(action, at: point, on: frame)
            }
            var effects = state.handle(event)
            mouse.settle(after: state)
            while !effects.isEmpty {
                switch effects.removeFirst() {
                case .save(let changed) where save:
                    effects += state.handle(.saved(document.save(changed)))
                case .saveAs(let path, let changed, let replacing) where save:
                    effects += state.handle(.saved(document.save(changed, as: path, replacing: replacing)))
                case .recreate(let changed) where save:
                    effects += state.handle(.saved(document.recreate(changed)))
                case .resolveOutsideChange:
                    break
                case .settleSaves:
                    // Saves here are written at once: they are settled already.
                    effects += state.handle(.savesSettled)
                case .quit:
                    break stepping
                default:
                    break
                }
            }
        }
        WorkshopView.render(state, width: width, height: height, pointer: mouse.pointer).grid.lines.forEach(StandardOutput.line)
    }
}
