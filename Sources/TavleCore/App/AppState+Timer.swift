/// Timeboxes: the section's suggested time as a countdown that keeps running whatever else
/// the facilitator does, and rings once at zero.
extension AppState {
    /// The clock moved on: records the reading, and rings when the countdown reaches zero.
    mutating func tick(_ reading: ClockReading) -> [AppEffect] {
        clock = reading
        // A countdown of more than two minutes says when its last minute begins, once.
        if var timer, timer.isRunning, !timer.hasWarned, timer.total > 120_000,
           (1...60_000).contains(timer.remaining(at: reading.milliseconds)) {
            timer.hasWarned = true
            self.timer = timer
            notice = .oneMinuteLeft
            return [.flash]
        }
        guard var timer, timer.isRunning, !timer.hasRung, timer.remaining(at: reading.milliseconds) == 0 else { return [] }
        timer.pause(at: reading.milliseconds)
        timer.hasRung = true
        self.timer = timer
        return [.bell, .flash]
    }

    /// Start, pause, resume, type a time, add a minute, reset.
    mutating func performTimer(_ command: Command) -> [AppEffect] {
        let now = clock.milliseconds
        switch command {
        case .timerStartPause:
            if var timer {
                if timer.hasRung {
                    self.timer = nil  // dismissed
                } else if timer.isRunning {
                    timer.pause(at: now)
                    self.timer = timer
                } else {
                    timer.resume(at: now)
                    self.timer = timer
                }
                return []
            }
            guard let part = nextTimebox else {
                notice = .noSuggestedTime
                beginTimerPrompt()
                return []
            }
            room.timeboxesStarted[sectionIndex, default: 0] += 1
            start(milliseconds: Int64(part.minutes) * 60_000, part: part.count > 1 ? part : nil)
            return []
        case .timerSet:
            beginTimerPrompt()
            return []
        case .timerAddMinute:
            guard var timer, !timer.hasRung else { return [.bell] }
            timer.total += 60_000
            self.timer = timer
            return []
        case .timerReset:
            guard let timer else { return [.bell] }
            // Back to the part's own time (minutes added with + go), paused.
            let start = timer.part.map { Int64($0.minutes) * 60_000 } ?? currentSection?.minutes.map { Int64($0) * 60_000 } ?? timer.total
            if timer.elapsedBeforeResume == 0, !timer.isRunning, !timer.hasRung, timer.total == start {
                self.timer = nil  // reset twice: no timer
            } else {
                self.timer = Timebox(total: start, part: timer.part)
            }
            return []
        default:
            return []
        }
    }

    /// The section's timed part that `t` starts next: its parts in turn, then the first again.
    var nextTimebox: Timebox.Part? {
        guard let timeboxes = currentSection?.timeboxes, !timeboxes.isEmpty else { return nil }
        let index = room.timeboxesStarted[sectionIndex, default: 0] % timeboxes.count
        return Timebox.Part(number: index + 1, count: timeboxes.count, minutes: timeboxes[index])
    }

    /// Starts a new countdown now.
    mutating func start(milliseconds: Int64, part: Timebox.Part? = nil) {
        var timer = Timebox(total: milliseconds, part: part)
        timer.resume(at: clock.milliseconds)
        self.timer = timer
    }

    private mutating func beginTimerPrompt() {
        let suggested = nextTimebox.map { String($0.minutes) } ?? ""
        beginEdit(.timerDuration, text: suggested, isNew: false, suggested: true)
    }

    /// "Time is up" is dismissed by its own keys (the key map's `timeUp` scope: Esc, Enter,
    /// t), so the room can be sure it was seen; any other key works as usual and leaves the
    /// message standing.
    mutating func dismissTimeUp(for key: Key) -> Bool {
        guard isTimeUp, keyMap.dismissesTimeUp(key) else { return false }
        timer = nil
        return true
    }
}
