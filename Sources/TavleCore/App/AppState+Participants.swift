extension AppState {
    /// Opens the room as Tavle starts (`tavle FILE --room`).
    public mutating func openRoom() -> [AppEffect] {
        room.open == nil ? toggleRoom() : []
    }

    /// Opens the room to phones, or closes it (closing forgets who was there; nothing in the
    /// workshop changes). The run loop starts or stops the server.
    mutating func toggleRoom() -> [AppEffect] {
        if room.open != nil {
            room.open = nil
            notice = .roomClosed
            return [.closeRoom]
        }
        if let reason = readOnlyReason {
            notice = .readOnly(reason)
            return [.bell]
        }
        room.open = OpenRoom()
        return [.openRoom]
    }

    /// Pauses submissions from phones, or lets them in again.
    mutating func toggleRoomPause() -> [AppEffect] {
        guard room.open != nil else {
            notice = .roomNotOpen
            return [.bell]
        }
        room.open?.isPaused.toggle()
        return []
    }

    /// Shows what the room sent to the board on screen: hidden cards go into the first column
    /// in the shuffled order they wait in, and hidden dots join the cards' totals. One undo step.
    mutating func revealRoom() -> [AppEffect] {
        guard case .board(let board)? = currentSection?.body,
              !board.hidden.isEmpty || board.columns.contains(where: { $0.cards.contains { !$0.ballots.isEmpty } })
        else {
            notice = .nothingToReveal
            return [.bell]
        }
        let section = sectionIndex
        let effects = commit { workshop in
            workshop.sections[section].body.modifyBoard { board in
                board.revealHidden()
            }
        }
        notice = .revealed(cards: board.hidden.count, dots: board.columns.reduce(0) { $0 + $1.cards.reduce(0) { $0 + $1.hiddenDots } })
        return effects
    }

    /// The room's server started (where phones join) or could not start (why, in words of the system).
    mutating func roomOpened(_ link: RoomLink) -> [AppEffect] {
        guard room.open != nil else { return [.closeRoom] }
        room.open?.link = link
        notice = .roomOpen(link)
        return []
    }

    /// The server could not start, or stopped; the room is closed (whatever of it did start
    /// is stopped too).
    mutating func roomFailed(_ reason: String) -> [AppEffect] {
        room.open = nil
        notice = .roomFailed(reason)
        return [.bell, .closeRoom]
    }

    /// A participant's request from a phone. Carried out like the facilitator's own edit (one
    /// undo step, saved, drawn), without disturbing what the facilitator is doing; answered
    /// with `reply`, which the run loop passes on once the change is on disk.
    mutating func handleParticipant(_ request: ParticipantRequest) -> [AppEffect] {
        guard let open = room.open else { return [.reply(RoomReply(submission: request.submission, outcome: .refused(.closed)))] }
        if let earlier = open.answered[request.submission] {
            return [.reply(RoomReply(submission: request.submission, outcome: earlier))]
        }
        var effects: [AppEffect] = []
        let outcome: RoomReply.Outcome
        switch carryOut(request, paused: open.isPaused, effects: &effects) {
        case .some(let refusal): outcome = .refused(refusal)
        case .none: outcome = .done
        }
        room.open?.answered[request.submission] = outcome
        return effects + [.reply(RoomReply(submission: request.submission, outcome: outcome))]
    }

    /// Carries out the request, adding its effects; the refusal when it is not carried out.
    private mutating func carryOut(_ request: ParticipantRequest, paused: Bool, effects: inout [AppEffect]) -> RoomRefusal? {
        if readOnlyReason != nil { return .readOnly }
        let person = request.person
        if case .join = request.action {
            guard !person.isEmpty, !person.contains(",") else { return .empty }
            if !workshop.participants.contains(person) {
                effects += changeFromRoom { $0.participants.append(person) }
            }
            return nil
        }
        if paused { return .paused }
        guard request.section == sectionIndex, let section = currentSection else { return .stepChanged }
        let index = sectionIndex
        switch (request.action, section.body) {
        case (.join, _):
            return nil
        case (.addCard(let text), .board(let board)):
            // Hidden cards are written under the first column: a board without one keeps none.
            guard !board.columns.isEmpty else { return .notHere }
            let text = RoomText.cleaned(text)
            guard !text.isEmpty else { return .empty }
            let sent = room.open?.cardsSent[person] ?? 0
            guard sent < OpenRoom.cardsPerPerson else { return .tooManyCards }
            room.open?.cardsSent[person] = sent + 1
            let card = Card(text: text, author: person)
            let lot = request.lot
            effects += changeFromRoom { workshop in
                workshop.sections[index].body.modifyBoard { board in
                    board.hidden.insert(card, at: Int(lot % UInt64(board.hidden.count + 1)))
                }
            }
            return nil
        case (.editCard(let id, let text), .board(let board)):
            let text = RoomText.cleaned(text)
            guard !text.isEmpty else { return .empty }
            guard let at = board.hidden.firstIndex(where: { $0.id == id }) else { return board.position(of: id) == nil ? .gone : .notYours }
            guard board.hidden[at].author == person else { return .notYours }
            effects += changeFromRoom { workshop in
                workshop.sections[index].body.modifyBoard { board in
                    if let at = board.hidden.firstIndex(where: { $0.id == id }) { board.hidden[at].text = text }
                }
            }
            return nil
        case (.deleteCard(let id), .board(let board)):
            guard let at = board.hidden.firstIndex(where: { $0.id == id }) else { return board.position(of: id) == nil ? .gone : .notYours }
            guard board.hidden[at].author == person else { return .notYours }
            effects += changeFromRoom { workshop in
                workshop.sections[index].body.modifyBoard { board in board.hidden.removeAll { $0.id == id } }
            }
            return nil
        case (.placeDot(let id), .board(let board)):
            guard let budget = board.dotsPerParticipant else { return .notHere }
            guard board.position(of: id) != nil else { return .gone }
            guard board.dotsPlaced(by: person) < budget else { return .noDotsLeft }
            // Found again by id in each version it is applied to (during an edit, the edit's
            // starting point may hold the card elsewhere).
            effects += changeFromRoom { workshop in
                workshop.sections[index].body.modifyBoard { board in
                    if let position = board.position(of: id) { board.changeBallot(at: position, of: person, by: 1) }
                }
            }
            return nil
        case (.takeDot(let id), .board(let board)):
            guard board.dotsPerParticipant != nil else { return .notHere }
            guard let position = board.position(of: id) else { return .gone }
            guard board.card(at: position)?.ballots.contains(where: { $0.person == person }) == true else { return .noDotHere }
            effects += changeFromRoom { workshop in
                workshop.sections[index].body.modifyBoard { board in
                    if let position = board.position(of: id) { board.changeBallot(at: position, of: person, by: -1) }
                }
            }
            return nil
        case (.answer(let id, let text), .questions(let questions)):
            let text = RoomText.cleaned(text)
            guard !text.isEmpty else { return .empty }
            guard questions.contains(where: { $0.id == id }) else { return .gone }
            let line = workshop.answersAreAnonymous ? text : person + ": " + text
            if case .editing(var edit) = mode, edit.target == .notes(section: index, question: id) {
                // The facilitator is typing in these very notes: the answer joins the text being
                // typed, where they see it, so finishing the edit cannot drop it.
                edit.buffer.append(line: line)
                mode = .editing(edit)
                write(edit.buffer.text, to: edit.target)
                effects += save()
                return nil
            }
            effects += changeFromRoom { workshop in
                workshop.sections[index].body.modifyQuestions { questions in
                    guard let at = questions.firstIndex(where: { $0.id == id }) else { return }
                    let notes = questions[at].notes
                    questions[at].notes = notes.isEmpty ? line : notes + "\n" + line
                }
            }
            return nil
        case (.addCard, _), (.editCard, _), (.deleteCard, _), (.placeDot, _), (.takeDot, _), (.answer, _):
            return .notHere
        }
    }

    /// Applies a change that came from the room as one undo step of its own, whatever the
    /// facilitator is doing: during an edit it is recorded before the edit's step and joins the
    /// edit's starting point, so undoing the edit keeps it (as with arrived cards).
    mutating func changeFromRoom(_ change: (inout Workshop) -> Void) -> [AppEffect] {
        // A request that changes nothing (a card saved unchanged) is no reason to ring the laptop.
        guard case .editing(var edit) = mode else { return commit(change).filter { $0 != .bell } }
        history.record(History.Snapshot(workshop: edit.before, section: sectionIndex, cursors: cursors))
        change(&edit.before)
        change(&workshop)
        mode = .editing(edit)
        return save()
    }
}

/// Text from a phone as it may enter the workshop: one line, no control characters, trimmed,
/// at most `maximumLength` characters.
public enum RoomText {
    /// The most characters a card or an answer from a phone keeps.
    public static let maximumLength = 200

    /// The text cleaned; empty when nothing is left.
    public static func cleaned(_ text: String) -> String {
        let line = String(VisibleText.oneLine(text).trimmingWhitespace)
        return String(String(line.prefix(maximumLength)).trimmingWhitespace)
    }
}
