import TavleCore

/// The running workshop: title bar, agenda, the current section, the status line, and
/// whichever overlay the mode calls for. Rendering is a pure function of the state.
public enum WorkshopView {
    /// The smallest size at which the workshop is drawn; below it a short message asks for more.
    public static let minimumSize = (width: 40, height: 10)

    /// Renders the state into a frame of the given size.
    ///
    /// `pointer` is where the mouse is while a card is dragged: the run loop keeps that screen
    /// geometry beside the state, and the dragged card is drawn there.
    public static func render(_ state: AppState, width: Int, height: Int, pointer: Point? = nil) -> Frame {
        var frame = Frame(width: width, height: height)
        let text = state.text
        guard width >= minimumSize.width, height >= minimumSize.height else {
            TooSmallView.draw(into: &frame, text: text)
            return frame
        }
        let bounds = frame.grid.bounds
        if state.isPresenting {
            let body = Rect(x: 0, y: 0, width: width, height: height - 1)
            ProjectorView.draw(state, into: &frame, rect: body, pointer: pointer)
            StatusLineView(state: state).draw(into: &frame, rect: Rect(x: 0, y: height - 1, width: width, height: 1))
            drawOverlay(state, into: &frame, rect: body)
            return frame
        }
        let (header, belowHeader) = bounds.splitTop(1)
        let body = Rect(x: 0, y: belowHeader.y, width: width, height: belowHeader.height - 1)
        let status = Rect(x: 0, y: height - 1, width: width, height: 1)
        drawHeader(state, into: &frame, rect: header)
        let agendaWidth = Self.agendaWidth(for: width)
        AgendaView(workshop: state.workshop, current: state.sectionIndex, text: text)
            .draw(into: &frame, rect: Rect(x: 0, y: body.y + 1, width: agendaWidth, height: Self.agendaHeight(for: height)))
        for y in body.y..<body.maxY {
            frame.grid.put("│", x: agendaWidth, y: y, style: .muted)
        }
        let sectionRect = Rect(x: agendaWidth + 1, y: body.y + 1, width: width - agendaWidth - 2, height: body.height - 1)
        if let section = state.currentSection {
            SectionView(state: state, section: section, pointer: pointer).draw(into: &frame, rect: sectionRect)
        }
        StatusLineView(state: state).draw(into: &frame, rect: status)
        drawOverlay(state, into: &frame, rect: body)
        return frame
    }

    /// The agenda's width on a screen `width` cells wide.
    static func agendaWidth(for width: Int) -> Int { min(32, max(18, width / 4)) }

    /// The agenda's rows on a screen `height` rows high: all but the title bar, a blank row
    /// and the status line.
    static func agendaHeight(for height: Int) -> Int { height - 3 }

    /// Help, a question, or "time is up", over the screen.
    private static func drawOverlay(_ state: AppState, into frame: inout Frame, rect body: Rect) {
        let text = state.text
        switch state.mode {
        case .help(let offset):
            HelpView(keyMap: state.keyMap, offset: offset, text: text, file: state.documentPath).draw(into: &frame, rect: body)
        case .confirming(let confirmation):
            DialogView(
                question: text.question(confirmation, in: state.workshop),
                answers: text.answers(confirmation, keys: KeyNames(state.keyMap))
            ).draw(into: &frame, rect: body)
        case .browsing where state.isTimeUp:
            TimeUpView.draw(into: &frame, rect: body, text: text, keys: KeyNames(state.keyMap))
        default:
            break
        }
    }

    private static func drawHeader(_ state: AppState, into frame: inout Frame, rect: Rect) {
        let text = state.text
        frame.grid.fill(rect, style: .header)
        let position = state.workshop.sections.isEmpty ? "" : " " + text.position(in: state.workshop, section: state.sectionIndex) + " "
        let positionWidth = DisplayWidth.of(position)
        let width = rect.width - positionWidth - 1
        // The workshop's title gives way, down to ten cells, to the meeting's date and place
        // (which tell this meeting from the last); the participants have what is left, if
        // that is enough to read.
        let dateAndPlace = text.meetingLine(state.workshop, dateStyle: state.dateStyle, withParticipants: false)
        let essential = dateAndPlace.isEmpty ? "" : " · " + dateAndPlace
        let titleRoom = max(10, width - DisplayWidth.of(" Tavle · ") - DisplayWidth.of(essential))
        let shortTitle = " Tavle · " + TextWrap.truncate(state.workshop.title, width: titleRoom)
        let head = shortTitle + essential
        let meeting = state.workshop.participants.isEmpty ? dateAndPlace : text.meetingLine(state.workshop, dateStyle: state.dateStyle)
        let full = meeting.isEmpty ? head : shortTitle + " · " + meeting
        let title = DisplayWidth.of(full) <= width || width - DisplayWidth.of(head) >= 12
            ? TextWrap.truncate(full, width: width) : TextWrap.truncate(head, width: width)
        frame.grid.put(title, x: rect.x, y: rect.y, style: .header)
        frame.grid.put(position, x: rect.maxX - positionWidth, y: rect.y, style: .header)
    }
}

/// The agenda: every section with its progress; click one to go there. A workshop held in
/// parts shows a divider with the meeting's title where each meeting begins. A title takes
/// two lines when every entry's two fit the height, so "Trin 1: formålet med samarbejdet"
/// reads whole in a quarter of a projector's width; else each takes one.
struct AgendaView {
    let workshop: Workshop
    let current: Int
    let text: any UICatalogue

    /// One row of the agenda.
    private enum Row: Equatable {
        /// A line of a meeting's divider, with the rule after it or not.
        case divider(String, rule: Bool)
        /// Line `line` of section `index`'s entry.
        case section(Int, line: Int)
    }

    private func rows(_ entries: Entries, width: Int) -> [Row] {
        let parts = workshop.meetingParts
        var rows: [Row] = []
        for part in parts {
            if parts.count > 1 {
                let lines = Self.dividerLines(part.title ?? text.meetingNumber(part.number), width: width, lines: entries.lines)
                // The rule after the last line: beside "─ Møde 1: " or under a title in two.
                let ruled = lines.count > 1 || lines[0].hasPrefix("─ ")
                rows += lines.enumerated().map { .divider($1, rule: ruled && $0 == lines.count - 1) }
            }
            for index in part.sections {
                rows += entries.titles[index].lines.indices.map { .section(index, line: $0) }
            }
        }
        return rows
    }

    /// Every section's title as the agenda draws it, and the lines each entry may take.
    typealias Entries = (lines: Int, titles: [(lines: [String], progressLine: Int)])

    private static func progressText(_ section: Section, text: any UICatalogue) -> String {
        section.progress.map { " " + text.progress($0) } ?? ""
    }

    /// Cells before a title: the marker, a space, the number right-aligned and a space.
    private static func indent(_ workshop: Workshop) -> Int { String(workshop.sections.count).count + 3 }

    /// The entries of an agenda `width` x `height`: two lines each when every entry's two
    /// (and the meetings' dividers) fit, else one; each title laid out once.
    static func entries(_ workshop: Workshop, width: Int, height: Int, text: any UICatalogue) -> Entries {
        let oneLine = { Entries(1, workshop.sections.indices.map { titleLines(workshop, $0, width: width, lines: 1, text: text) }) }
        let parts = workshop.meetingParts
        var rows = parts.count > 1 ? parts.count : 0
        // Counted only while they could still fit: a workshop of more sections than rows is
        // not wrapped at all.
        guard rows + workshop.sections.count <= height else { return oneLine() }
        if parts.count > 1 {
            rows = parts.reduce(0) { $0 + dividerLines($1.title ?? text.meetingNumber($1.number), width: width, lines: 2).count }
        }
        var titles: [(lines: [String], progressLine: Int)] = []
        for index in workshop.sections.indices {
            titles.append(titleLines(workshop, index, width: width, lines: 2, text: text))
            rows += titles[index].lines.count
            if rows > height { return oneLine() }
        }
        return (2, titles)
    }

    /// A meeting's divider in at most `lines` lines: "─ Møde 1: … " (the rule drawn on to the
    /// edge) where it fits; else the title alone, going on to a second line where the agenda
    /// has two (the rule then after it), cut with "…" only when that is not enough. The rule
    /// gives way before the title's words.
    static func dividerLines(_ title: String, width: Int, lines: Int) -> [String] {
        let ruled = "─ " + title + " "
        if DisplayWidth.of(ruled) <= width { return [ruled] }
        // Two lines: wrapped short enough that the second keeps room for its rule.
        guard lines > 1, let two = TextWrap.twoLines(title, first: width - 2, second: width) else { return [TextWrap.truncate(title, width: width)] }
        return two
    }

    /// Section `index`'s title as the agenda shows it, in at most `lines` lines: the first
    /// beside the number and progress, the second under the title's start, the last cut with
    /// "…" where the title goes on. A first word too long to stand beside the progress is not
    /// broken: the title takes the first line whole and the progress the second.
    static func titleLines(_ workshop: Workshop, _ index: Int, width: Int, lines: Int, text: any UICatalogue) -> (lines: [String], progressLine: Int) {
        let section = workshop.sections[index]
        let indent = indent(workshop)
        let progress = DisplayWidth.of(progressText(section, text: text))
        let firstWidth = max(1, width - indent - progress)
        let fullWidth = max(1, width - indent)
        let oneLine = ([TextWrap.truncate(section.title, width: firstWidth)], 0)
        guard lines > 1, DisplayWidth.of(section.title) > firstWidth else { return oneLine }
        if let two = TextWrap.twoLines(section.title, first: firstWidth, second: fullWidth) { return (two, 0) }
        // A first word too long for the first line: the whole title there, the progress below.
        guard progress > 0, DisplayWidth.of(section.title) <= fullWidth else { return oneLine }
        return ([section.title, ""], 1)
    }

    /// Section `index`'s title as an agenda of `width` x `height` shows it, its lines joined
    /// (`tavle check` warns where that loses the title's label or makes two entries look the
    /// same).
    static func shownTitle(_ workshop: Workshop, _ index: Int, width: Int, height: Int, text: any UICatalogue) -> String {
        shownTitles(workshop, width: width, height: height, text: text)[index]
    }

    /// Every section's title as the agenda shows it, laid out once.
    static func shownTitles(_ workshop: Workshop, width: Int, height: Int, text: any UICatalogue) -> [String] {
        entries(workshop, width: width, height: height, text: text).titles.map { $0.lines.filter { !$0.isEmpty }.joined(separator: " ") }
    }

    /// Draws into `rect` and records the regions a click acts on.
    func draw(into frame: inout Frame, rect: Rect) {
        guard rect.height > 0 else { return }
        let entries = Self.entries(workshop, width: rect.width, height: rect.height, text: text)
        let rows = rows(entries, width: rect.width)
        let currentRow = rows.firstIndex(of: .section(current, line: 0)) ?? 0
        let first = max(0, min(currentRow - rect.height / 2, rows.count - rect.height))
        // Every section is numbered (10 and up are reached with `:`), right-aligned when a
        // guide has ten or more.
        let digits = String(workshop.sections.count).count
        let indent = Self.indent(workshop)
        for (offset, row) in rows[first...].enumerated() where offset < rect.height {
            let y = rect.y + offset
            guard case .section(let index, let line) = row else {
                if case .divider(let line, let rule) = row {
                    var end = frame.grid.put(line, x: rect.x, y: y, style: .heading, limit: rect.maxX)
                    if rule {
                        if !line.hasSuffix(" ") { end += 1 }
                        frame.grid.put(String(repeating: "─", count: max(0, rect.maxX - end)), x: end, y: y, style: .muted, limit: rect.maxX)
                    }
                }
                continue
            }
            let section = workshop.sections[index]
            let isCurrent = index == current
            let isComplete = section.progress?.isComplete ?? false
            let style: Style = isCurrent ? .focus : (isComplete ? .done : .normal)
            if isCurrent { frame.grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: .focus) }
            let title = entries.titles[index]
            if line == 0 {
                let label = String(index + 1)
                let number = String(repeating: " ", count: digits - label.count) + label + " "
                let marker = isCurrent ? "▶" : (isComplete ? "✓" : " ")
                frame.grid.put(marker + " " + number, x: rect.x, y: y, style: style, limit: rect.maxX)
            }
            if line == title.progressLine {
                let progressText = Self.progressText(section, text: text)
                frame.grid.put(progressText, x: rect.maxX - DisplayWidth.of(progressText), y: y, style: isCurrent ? .focus : .muted, limit: rect.maxX)
            }
            frame.grid.put(title.lines[line], x: rect.x + indent, y: y, style: style, limit: rect.maxX)
            frame.hit(Rect(x: rect.x, y: y, width: rect.width, height: 1), .section(index))
        }
    }
}

/// The current section: its title, suggested time and progress, guidance, then its body.
struct SectionView {
    let state: AppState
    let section: Section
    /// The mouse pointer while a card is dragged.
    var pointer: Point?

    /// Draws into `rect` and records the regions a click acts on.
    func draw(into frame: inout Frame, rect: Rect) {
        guard rect.width > 4, rect.height > 1 else { return }
        let text = state.text
        var details: [String] = []
        // While a countdown is set, its time left stands where the room looks, not only in
        // the status line.
        if let seconds = state.timerSecondsShown, let timer = state.timer {
            details.append("\(timer.symbol) \(Timebox.format(seconds: seconds))" + (timer.part.map { " \($0.number)/\($0.count)" } ?? ""))
        } else if let minutes = section.minutes {
            // Timed parts show as they come, "3+27 min"; one time as it is.
            let parts = section.timeboxes.count > 1 ? section.timeboxes.map(String.init).joined(separator: "+") : String(minutes)
            details.append("\(parts) \(text.minutes)")
        }
        if case .board(let board) = section.body, let available = state.workshop.dotsAvailable(on: board) {
            details.append(text.dots(used: board.dotsUsed, available: available))
        }
        if let progress = section.progress { details.append(text.progress(progress)) }
        let detail = details.joined(separator: "  ")
        let detailWidth = DisplayWidth.of(detail)
        frame.grid.put(
            TextWrap.truncate(section.title, width: rect.width - detailWidth - 4),
            x: rect.x + 2, y: rect.y, style: .heading
        )
        frame.grid.put(detail, x: rect.maxX - detailWidth, y: rect.y, style: .muted)
        // The content's first two columns are the gutter where the focus marker stands.
        let content = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        SectionBodyView(state: state, section: section, presenting: false, pointer: pointer).draw(into: &frame, rect: content)
    }
}

/// Below the smallest usable size: one short request, cut to whatever fits.
struct TooSmallView {
    /// Fills the whole frame: nothing else fits.
    static func draw(into frame: inout Frame, text: any UICatalogue) {
        guard frame.grid.height > 0 else { return }
        let message = TextWrap.truncate(text.tooSmall, width: frame.grid.width)
        let x = max(0, (frame.grid.width - DisplayWidth.of(message)) / 2)
        frame.grid.put(message, x: x, y: frame.grid.height / 2, style: .warning)
    }
}
