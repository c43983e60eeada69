extension AppState {
    /// Clicks focus, tick and switch sections; a press on a card starts a drag.
    mutating func handleMouse(_ mouse: MouseEvent) -> [AppEffect] {
        switch mode {
        case .help:
            if mouse.action == .press { mode = .browsing }
            return []
        case .confirming:
            return []
        case .editing(let edit):
            guard mouse.action == .press else { return [] }
            if edit.target.isPrompt {
                mode = .browsing  // a click elsewhere answers a prompt like Esc: never mind
                return handleMouse(mouse)
            }
            var effects = finishEditing(edit)
            // A field that refused what was typed (a date that is none) stays open.
            if case .editing = mode { return effects }
            // An empty new item was removed: the click was aimed at the screen that had it,
            // so its target may now name another item. Finishing is all the click does.
            if edit.isNewItem, workshop == edit.before { return effects }
            effects += handleMouse(mouse)
            return effects
        case .moving(let move):
            return handleMouseWhileMoving(mouse, move)
        case .browsing:
            break
        }
        switch mouse.action {
        case .scrollUp: return perform(.up)
        case .scrollDown: return perform(.down)
        case .drag, .release: return []
        case .press: break
        }
        notice = nil
        switch mouse.target {
        case nil:
            return []
        case .section(let index)?:
            return goToSection(index)
        case .point(let section, let entry)?:
            sectionIndex = section
            cursors[section].row = entry
            clampCursors()
            return []
        case .checkbox(let section, let entry)?:
            sectionIndex = section
            cursors[section].row = entry
            return perform(.toggle)
        case .question(let section, let index)?:
            sectionIndex = section
            cursors[section].row = index
            return []
        case .card(let section, let position)?:
            sectionIndex = section
            cursors[section] = Cursor(column: position.column, row: position.index)
            guard readOnlyReason == nil, case .board(let board) = workshop.sections[section].body, let card = board.card(at: position) else { return [] }
            mode = .moving(CardMove(section: section, card: card.id, drop: position, byMouse: true, hasDragged: false))
            return []
        case .slot(let section, let position)?:
            sectionIndex = section
            cursors[section] = Cursor(column: position.column, row: position.index)
            clampCursors()
            return []
        case .dots(let section, let position)?:
            sectionIndex = section
            guard readOnlyReason == nil else { return perform(.addDot) }
            return changeDots(on: position, by: 1)
        case .action(let section, let item, let field)?:
            sectionIndex = section
            cursors[section] = Cursor(column: field.rawValue, row: item)
            clampCursors()
            return []
        }
    }

    private mutating func handleMouseWhileMoving(_ mouse: MouseEvent, _ move: CardMove) -> [AppEffect] {
        var move = move
        if case .slot(let section, let position)? = mouse.target, section == move.section {
            move.drop = position
        }
        switch mouse.action {
        case .drag:
            if move.byMouse, mouse.movedSincePress { move.hasDragged = true }
            mode = .moving(move)
            return []
        case .release:
            guard move.byMouse else { mode = .moving(move); return [] }
            if mouse.movedSincePress { move.hasDragged = true }
            guard move.hasDragged else {
                mode = .browsing
                return []
            }
            // Let go outside the board: the move is called off, as with Esc.
            guard case .slot(let section, _)? = mouse.target, section == move.section else {
                mode = .browsing
                returnToOrigin(move)
                return []
            }
            return drop(move)
        case .press:
            // A press while moving by keys drops where the pointer is, like a click on the place.
            return drop(move)
        case .scrollUp, .scrollDown:
            return []
        }
    }
}
