/// What the injected clock says: a monotonic time for countdowns and the calendar day for
/// deadlines. The run loop reads the real clock; tests make up readings and never sleep.
public struct ClockReading: Equatable, Sendable {
    /// Milliseconds on a clock that never jumps (not wall time).
    public var milliseconds: Int64
    /// Today's date where the facilitator is.
    public var today: CalendarDate?

    /// Creates a reading.
    public init(milliseconds: Int64, today: CalendarDate? = nil) {
        self.milliseconds = milliseconds
        self.today = today
    }
}

/// A countdown for a step of the guide, e.g. three minutes of silent reflection.
///
/// It is measured against clock readings rather than counted down tick by tick, so a late or
/// missed tick never makes it wrong, and pausing keeps exactly what was left.
public struct Timebox: Equatable, Sendable {
    /// The whole time set, added minutes included, in milliseconds.
    public var total: Int64
    /// Time that ran before the last resume.
    public var elapsedBeforeResume: Int64 = 0
    /// When it was last started or resumed; nil while paused.
    public var runningSince: Int64?
    /// Set when it reached zero; the "time is up" message shows until dismissed.
    public var hasRung = false
    /// Set when the last minute began and the room was told.
    public var hasWarned = false
    /// Which of the section's timed parts this is, where it has more than one.
    public var part: Part?

    /// One of a section's timed parts (`minutes=3+27`): the second of two, 27 minutes.
    public struct Part: Equatable, Sendable {
        public var number: Int
        public var count: Int
        public var minutes: Int
    }

    /// A paused countdown of `total` milliseconds.
    public init(total: Int64, part: Part? = nil) {
        self.total = total
        self.part = part
    }

    /// The symbol before the time left: drawn by the fonts terminals ship (DejaVu Sans Mono
    /// has no ⏱ or ⏰), running, paused, or up.
    public var symbol: String {
        hasRung ? "■" : (isRunning ? "▸" : "‖")
    }

    /// Whether it is counting down.
    public var isRunning: Bool { runningSince != nil }

    /// Milliseconds left at `now`, never below zero.
    public func remaining(at now: Int64) -> Int64 {
        let running = runningSince.map { max(0, now - $0) } ?? 0
        return max(0, total - elapsedBeforeResume - running)
    }

    /// Starts or resumes at `now`.
    public mutating func resume(at now: Int64) {
        guard runningSince == nil else { return }
        runningSince = now
    }

    /// Pauses at `now`, keeping what is left.
    public mutating func pause(at now: Int64) {
        guard let since = runningSince else { return }
        elapsedBeforeResume += max(0, now - since)
        runningSince = nil
    }

    /// Whole seconds left as the display shows them, rounded up so "0:00" means time is up.
    public func secondsShown(at now: Int64) -> Int {
        Int((remaining(at: now) + 999) / 1000)
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    public static func format(seconds: Int) -> String {
        let hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(rest))" : "\(seconds / 60):\(twoDigits(rest))"
    }

    /// Reads a typed duration: whole minutes (`3`), minutes and seconds (`2:30`), or seconds
    /// (`90s`, `90 sek`); in milliseconds, at most 24 hours. Nil for anything else.
    public static func parseDuration(_ text: String) -> Int64? {
        let trimmed = text.trimmingWhitespace.lowercased()
        let digitsOnly = { (part: Substring) in !part.isEmpty && part.count <= 5 && part.allSatisfy { $0.isASCII && $0.isNumber } }
        var seconds: Int?
        if let colon = trimmed.firstIndex(of: ":") {
            let minutes = trimmed[..<colon], rest = trimmed[trimmed.index(after: colon)...]
            if digitsOnly(minutes), digitsOnly(rest), rest.count == 2, let m = Int(minutes), let s = Int(rest), s < 60 {
                seconds = m * 60 + s
            }
        } else {
            let number = trimmed.prefix { $0.isASCII && $0.isNumber }
            let unit = trimmed.dropFirst(number.count).trimmingWhitespace
            if digitsOnly(number), let value = Int(number) {
                switch unit {
                case "", "m", "min", "minut", "minutter": seconds = value * 60
                case "s", "sek", "sekund", "sekunder": seconds = value
                default: seconds = nil
                }
            }
        }
        guard let seconds, seconds > 0, seconds <= 24 * 3600 else { return nil }
        return Int64(seconds) * 1000
    }
}
