import TavleCore

/// The projector view: the current section for the back of the room. The title in block
/// letters, the countdown large, only the section's content with room between items, the
/// focus in reverse video with a marker, the guidance where the whole section fits with it,
/// and a board's column meanings whole while its cards leave room. The agenda and the key
/// hints stay on the facilitator's working view, one key away.
enum ProjectorView {
    /// Draws the section into `rect`, the whole screen but the status line.
    static func draw(_ state: AppState, into frame: inout Frame, rect: Rect, pointer: Point? = nil) {
        guard let section = state.currentSection, rect.width > 10, rect.height > 4 else { return }
        let text = state.text
        let margin = rect.width >= 120 ? 4 : 2
        var inner = Rect(x: rect.x + margin, y: rect.y, width: rect.width - 2 * margin, height: rect.height)
        // While the room is open its way in stands at the right, beside the whole step.
        let invitation = roomInvitation(state, in: inner)
        if let invitation, invitation.fits, let view = invitation.view {
            view.draw(into: &frame, rect: Rect(x: inner.maxX - invitation.width, y: inner.y + 1, width: invitation.width, height: inner.height - 1))
            inner.width -= invitation.width + 2
        }
        let position = text.position(in: state.workshop, section: state.sectionIndex)
        frame.grid.put(position, x: inner.maxX - DisplayWidth.of(position), y: inner.y, style: .muted)
        var y = inner.y + 1
        // The countdown stands to the right of the title when both fit, else below it.
        let clock = state.timerSecondsShown.map { Timebox.format(seconds: $0) }
        let clockWidth = clock.map { BlockFont.width(of: $0) + 2 } ?? 0
        let bigLines = max(1, (inner.height - 8) / 16)
        let titleWidth = inner.width - (clockWidth > 0 && inner.width - clockWidth >= 30 ? clockWidth : 0)
        let title = bigTitle(section.title, width: titleWidth, lines: bigLines)
        for line in title.lines {
            for (row, text) in BlockFont.render(line).enumerated() {
                frame.grid.put(text, x: inner.x, y: y + row, style: .banner, limit: inner.x + titleWidth)
            }
            y += BlockFont.height + 1
        }
        if let clock {
            // Block letters in the foreground colour; a background colour would show them inverted.
            let style: Style = state.isTimeUp ? .warning : .banner
            let clockX = titleWidth < inner.width ? inner.maxX - clockWidth + 2 : inner.x
            let clockY = titleWidth < inner.width ? inner.y + 1 : y
            for (row, text) in BlockFont.render(clock).enumerated() {
                frame.grid.put(text, x: clockX, y: clockY + row, style: style, limit: inner.maxX)
            }
            if titleWidth == inner.width { y += BlockFont.height + 1 }
        }
        if !title.rest.isEmpty || title.lines.isEmpty {
            let text = title.lines.isEmpty ? section.title : title.rest
            for row in TextWrap.wrap(text, width: inner.width).prefix(2) {
                frame.grid.put(row.text, x: inner.x, y: y, style: .heading, limit: inner.maxX)
                y += 1
            }
        }
        if case .board(let board) = section.body, let available = state.workshop.dotsAvailable(on: board) {
            var line = text.dots(used: board.dotsUsed, available: available)
            // The room sees that people voted, not how, until the reveal.
            let voters = board.hiddenVoters
            if voters > 0 { line += "  ·  " + text.hiddenVoters(voters) }
            frame.grid.put(line, x: inner.x, y: y, style: .vote, limit: inner.maxX)
            y += 1
        }
        y += 1
        var content = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.maxY - y))
        if let invitation, !invitation.fits {
            // Too little room for the code: the address and the code to type, on one line.
            frame.grid.put(invitation.short, x: inner.x, y: content.y, style: .heading, limit: inner.maxX)
            content.y += 1
            content.height = max(0, content.height - 1)
        }
        SectionBodyView(state: state, section: section, presenting: true, pointer: pointer).draw(into: &frame, rect: content)
    }

    /// The room's QR code and the words under it, and whether they fit beside the step (at
    /// least 30 columns left for it) or only their one-line form does (as when the room has no
    /// QR code to show).
    private static func roomInvitation(_ state: AppState, in rect: Rect) -> (view: ScanCodeView?, width: Int, fits: Bool, short: String)? {
        guard let link = state.room.open?.link else { return nil }
        let short = link.shortAddress + "  " + link.code
        guard let code = link.scanCode else { return (nil, 0, false, short) }
        let view = ScanCodeView(code: code, lines: state.text.roomInvitation(link))
        let size = view.size
        let fits = rect.width - size.width - 2 >= 30 && size.height <= rect.height - 1
        return (view, size.width, fits, short)
    }

    /// The title in block letters, and the rest for plain text below. A title is never cut
    /// mid-phrase: the big part is the whole title when it fits in `lines` lines of `width`
    /// cells, else the step's label before a colon ("Trin 2"), else a whole phrase before a
    /// dash or a question mark; when none fits, no block letters at all.
    static func bigTitle(_ title: String, width: Int, lines: Int) -> (lines: [String], rest: String) {
        if let whole = fit(title, width: width, lines: lines) { return (whole, "") }
        for separator in [":", " – ", " - ", "?"] {
            guard let range = title.firstRange(of: separator) else { continue }
            let head = separator == "?" ? String(title[..<range.upperBound]) : String(title[..<range.lowerBound])
            let dashOrSpace: Set<Character> = [" ", "–", "-"]
            let rest = String(title[range.upperBound...].drop(while: dashOrSpace.contains))
            if !rest.isEmpty, let big = fit(head, width: width, lines: lines) { return (big, rest) }
        }
        return ([], title)
    }

    /// The moment the room cares about on a board: its ranked column's cards ("1. Biblioteket")
    /// in block letters above the board, when every one of them fits the width and the board
    /// keeps room below; none otherwise (the cards are then as large as the board draws them).
    static func rankedInBlockLetters(_ board: Board, width: Int, height: Int) -> [String] {
        guard let ranked = board.columns.first(where: \.isRanked), !ranked.cards.isEmpty else { return [] }
        let lines = ranked.cards.prefix(ranked.limit ?? 3).enumerated().map { "\($0.offset + 1). \($0.element.text)" }
        let needed = lines.count * (BlockFont.height + 1)
        guard height - needed >= 12, lines.allSatisfy({ BlockFont.covers($0) && BlockFont.width(of: $0) <= width }) else { return [] }
        return lines
    }

    /// The phrase broken into at most `lines` lines of block letters no wider than `width`,
    /// or nil when it does not fit whole.
    private static func fit(_ phrase: String, width: Int, lines: Int) -> [String]? {
        guard BlockFont.covers(phrase) else { return nil }
        var result: [String] = []
        var current = ""
        for word in phrase.split(separator: " ").map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if BlockFont.width(of: candidate) <= width {
                current = candidate
            } else {
                guard !current.isEmpty, BlockFont.width(of: word) <= width else { return nil }
                result.append(current)
                current = word
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.count <= lines && !result.isEmpty ? result : nil
    }
}

/// "Time is up", over whatever is on screen, until the facilitator dismisses it: in block
/// letters where they fit, in the warning style, so the room sees it without the sound.
enum TimeUpView {
    /// Draws the message centred in `rect`.
    static func draw(into frame: inout Frame, rect: Rect, text: any UICatalogue, keys: KeyNames) {
        let big = BlockFont.width(of: text.timeUp) + 4 <= rect.width && rect.height >= BlockFont.height + 6
        let lines = big ? BlockFont.render(text.timeUp) : [text.timeUp]
        let hint = text.timeUpHint(keys: keys)
        let width = min(rect.width, max(lines.map { DisplayWidth.of($0) }.max() ?? 0, DisplayWidth.of(hint)) + 4)
        let height = lines.count + 4
        guard width > 4, height <= rect.height else { return }
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        frame.grid.fill(box, style: .warning)
        for (row, line) in lines.enumerated() {
            frame.grid.put(line, x: box.x + (width - DisplayWidth.of(line)) / 2, y: box.y + 1 + row, style: .warning, limit: box.maxX)
        }
        frame.grid.put(hint, x: box.x + max(0, (width - DisplayWidth.of(hint)) / 2), y: box.maxY - 2, style: .warning, limit: box.maxX)
    }
}
