extension AppState {
    /// Looks the key up in the key map for the current section kind.
    mutating func handleBrowsing(_ key: Key) -> [AppEffect] {
        guard let command = keyMap.command(for: key, in: currentSection?.kind) else { return [] }
        return perform(command)
    }

    /// Carries out a browsing command; also reached from mouse actions.
    mutating func perform(_ command: Command) -> [AppEffect] {
        if command.changesWorkshop || (isLiveView && (command == .saveAs || command == .export)), let reason = readOnlyReason {
            notice = .readOnly(reason)
            return [.bell]
        }
        switch command {
        case .quit:
            if case .failed = saveStatus {
                mode = .confirming(.quitUnsaved)
                return []
            }
            // Quit only with everything on disk: the last writes are waited for first, and
            // one that fails there is shown instead (the next quit asks, as after any failure).
            isQuitting = true
            return [.settleSaves]
        case .help:
            mode = .help(offset: 0)
            return []
        case .suspend:
            return [.suspend]
        case .undo:
            return travelInHistory(back: true)
        case .redo:
            return travelInHistory(back: false)
        case .saveAs:
            mode = .editing(TextEdit(
                target: .saveAsPath,
                buffer: TextBuffer(documentPath, multiline: false),
                before: workshop,
                isNewItem: false
            ))
            return []
        case .nextSection:
            return goToSection(sectionIndex + 1)
        case .previousSection:
            return goToSection(sectionIndex - 1)
        case .goToSection(let number):
            return goToSection(number - 1)
        case .askSectionNumber:
            mode = .editing(TextEdit(target: .sectionNumber, buffer: TextBuffer("", multiline: false), before: workshop, isNewItem: false))
            return []
        case .up, .down, .left, .right, .first, .last:
            return moveFocus(command)
        case .toggle:
            return toggleFocusedPoint()
        case .edit:
            return startEditingFocused()
        case .add:
            return addItem()
        case .delete:
            return askToDelete()
        case .moveCardLeft, .moveCardRight, .moveCardUp, .moveCardDown:
            return moveFocusedCard(command)
        case .grabCard:
            guard let position = focusedCard, case .board(let board)? = currentSection?.body, let card = board.card(at: position) else { return [.bell] }
            mode = .moving(CardMove(section: sectionIndex, card: card.id, drop: position, byMouse: false, hasDragged: false))
            return []
        case .togglePresentation:
            isPresenting.toggle()
            return []
        case .cycleTheme:
            return [.cycleTheme]
        case .timerStartPause, .timerSet, .timerAddMinute, .timerReset:
            return performTimer(command)
        case .addDot, .removeDot, .sortByVotes, .rankTopVoted, .setDots:
            return performVoting(command)
        case .editMeetingDetails:
            beginMeetingDetail(.date, continues: true)
            return []
        case .export:
            // A workshop held in parts: the minutes of the meeting on screen.
            let meeting = workshop.meetingPart(containing: sectionIndex)?.number ?? 1
            let minutes = workshop.minutes(of: .meeting(meeting)) ?? (workshop, nil)
            return [.export(minutes.workshop, meeting: minutes.meeting)]
        case .toggleRoom:
            return toggleRoom()
        case .pauseRoom:
            return toggleRoomPause()
        case .revealRoom:
            return revealRoom()
        }
    }

    /// Undo (back) or redo; the bell and a notice when there is nothing to go to.
    private mutating func travelInHistory(back: Bool) -> [AppEffect] {
        guard let snapshot = back ? history.undo(from: snapshot) : history.redo(from: snapshot) else {
            notice = back ? .nothingToUndo : .nothingToRedo
            return [.bell]
        }
        restore(snapshot)
        notice = back ? .undone : .redone
        return save()
    }

    /// Shows another section; the bell when there is none at `index`.
    mutating func goToSection(_ index: Int) -> [AppEffect] {
        guard workshop.sections.indices.contains(index) else { return [.bell] }
        sectionIndex = index
        return []
    }

    private mutating func moveFocus(_ command: Command) -> [AppEffect] {
        guard let section = currentSection, let moved = section.body.movedFocus(cursor, by: command) else { return [] }
        cursors[sectionIndex] = moved
        clampCursors()
        return []
    }

    private mutating func toggleFocusedPoint() -> [AppEffect] {
        if case .actions(let items)? = currentSection?.body {
            guard items.indices.contains(cursor.row) else { return [.bell] }
            let (section, item) = (sectionIndex, cursor.row)
            return commit { $0.sections[section].body.modifyActions { $0[item].isDone.toggle() } }
        }
        guard case .checklist(let checklist)? = currentSection?.body,
              checklist.entries.indices.contains(cursor.row),
              checklist.entries[cursor.row].isPoint
        else { return [.bell] }
        let (section, entry) = (sectionIndex, cursor.row)
        return commit { workshop in
            workshop.sections[section].body.modifyChecklist { checklist in
                if case .point(var point) = checklist.entries[entry] {
                    point.isDone.toggle()
                    checklist.entries[entry] = .point(point)
                }
            }
        }
    }

    private mutating func startEditingFocused() -> [AppEffect] {
        guard let section = currentSection else { return [.bell] }
        guard let start = section.body.editStart(section: sectionIndex, at: cursor) else {
            // On an empty board or action list, "edit" means writing the first item.
            return section.kind.addsWhenNothingIsFocused ? addItem() : [.bell]
        }
        beginEdit(start.target, text: start.text, isNew: false)
        return []
    }

    private mutating func addItem() -> [AppEffect] {
        guard let section = currentSection, let added = section.body.addingItem(section: sectionIndex, at: cursor) else { return [.bell] }
        let before = workshop
        workshop.sections[sectionIndex].body = added.body
        cursors[sectionIndex] = added.cursor
        beginEdit(added.edit.target, text: "", isNew: true, before: before, continues: added.edit.continues)
        return []
    }

    /// Opens the line editor on a field; `continues` makes Enter go on to the next field.
    mutating func beginEdit(_ target: EditTarget, text: String, isNew: Bool, before: Workshop? = nil, continues: Bool = false,
                            suggested: Bool = false) {
        let multiline: Bool = if case .notes = target { true } else { false }
        mode = .editing(TextEdit(
            target: target,
            buffer: TextBuffer(text, multiline: multiline),
            before: before ?? workshop,
            isNewItem: isNew,
            continuesToNextField: continues,
            replacesOnType: suggested && !text.isEmpty
        ))
    }

    private mutating func askToDelete() -> [AppEffect] {
        guard let question = currentSection?.body.deletion(section: sectionIndex, at: cursor) else { return [.bell] }
        mode = .confirming(question)
        return []
    }

    private mutating func moveFocusedCard(_ command: Command) -> [AppEffect] {
        guard let from = focusedCard, case .board(let board)? = currentSection?.body else { return [.bell] }
        var to = from
        switch command {
        case .moveCardLeft, .moveCardRight:
            guard let next = board.column(beside: from.column, toward: command == .moveCardLeft ? .left : .right) else { return [.bell] }
            to = CardPosition(column: next, index: board.columns[next].cards.count)
        case .moveCardUp where board.goesBetweenColumnsVertically(at: from.column),
             .moveCardDown where board.goesBetweenColumnsVertically(at: from.column):
            // In a matrix a card goes to the quadrant above or below, at its end.
            guard let next = board.column(beside: from.column, toward: command == .moveCardUp ? .up : .down) else { return [.bell] }
            to = CardPosition(column: next, index: board.columns[next].cards.count)
        case .moveCardUp:
            to.index -= 1
        default:
            to.index += 1
        }
        guard to.index >= 0, to.column != from.column || to.index < board.columns[from.column].cards.count else {
            return [.bell]
        }
        return moveCard(section: sectionIndex, from: from, to: to)
    }

    /// Moves a card as one undoable edit; focus follows the card.
    mutating func moveCard(section: Int, from: CardPosition, to: CardPosition) -> [AppEffect] {
        var landed = to
        let effects = commit { workshop in
            workshop.sections[section].body.modifyBoard { board in
                landed = board.moveCard(from: from, to: to)
            }
        }
        sectionIndex = section
        cursors[section] = Cursor(column: landed.column, row: landed.index)
        if case .board(let board) = workshop.sections[section].body {
            let column = board.columns[landed.column]
            if column.isRanked, let limit = column.limit, landed.index >= limit, from.column != landed.column {
                notice = .overLimit(column: column.title, limit: limit)
            }
        }
        return effects
    }
}
