import TavleCore

/// The bottom line: the keys that matter now, or the latest notice, and the save state.
struct StatusLineView {
    let state: AppState

    /// Draws the hints or the notice on the left and the save state on the right.
    func draw(into frame: inout Frame, rect: Rect) {
        let text = state.text
        frame.grid.fill(rect, style: .status)
        let saveText = " " + (state.readOnlyReason == nil ? text.text(of: state.saveStatus) : text.readOnly) + " "
        let saveStyle: Style = if case .failed = state.saveStatus { .warning } else if state.readOnlyReason != nil { .warning } else { .status }
        let saveWidth = DisplayWidth.of(saveText)
        frame.grid.put(saveText, x: rect.maxX - saveWidth, y: rect.y, style: saveStyle)
        var limit = rect.maxX - saveWidth - 1
        if let open = state.room.open {
            let hidden = state.workshop.hiddenFromRoom
            let label = " " + text.roomStatus(open, hiddenCards: hidden.cards, hiddenDots: hidden.dots) + " "
            let width = DisplayWidth.of(label)
            if limit - width > rect.x + 20 {
                frame.grid.put(label, x: limit - width, y: rect.y, style: open.isPaused ? .warning : .timer)
                limit -= width + 1
            }
        }
        if let seconds = state.timerSecondsShown {
            let part = state.timer?.part.map { " \($0.number)/\($0.count)" } ?? ""
            let clock = " \(state.timer?.symbol ?? "") \(Timebox.format(seconds: seconds))\(part) "
            let width = DisplayWidth.of(clock)
            let lastMinute = seconds <= 60 && state.timer?.isRunning == true
            frame.grid.put(clock, x: limit - width, y: rect.y, style: state.isTimeUp || lastMinute ? .warning : .timer)
            limit -= width + 1
        }
        if case .editing(let edit) = state.mode, edit.target.isPrompt {
            // A prompt that refused what was typed says why on the row above it.
            if let notice = state.notice, rect.y > 0 {
                let row = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
                frame.grid.fill(row, style: .warning)
                frame.grid.put(TextWrap.truncate(" " + text.text(of: notice), width: rect.width), x: rect.x, y: row.y, style: .warning)
            }
            let prompt = text.prompt(for: edit.target)
            let x = frame.grid.put(" " + prompt, x: rect.x, y: rect.y, style: .status, limit: limit)
            let text = edit.buffer.text
            let end = frame.grid.put(text, x: x, y: rect.y, style: .editing, limit: limit)
            let cursorX = x + DisplayWidth.of(String(edit.buffer.textBeforeCursor))
            frame.cursor = Point(x: min(cursorX, max(end, limit - 1)), y: rect.y)
            return
        }
        if state.isTimeUp, !isEditing {
            frame.grid.put(TextWrap.truncate(" " + text.timeUpHint(keys: KeyNames(state.keyMap)), width: limit - rect.x), x: rect.x, y: rect.y, style: .warning, limit: limit)
            return
        }
        if let notice = state.notice {
            let style: Style = switch notice {
            case .saveFailed, .themeFailed, .themeNotRemembered, .configFailed, .invalidDate, .invalidDuration, .invalidDots, .exportFailed: .warning
            default: .status
            }
            // A notice too long for the line (a tie to settle, which cards) takes the row above
            // too, over the bottom of the section, until the next key: read whole, not cut.
            let message = text.text(of: notice)
            if rect.y > 0, DisplayWidth.of(message) > limit - rect.x - 1,
               let two = TextWrap.twoLines(message, first: limit - rect.x - 1, second: limit - rect.x - 1) {
                let above = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
                frame.grid.fill(above, style: style)
                frame.grid.put(" " + two[0], x: rect.x, y: above.y, style: style, limit: rect.maxX)
                frame.grid.put(" " + two[1], x: rect.x, y: rect.y, style: style, limit: limit)
                return
            }
            frame.grid.put(TextWrap.truncate(" " + message, width: limit - rect.x), x: rect.x, y: rect.y, style: style, limit: limit)
            return
        }
        var x = rect.x + 1
        let singleLine = if case .editing(let edit) = state.mode { !edit.buffer.isMultiline } else { false }
        for action in hints() {
            guard let key = state.keyMap.key(for: action) else { continue }
            // Enter finishes a one-line field; only in notes does it start a new line.
            let label = action == .edit(.newline) && singleLine ? text.hint(.edit(.finish)) : text.hint(action)
            let entry = key.name + " " + label + "  "
            guard x + DisplayWidth.of(entry) <= limit else { break }
            x = frame.grid.put(entry, x: x, y: rect.y, style: .status, limit: limit)
        }
        let suggestions = state.nameSuggestions
        if !suggestions.isEmpty, limit - x > 8 {
            frame.grid.put(TextWrap.truncate("Tab: " + suggestions.joined(separator: ", "), width: limit - x), x: x, y: rect.y, style: .status, limit: limit)
        }
    }

    private var isEditing: Bool {
        if case .editing = state.mode { return true }
        return false
    }

    /// The keys worth showing for what is on screen now, most important first.
    private func hints() -> [KeyMap.Action] {
        switch state.mode {
        case .editing(let edit):
            if case .action(_, _, .who) = edit.target { return [.edit(.newline)] }
            return edit.buffer.isMultiline ? [.edit(.finish), .edit(.newline)] : [.edit(.newline)]
        case .moving: return [.move(.left), .move(.right), .move(.drop), .move(.cancel)]
        case .help, .confirming: return []
        case .browsing: break
        }
        // The timer's key wherever the guide suggests a time.
        let timer: [KeyMap.Action] = state.currentSection?.minutes != nil ? [.browse(.timerStartPause)] : []
        let common: [KeyMap.Action] = timer + [.browse(.help), .browse(.undo), .browse(.nextSection), .browse(.quit)]
        switch state.currentSection?.kind {
        case .checklist?: return [.browse(.toggle), .browse(.edit), .browse(.add)] + common
        case .questions?: return [.browse(.edit)] + common
        case .board?:
            let voting: [KeyMap.Action] = if case .board(let board)? = state.currentSection?.body, board.dotsPerParticipant != nil {
                [.browse(.addDot), .browse(.rankTopVoted)]
            } else { [] }
            return voting + [.browse(.add), .browse(.edit), .browse(.moveCardRight), .browse(.grabCard)] + common
        case .actions?: return [.browse(.add), .browse(.edit), .browse(.toggle)] + common
        case nil: return common
        }
    }
}

/// The key list, drawn from the key map the core uses, grouped by where the keys apply.
struct HelpView {
    let keyMap: KeyMap
    let offset: Int
    let text: any UICatalogue
    /// The workshop's file, named in the title: where everything is being saved.
    var file = ""

    /// Draws into `rect`; the frame below stays visible around it.
    func draw(into frame: inout Frame, rect: Rect) {
        let box = rect
        guard box.width > 10, box.height > 3 else { return }
        frame.grid.fill(box, style: .normal)
        var lines: [(String, String?, Style)] = []
        for group in KeyReference.groups(keyMap, text: text) {
            if !lines.isEmpty { lines.append(("", nil, .normal)) }
            lines.append((group.title, nil, .heading))
            lines += group.rows.map { ($0.keys, $0.description, .normal) }
        }
        let visibleHeight = box.height - 2
        let start = min(offset, max(0, lines.count - visibleHeight))
        let title = " " + text.helpTitle + (file.isEmpty ? "" : " · " + text.savedIn(file)) + " "
        frame.grid.put(TextWrap.truncate(title, width: box.width - 2), x: box.x + 1, y: box.y, style: .header)
        let keyWidth = min(24, box.width / 3)
        for (row, line) in lines.dropFirst(start).prefix(visibleHeight).enumerated() {
            let y = box.y + 1 + row
            if let description = line.1 {
                frame.grid.put(TextWrap.truncate(line.0, width: keyWidth), x: box.x + 2, y: y, style: .heading, limit: box.maxX)
                frame.grid.put(description, x: box.x + 3 + keyWidth, y: y, style: .normal, limit: box.maxX - 1)
            } else {
                frame.grid.put(line.0, x: box.x + 1, y: y, style: line.2, limit: box.maxX)
            }
        }
        frame.grid.put(text.helpFooter(keys: KeyNames(keyMap)), x: box.x + 1, y: box.maxY - 1, style: .muted, limit: box.maxX)
    }
}

/// A question in a box over the screen, each possible answer on a line of its own.
struct DialogView {
    let question: String
    let answers: String

    /// Draws into `rect`; the frame below stays visible around it.
    func draw(into frame: inout Frame, rect: Rect) {
        let choices = answers.split(separator: " · ").map(String.init)
        let widest = max(choices.map { DisplayWidth.of($0) }.max() ?? 0, min(DisplayWidth.of(question), 70))
        let width = min(rect.width - 4, widest + 4)
        guard width > 6 else { return }
        let rows = TextWrap.wrap(question, width: width - 4).map(\.text)
            + [""] + choices.flatMap { TextWrap.wrap($0, width: width - 4).map(\.text) }
        let height = rows.count + 2
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, (rect.height - height) / 2), width: width, height: height)
        frame.grid.fill(box, style: .focus)
        let line = String(repeating: "─", count: max(0, box.width - 2))
        frame.grid.put("┌" + line + "┐", x: box.x, y: box.y, style: .focus)
        frame.grid.put("└" + line + "┘", x: box.x, y: box.maxY - 1, style: .focus)
        for y in (box.y + 1)..<(box.maxY - 1) {
            frame.grid.put("│", x: box.x, y: y, style: .focus)
            frame.grid.put("│", x: box.maxX - 1, y: y, style: .focus)
        }
        for (index, row) in rows.enumerated() {
            frame.grid.put(row, x: box.x + 2, y: box.y + 1 + index, style: .focus, limit: box.maxX - 1)
        }
    }
}
