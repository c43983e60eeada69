/// One meeting of a workshop held in parts: partnerskab's first evening (Trin 1–3, the
/// forening alone), then the meeting with an interested partner (Trin 4–5) weeks later. The
/// agenda shows where one ends and the next begins, the start screen offers to continue at
/// the next, and the minutes cover one meeting at a time.
public struct MeetingPart: Equatable, Sendable {
    /// 1 for the first meeting.
    public var number: Int
    /// The divider's words (`<!-- meeting: Møde 2: Med partneren -->`); nil for a first
    /// meeting without a divider of its own.
    public var title: String?
    /// The sections the meeting covers.
    public var sections: Range<Int>
}

extension Workshop {
    /// The workshop's meetings, in order: one covering every section, unless dividers split it.
    public var meetingParts: [MeetingPart] {
        var parts: [MeetingPart] = []
        for (index, section) in sections.enumerated() where index == 0 || section.opensMeeting != nil {
            if var last = parts.popLast() {
                last.sections = last.sections.lowerBound..<index
                parts.append(last)
            }
            parts.append(MeetingPart(number: parts.count + 1, title: section.opensMeeting, sections: index..<sections.count))
        }
        return parts
    }

    /// The meeting that section `index` belongs to.
    public func meetingPart(containing index: Int) -> MeetingPart? {
        meetingParts.first { $0.sections.contains(index) }
    }

    /// The meeting the group met for last: the last one where anything was ticked, written,
    /// placed or agreed; the first when nothing was yet. Exports cover it unless told otherwise.
    public var lastMeetingHeld: MeetingPart? {
        let parts = meetingParts
        return lastTouched(of: parts) ?? parts.first
    }

    /// The meeting after the last one held, when the group has met but not yet for it: what
    /// the start screen offers to continue at. Nil when nothing was done yet, or every
    /// meeting has begun.
    public var nextMeeting: MeetingPart? {
        let parts = meetingParts
        guard let held = lastTouched(of: parts) else { return nil }
        return parts.first { $0.number == held.number + 1 }
    }

    /// The last of `parts` where the group did anything.
    private func lastTouched(of parts: [MeetingPart]) -> MeetingPart? {
        parts.last { part in part.sections.contains { sections[$0].isTouched } }
    }

    /// What minutes cover of a workshop held in parts: one meeting, or all of them.
    public enum MinutesScope: Equatable, Sendable {
        /// Every meeting, in one document.
        case all
        /// The meeting with this number (from 1).
        case meeting(Int)
        /// The last meeting the group held (`lastMeetingHeld`).
        case lastHeld
    }

    /// The workshop as minutes of `scope` see it: the sections of that meeting only, under a
    /// title that names the meeting ("… – Møde 2: Med partneren"), and the meeting's number (for
    /// the export's file name). A workshop of one meeting is itself whatever the scope, with no
    /// number, as are all meetings together; nil for a meeting number it does not have.
    public func minutes(of scope: MinutesScope, labels: MinutesLabels = .danish) -> (workshop: Workshop, meeting: Int?)? {
        let parts = meetingParts
        guard parts.count > 1 else { return scope == .all || scope == .meeting(1) || scope == .lastHeld ? (self, nil) : nil }
        let part: MeetingPart
        switch scope {
        case .all: return (self, nil)
        case .meeting(let number):
            guard parts.indices.contains(number - 1) else { return nil }
            part = parts[number - 1]
        case .lastHeld:
            part = lastTouched(of: parts) ?? parts[0]
        }
        var copy = self
        copy.sections = Array(sections[part.sections])
        copy.title = title + " – " + (part.title ?? "\(labels.meeting) \(part.number)")
        return (copy, part.number)
    }
}

extension Section {
    /// Whether the group did anything in it: a point ticked, a note, a card, an action item
    /// given an owner or a date.
    public var isTouched: Bool {
        switch body {
        case .checklist(let checklist): checklist.tickedCount > 0
        case .questions(let questions): questions.contains { !$0.notes.trimmingWhitespace.isEmpty }
        case .board(let board): board.columns.contains { !$0.cards.isEmpty }
        case .actions(let items): items.contains { $0.isDone || $0.due != nil || !$0.who.trimmingWhitespace.isEmpty }
        }
    }
}
