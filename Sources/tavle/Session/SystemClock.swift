import TavleCore
import TavlePlatform
import TavleScreen

/// The real clock, read by the run loop and handed to the core as `.clock` events; the core
/// itself never reads a clock, so its tests use made-up readings.
struct SystemClock {
    /// Today's date and the monotonic time it was read at: the date is read again at most
    /// once a minute, as the local time zone lookup is not free and runs on every key.
    private var today: (date: CalendarDate?, readAt: Int64)?

    /// Now: monotonic milliseconds and today's local date.
    mutating func reading() -> ClockReading {
        let milliseconds = Self.monotonicMilliseconds()
        if let today, milliseconds - today.readAt < 60_000 {
            return ClockReading(milliseconds: milliseconds, today: today.date)
        }
        let date = Self.localDate()
        today = (date, milliseconds)
        return ClockReading(milliseconds: milliseconds, today: date)
    }

    /// Now, read once: for commands that run and end.
    static func now() -> ClockReading {
        ClockReading(milliseconds: monotonicMilliseconds(), today: localDate())
    }

    /// Today, or the date a `--today YYYY-MM-DD` option gives instead.
    static func today(overriddenBy option: String?, text: any UICatalogue) throws -> CalendarDate? {
        guard let option else { return localDate() }
        guard let given = CalendarDate(iso: option) else { throw CommandFailure(text.todayFormat) }
        return given
    }

    private static func monotonicMilliseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
    }

    /// The local time now in `strftime`'s `format`: lock holders and conflict copies.
    static func localStamp(_ format: String) -> String {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 64)
        let length = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func localDate() -> CalendarDate? {
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
