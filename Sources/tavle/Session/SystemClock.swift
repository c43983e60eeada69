import Glibc
import TavleCore

/// The real clock, read by the run loop and handed to the core as `.clock` events; the core
/// itself never reads a clock, so its tests use made-up readings.
enum SystemClock {
    /// Now: monotonic milliseconds and today's local date.
    static func now() -> ClockReading {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        let milliseconds = Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
        var seconds = time(nil)
        var parts = tm()
        localtime_r(&seconds, &parts)
        let today = CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
        return ClockReading(milliseconds: milliseconds, today: today)
    }
}
