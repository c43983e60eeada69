import TavleCore

/// A section's body, for the working view and the projector view alike: the one place that
/// picks the view for a section kind, so both screens draw every kind the same way and a new
/// kind is drawn by adding one case here.
struct SectionBodyView {
    let state: AppState
    let section: Section
    /// The projector view: items a row apart, a board's cards large and its ranked cards in
    /// block letters; the guidance only where the whole section fits with it (the room reads
    /// it when there is room; the facilitator always has it on the working view), and no
    /// hints to the keyboard.
    let presenting: Bool
    /// The mouse pointer while a card is dragged, for the board to draw the card there.
    var pointer: Point?

    /// Draws the body into `rect`, scrolled so the focus (or the edit) is on screen.
    func draw(into frame: inout Frame, rect: Rect) {
        guard rect.height > 0 else { return }
        let text = state.text
        let edit: TextEdit? = if case .editing(let edit) = state.mode { edit } else { nil }
        let lead = { (document: inout Document, guidance: String) in
            guard !guidance.isEmpty else { return }
            document.text(guidance, x: 2, style: presenting ? .normal : .muted)
            document.blank()
        }
        // The working view leads with the guidance; the projector view too when all fits.
        let window = { (build: (String) -> Document) -> Document in
            let whole = build(section.guidance)
            guard presenting, !section.guidance.isEmpty, whole.rows.count > rect.height else { return whole }
            return build("")
        }
        // The projector view leaves a blank row after every item, so the room tells them apart.
        let gap = { (document: inout Document) in if presenting { document.blank() } }
        switch section.body {
        case .checklist(let checklist):
            let view = ChecklistView(checklist: checklist, section: state.sectionIndex, focusedEntry: state.cursor.row, edit: edit)
            window { guidance in
                Document.window(
                    width: rect.width, height: rect.height, count: checklist.entries.count, focusItem: view.anchor,
                    lead: { lead(&$0, guidance) }, item: { view.build(entry: $0, into: &$1); gap(&$1) }
                )
            }.draw(into: &frame, rect: rect)
        case .questions(let questions):
            let view = QuestionsView(questions: questions, section: state.sectionIndex, focusedQuestion: state.cursor.row, edit: edit, text: text,
                                     visibleRows: rect.height, showsKeyHint: !presenting)
            window { guidance in
                Document.window(
                    width: rect.width, height: rect.height, count: questions.count, focusItem: view.anchor,
                    lead: { lead(&$0, guidance) }, item: { view.build(question: $0, into: &$1) }
                )
            }.draw(into: &frame, rect: rect)
        case .board(let board):
            let move: CardMove? = if case .moving(let move) = state.mode { move } else { nil }
            let view = BoardView(board: board, section: state.sectionIndex, cursor: state.cursor, move: move, edit: edit, text: text, presenting: presenting, pointer: pointer)
            var top = rect.y
            if presenting {
                top += drawRankedInBlockLetters(board, into: &frame, rect: rect)
            } else {
                top += drawGuidance(section.guidance, into: &frame, rect: rect)
            }
            // The board's columns start after the focus gutter, as the other kinds' text does.
            let inset = presenting ? 0 : 2
            view.draw(into: &frame, rect: Rect(x: rect.x + inset, y: top, width: rect.width - inset, height: rect.maxY - top))
        case .actions(let items):
            let view = ActionsView(items: items, section: state.sectionIndex, cursor: state.cursor, edit: edit, today: state.clock.today,
                                   dateStyle: state.dateStyle, text: text, keys: KeyNames(state.keyMap))
            window { guidance in
                Document.window(
                    width: rect.width, height: rect.height, count: items.count, focusItem: view.anchor,
                    lead: { lead(&$0, guidance); view.heading(width: rect.width, into: &$0); gap(&$0) },
                    item: { view.build(item: $0, into: &$1); gap(&$1) }
                )
            }.draw(into: &frame, rect: rect)
        }
    }

    /// A board's guidance above its columns, at most a third of the rows so the cards keep the
    /// larger part; returns the rows used, the blank below included.
    private func drawGuidance(_ guidance: String, into frame: inout Frame, rect: Rect) -> Int {
        let rows = guidance.isEmpty ? [] : TextWrap.wrap(guidance, width: rect.width - 2)
        let shown = min(rows.count, max(0, (rect.height - 6) / 3))
        var document = Document(width: rect.width)
        for (index, row) in rows.prefix(shown).enumerated() {
            let cut = index == shown - 1 && rows.count > shown
            document.text(cut ? TextWrap.truncate(row.text + " …", width: rect.width - 2) : row.text, x: 2, style: .muted)
        }
        document.draw(into: &frame, rect: Rect(x: rect.x, y: rect.y, width: rect.width, height: shown))
        return shown + (shown > 0 ? 1 : 0)
    }

    /// The ranked cards in block letters above the board, when they fit; returns the rows used.
    private func drawRankedInBlockLetters(_ board: Board, into frame: inout Frame, rect: Rect) -> Int {
        let ranked = ProjectorView.rankedInBlockLetters(board, width: rect.width, height: rect.height)
        for (index, line) in ranked.enumerated() {
            for (row, letters) in BlockFont.render(line).enumerated() {
                frame.grid.put(letters, x: rect.x, y: rect.y + index * (BlockFont.height + 1) + row, style: .banner, limit: rect.maxX)
            }
        }
        return ranked.count * (BlockFont.height + 1)
    }
}
