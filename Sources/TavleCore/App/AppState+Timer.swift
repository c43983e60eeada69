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
            guard let minutes = currentSection?.minutes else {
                notice = .noSuggestedTime
                beginTimerPrompt()
                return []
            }
            start(milliseconds: Int64(minutes) * 60_000)
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
            // Back to the section's own time (minutes added with + go), paused.
            let start = currentSection?.minutes.map { Int64($0) * 60_000 } ?? timer.total
            if timer.elapsedBeforeResume == 0, !timer.isRunning, !timer.hasRung, timer.total == start {
                self.timer = nil  // reset twice: no timer
            } else {
                self.timer = Timebox(total: start)
            }
            return []
        default:
            return []
        }
    }

    /// Starts a new countdown now.
    mutating func start(milliseconds: Int64) {
        var timer = Timebox(total: milliseconds)
        timer.resume(at: clock.milliseconds)
        self.timer = timer
    }

    private mutating func beginTimerPrompt() {
        let suggested = currentSection?.minutes.map(String.init) ?? ""
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
