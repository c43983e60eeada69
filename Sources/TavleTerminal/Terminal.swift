import CNcurses
import TavleCore
import TavlePlatform
import TavleScreen

/// The ncurses terminal: the only place Tavle draws to a real screen or reads real keys.
///
/// It copies a `Frame` into ncurses' buffer and lets ncurses send only the cells that changed.
/// `stop()` restores the terminal and is safe to call more than once, so every exit path
/// (quit, signal, error) can call it.
public final class Terminal {
    /// Something the person or the system did.
    public enum Input: Equatable, Sendable {
        case key(Key)
        case mouse(MouseEvent.Action, Point)
        case resized(width: Int, height: Int)
        /// Text the terminal marked as pasted (bracketed paste), whole: text, never keys.
        case paste(String)
        /// A signal that ends Tavle arrived (SIGINT, SIGTERM, SIGHUP, SIGQUIT, ...).
        case signal(Int32)
    }

    private var isActive = false
    /// Attributes and colour pair per style, in `Style.allCases` order.
    private var look: [(attributes: attr_t, pair: Int16)] = []
    /// The grid ncurses holds, to copy only what changed; nil when ncurses' copy is unknown.
    private var shown: Grid?
    /// Mouse reports ncurses handed over together, oldest first, waiting to be read.
    private var pendingMouse: [Input] = []
    /// Button-event tracking is switched on after ncurses has sent its own mouse setup.
    fileprivate var needsDragTracking = true
    /// Button-event mouse tracking, and bracketed paste: the terminal marks pasted text, so a
    /// pasted line is typed as text and never read as commands.
    fileprivate static let dragTrackingOn = "\u{1B}[?1002h\u{1B}[?2004h"
    fileprivate static let dragTrackingOff = "\u{1B}[?2004l\u{1B}[?1002l"

    /// Takes over the terminal: raw keys, no echo, mouse reports, colours from the theme.
    public init(theme: Theme, useColor: Bool) {
        setlocale(LC_ALL, "")
        // Workshop files are UTF-8 whatever the locale says; without a UTF-8 character type
        // ncurses would hand æ, ø and å over as separate bytes.
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        tavle_install_signal_handlers()
        tavle_save_terminal_modes()
        initscr()
        isActive = true
        raw()
        noecho()
        nonl()
        keypad(tavle_stdscr(), true)
        Self.defineAlternativeKeySequences()
        set_escdelay(25)
        mouseinterval(0)
        mousemask(tavle_mouse_events(), nil)
        tavle_install_crash_handlers("\u{1B}[?2004l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[?1000l")
        colors = useColor && has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
        configure(theme: theme)
    }

    /// Whether colours are in use: not under `NO_COLOR` or on a monochrome terminal.
    private var colors = false

    /// Switches to another theme; every cell is drawn again in its new look.
    public func use(theme: Theme) {
        configure(theme: theme)
        shown = nil
        clearok(tavle_stdscr(), true)
    }

    /// Flashes the screen: the frame drawn in reverse video for a moment, then as it is. A
    /// visible bell for a room that did not hear the audible one, drawn as ordinary cells,
    /// since ncurses' flash() and the terminal's own reverse mode (DECSCNM) do nothing in
    /// tmux and in terminals without the capability.
    public func flash(_ frame: Frame) {
        isFlashing = true
        shown = nil
        draw(frame)
        usleep(300_000)
        isFlashing = false
        shown = nil
        draw(frame)
    }

    /// While set, every cell is drawn in reverse video.
    private var isFlashing = false

    deinit { stop() }

    /// Restores the terminal as it was; harmless when already stopped.
    public func stop() {
        guard isActive else { return }
        isActive = false
        writeDirectly(Self.dragTrackingOff)
        curs_set(1)
        endwin()
    }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        (Int(tavle_cols()), Int(tavle_lines()))
    }

    /// Copies a frame to the screen. Only the cells that differ from the frame before reach
    /// ncurses, so a key costs what it changed, not the size of the screen; ncurses then
    /// writes only what differs from the terminal.
    public func draw(_ frame: Frame) {
        let grid = frame.grid
        let (width, height) = size
        if grid.width != width || grid.height != height { shown = nil }
        var cell = cchar_t()
        var scalars: [wchar_t] = []
        scalars.reserveCapacity(5)
        // Neighbouring cells mostly share a style: look it up once per change of style.
        var style = Style.normal
        let flip = isFlashing ? tavle_a_reverse() : 0
        var (attributes, pair) = look[style.index]
        attributes ^= flip
        for run in grid.changes(from: shown) where run.y < height {
            for x in run.x..<min(run.x + run.count, width) {
                let source = grid[x, run.y]
                if source.isContinuation { continue }
                if source.style != style {
                    style = source.style
                    (attributes, pair) = look[style.index]
                    attributes ^= flip
                }
                scalars.removeAll(keepingCapacity: true)
                if let scalar = grid.scalar(x: x, y: run.y) {
                    scalars.append(wchar_t(bitPattern: scalar.value))
                } else {
                    let width = x + 1 < grid.width && grid[x + 1, run.y].isContinuation ? 2 : 1
                    let cells = Self.cells(for: grid.character(x: x, y: run.y), width: width)
                    for (offset, drawn) in cells.enumerated().dropFirst() where offset < width {
                        var extra = drawn.map { wchar_t(bitPattern: $0.value) } + [0]
                        setcchar(&cell, &extra, attributes, pair, nil)
                        mvadd_wch(Int32(run.y), Int32(x + offset), &cell)
                    }
                    for scalar in cells[0] { scalars.append(wchar_t(bitPattern: scalar.value)) }
                }
                scalars.append(0)
                setcchar(&cell, scalars, attributes, pair, nil)
                mvadd_wch(Int32(run.y), Int32(x), &cell)
            }
        }
        shown = grid
        if let cursor = frame.cursor {
            curs_set(1)
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        refresh()
        if needsDragTracking {
            // ncurses flushes its own mouse setup ("?1000h", press and release only) at the
            // first refresh; the terminal's tracking modes exclude each other, so button-event
            // tracking, which reports motion while a button is held, must come after it.
            writeDirectly(Self.dragTrackingOn)
            needsDragTracking = false
        }
    }


    /// What to send for one character of the grid that takes `width` cells, one list of
    /// scalars per cell, so the terminal moves exactly as far as the grid says.
    ///
    /// ncurses keeps at most five scalars a cell and measures a cell by its first scalar
    /// (`wcwidth`), taking the rest as combining marks; terminals join emoji sequences (a
    /// family made with zero-width joiners, a skin tone, a flag) in ways of their own, or not
    /// at all. A character they could disagree on is sent as something they all draw at the
    /// grid's width: its first scalar (the family's first person, the hand without its tone),
    /// a flag's two letters in two cells, or a replacement character; the text itself is
    /// unchanged.
    static func cells(for character: Character, width: Int) -> [[Unicode.Scalar]] {
        let scalars = Array(character.unicodeScalars)
        guard let first = scalars.first else { return [[" "]] }
        let firstWidth = Int(tavle_wcwidth(first.value))
        if scalars.count <= 5, firstWidth == width, scalars.dropFirst().allSatisfy({ tavle_wcwidth($0.value) == 0 }) {
            return [scalars]
        }
        if scalars.count == width, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0.value) }) {
            return scalars.map { [$0] }
        }
        if firstWidth == width { return [[first]] }
        return [["\u{FFFD}"]] + Array(repeating: [" "], count: max(0, width - 1))
    }

    fileprivate func writeDirectly(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// Waits for the next input, or at most `timeoutMilliseconds`; nil when the time ran out
    /// or nothing Tavle understands arrived.
    public func read(timeoutMilliseconds: Int32?) -> Input? {
        if case .input(let input) = next(timeoutMilliseconds: timeoutMilliseconds) { return input }
        return nil
    }

    /// What reading without waiting found.
    public enum Available: Equatable, Sendable {
        /// An input.
        case input(Input)
        /// Bytes that were no input Tavle understands; more may follow.
        case ignored
        /// Nothing is waiting: the run loop may sleep on `inputDescriptor`.
        case nothing
    }

    /// The next input if one is waiting, without waiting. Inputs ncurses has already read
    /// ahead are returned before the descriptor is asked, so none is left behind while the
    /// run loop sleeps.
    public func readAvailable() -> Available {
        // Without waiting: a few milliseconds of patience here (for a character split across
        // two packets) made a mouse release go missing now and then in a full end-to-end run;
        // terminals send a character's bytes in one write, and pastes have their own patience.
        next(timeoutMilliseconds: 0)
    }

    /// The descriptor keys arrive on, for the run loop's wait.
    public var inputDescriptor: Int32 { STDIN_FILENO }

    /// Makes the signals Tavle handles (a resize, SIGTERM, ...) also wake a run loop that
    /// sleeps on `descriptor` (a non-blocking pipe's write end, `EventQueue.wakeDescriptor`).
    public func wakeOnSignals(_ descriptor: Int32) {
        tavle_wake_on_signals(descriptor)
    }

    /// Stops the signal handlers writing to the run loop's descriptor, before it is closed.
    public func stopWakingOnSignals() {
        tavle_stop_waking()
    }

    private func next(timeoutMilliseconds: Int32?) -> Available {
        if let signal = pendingSignal() { return .input(signal) }
        if !pendingMouse.isEmpty { return .input(pendingMouse.removeFirst()) }
        wtimeout(tavle_stdscr(), timeoutMilliseconds ?? -1)
        var character: wint_t = 0
        let result = wget_wch(tavle_stdscr(), &character)
        if let signal = pendingSignal() { return .input(signal) }
        switch result {
        case OK:
            return Self.key(forCharacter: character).map { .input(.key($0)) } ?? .ignored
        case KEY_CODE_YES:
            return functionKey(Int32(character)).map { .input($0) } ?? .ignored
        default:
            return .nothing
        }
    }

    private func pendingSignal() -> Input? {
        let signal = tavle_take_pending_signal()
        return signal == 0 ? nil : .signal(signal)
    }

    /// The key for a character from get_wch: control codes become Enter, Esc, Tab, Ctrl-letters.
    static func key(forCharacter value: wint_t) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(value)), value >= 0x20 else { return nil }
            return .character(Character(scalar))
        }
    }

    /// Codes for keys that curses has no constant for.
    private static let wordLeftCode: Int32 = 0x3F01
    private static let wordRightCode: Int32 = 0x3F02
    private static let pasteStartCode: Int32 = 0x3F03
    private static let pasteEndCode: Int32 = 0x3F04

    /// How long a paste may pause before it counts as ended: the end marker of a paste cut
    /// off on the way (a dropped ssh connection) must not leave Tavle waiting for it.
    private static let pastePauseMilliseconds: Int32 = 1000

    /// Reads a paste to its end marker. Keys and mouse reports inside it are dropped: in a
    /// paste they are only bytes that happened to look like keys.
    private func readPaste() -> Input {
        var text = String.UnicodeScalarView()
        wtimeout(tavle_stdscr(), Self.pastePauseMilliseconds)
        var character: wint_t = 0
        reading: while true {
            switch wget_wch(tavle_stdscr(), &character) {
            case OK:
                if let scalar = Unicode.Scalar(UInt32(character)) { text.append(scalar) }
            case KEY_CODE_YES:
                if Int32(character) == Self.pasteEndCode { break reading }
                if Int32(character) == tavle_key_resize() { shown = nil }
            default:
                break reading
            }
        }
        return .paste(String(text))
    }

    /// The same key is sent differently by xterm, the vt220 family, rxvt, tmux and screen, and
    /// terminfo lists only one form per terminal; inside tmux with TERM=xterm-256color, Home
    /// arrives as tmux's `ESC [ 1 ~`. Teaching ncurses the other common forms keeps Home, End,
    /// Delete, word jumps and Shift-keys working wherever Tavle runs.
    private static func defineAlternativeKeySequences() {
        let sequences: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
            ("\u{1B}[3~", KEY_DC), ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}[1;2A", KEY_SR), ("\u{1B}[1;2B", KEY_SF), ("\u{1B}[1;2D", KEY_SLEFT), ("\u{1B}[1;2C", KEY_SRIGHT),
            ("\u{1B}[a", KEY_SR), ("\u{1B}[b", KEY_SF), ("\u{1B}[d", KEY_SLEFT), ("\u{1B}[c", KEY_SRIGHT),
            ("\u{1B}[1;5D", wordLeftCode), ("\u{1B}[1;5C", wordRightCode), ("\u{1B}[1;3D", wordLeftCode),
            ("\u{1B}[1;3C", wordRightCode), ("\u{1B}Od", wordLeftCode), ("\u{1B}Oc", wordRightCode),
            ("\u{1B}[200~", pasteStartCode), ("\u{1B}[201~", pasteEndCode),
        ]
        for (sequence, code) in sequences {
            // A sequence terminfo already defines keeps its meaning.
            if key_defined(sequence) <= 0 { define_key(sequence, code) }
        }
    }

    private func functionKey(_ code: Int32) -> Input? {
        switch code {
        case Self.wordLeftCode: return .key(.wordLeft)
        case Self.wordRightCode: return .key(.wordRight)
        case Self.pasteStartCode: return readPaste()
        case Self.pasteEndCode: return nil
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_SR: return .key(.shiftUp)
        case KEY_SF: return .key(.shiftDown)
        case KEY_SLEFT: return .key(.shiftLeft)
        case KEY_SRIGHT: return .key(.shiftRight)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case tavle_key_resize():
            shown = nil
            let (width, height) = size
            return .resized(width: width, height: height)
        case tavle_key_mouse():
            return mouse()
        default:
            guard let name = keyname(code).map({ String(cString: $0) }) else { return nil }
            switch name {
            case "kLFT5", "kLFT3": return .key(.wordLeft)
            case "kRIT5", "kRIT3": return .key(.wordRight)
            case "kUP2": return .key(.shiftUp)
            case "kDN2": return .key(.shiftDown)
            default: return nil
            }
        }
    }

    /// Every report ncurses has queued, oldest first. Reports that arrive together (a press
    /// and the first motion of a drag, on a busy machine or over ssh) come as one KEY_MOUSE
    /// and getmouse hands them out newest first; reading only one would lose the press.
    private func mouse() -> Input? {
        var newestFirst: [Input] = []
        var event = MEVENT()
        while getmouse(&event) == OK {
            if let input = Self.input(forMouse: event) { newestFirst.append(input) }
        }
        pendingMouse += newestFirst.reversed()
        return pendingMouse.isEmpty ? nil : pendingMouse.removeFirst()
    }

    private static func input(forMouse event: MEVENT) -> Input? {
        let point = Point(x: Int(event.x), y: Int(event.y))
        let state = event.bstate
        if state & tavle_button1_pressed() != 0 { return .mouse(.press, point) }
        if state & tavle_button1_released() != 0 { return .mouse(.release, point) }
        if state & tavle_button4_pressed() != 0 { return .mouse(.scrollUp, point) }
        if state & tavle_button5_pressed() != 0 { return .mouse(.scrollDown, point) }
        if state & tavle_report_mouse_position() != 0 { return .mouse(.drag, point) }
        return nil
    }

    private func configure(theme: Theme) {
        look = []
        // Colour pair n + 1 is pairs[n]. A handful of pairs: a list searched in order is
        // cheaper at start-up than a dictionary's first use (its generic metadata).
        var pairs: [(foreground: Int16, background: Int16)] = []
        let available = Int(tavle_colors())
        for style in Style.ordered {
            let appearance = colors ? theme.appearance(of: style) : theme.appearanceWithoutColor(of: style)
            var attributes = tavle_a_normal()
            if appearance.bold { attributes |= tavle_a_bold() }
            if appearance.reverse { attributes |= tavle_a_reverse() }
            if appearance.underline { attributes |= tavle_a_underline() }
            if appearance.dim { attributes |= tavle_a_dim() }
            var pair: Int16 = 0
            if colors, appearance.foreground != .terminalDefault || appearance.background != .terminalDefault {
                let foreground = Int16(appearance.foreground.number(onTerminalWith: available))
                let background = Int16(appearance.background.number(onTerminalWith: available))
                if let existing = pairs.firstIndex(where: { $0 == (foreground, background) }) {
                    pair = Int16(existing + 1)
                } else if pairs.count + 1 < Int(tavle_color_pairs()) {
                    pairs.append((foreground, background))
                    pair = Int16(pairs.count)
                    init_pair(pair, foreground, background)
                }
            }
            look.append((attributes, pair))
        }
    }
}

extension Terminal {
    /// Stops Tavle and gives the terminal back to the shell, as Ctrl-Z does in any program.
    ///
    /// In raw mode Ctrl-Z is a key, not a signal, so Tavle raises SIGTSTP itself; ncurses'
    /// own handler restores the terminal, stops, and on `fg` puts the screen back.
    public func suspend() {
        writeDirectly(Self.dragTrackingOff)
        raise(SIGTSTP)
        needsDragTracking = true
        shown = nil
        clearok(tavle_stdscr(), true)
    }

    /// Drops keys typed ahead: after a change of screen they were meant for the screen that is
    /// gone (an Enter after the start screen's choice must not tick a point).
    public func discardTypeahead() {
        flushinp()
        pendingMouse.removeAll()
    }

    /// Rings the terminal's bell: the key did nothing.
    public func bell() {
        beep()
    }
}
