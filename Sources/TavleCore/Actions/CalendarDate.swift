/// A day in the calendar, without time or time zone: what a deadline or a meeting date is.
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Creates a date; nil when the day does not exist (31 April, 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601, `2026-12-01`: how dates are written in the file, sortable as text.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Danish short form for the screen, `1. dec. 2026`, which nobody misreads as month-first.
    public var danish: String {
        "\(day). \(CalendarDate.danishMonths[month - 1]) \(year)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static let danishMonths = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

    /// The day `days` after this one (before it when negative).
    public func adding(days: Int) -> CalendarDate {
        let number = dayNumber + days
        return CalendarDate(dayNumber: number)
    }

    /// Days since 1 March of year 0 in the proleptic Gregorian calendar; makes day arithmetic
    /// a subtraction.
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra
    }

    private init(dayNumber: Int) {
        let era = (dayNumber >= 0 ? dayNumber : dayNumber - 146_096) / 146_097
        let dayOfEra = dayNumber - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }
}

extension CalendarDate {
    /// Why typed text is not a date, in words for the facilitator.
    public enum ParseProblem: Error, Equatable, Sendable {
        /// Not a form Tavle reads.
        case unreadable
        /// A form Tavle reads, naming a day that does not exist (31/4, 29/2/2027).
        case noSuchDay
    }

    /// Reads a date as people type it in Denmark: ISO `2026-12-01`, or day first with `/`, `.`
    /// or `-` between day, month and an optional year (`1/12`, `1.12.2026`, `1/12-26`,
    /// `01-12-2026`). Without a year, the next such day is meant, or one of the last month (a
    /// deadline typed in December as `15/1` is next January's; a meeting held on `1/12` and
    /// noted two days later is this year's); two-digit years are 20xx.
    public static func parse(_ text: String, today: CalendarDate?) -> Result<CalendarDate, ParseProblem> {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty, trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "/.-".unicodeScalars.contains($0) }) else {
            return .failure(.unreadable)
        }
        var numbers: [Substring] = []
        var separators: [Character] = []
        var start = trimmed.startIndex
        for index in trimmed.indices {
            let character = trimmed[index]
            if character.isASCII, character.isNumber { continue }
            numbers.append(trimmed[start..<index])
            separators.append(character)
            start = trimmed.index(after: index)
        }
        numbers.append(trimmed[start...])
        guard numbers.allSatisfy({ !$0.isEmpty && $0.count <= 4 }) else { return .failure(.unreadable) }
        let values = numbers.compactMap { Int($0) }
        guard values.count == numbers.count else { return .failure(.unreadable) }
        let date: CalendarDate?
        switch (values.count, numbers.first?.count ?? 0) {
        case (3, 4):
            // ISO: year first, only with dashes.
            guard separators == ["-", "-"], numbers[1].count <= 2, numbers[2].count <= 2 else { return .failure(.unreadable) }
            date = CalendarDate(year: values[0], month: values[1], day: values[2])
        case (2, 1...2):
            guard let today, numbers[1].count <= 2 else { return .failure(.unreadable) }
            let thisYear = CalendarDate(year: today.year, month: values[1], day: values[0])
            if let thisYear, thisYear.dayNumber < today.dayNumber - Self.recentDays {
                // Long past this year: next year's, when that day exists (29/2 may not).
                date = CalendarDate(year: today.year + 1, month: values[1], day: values[0]) ?? thisYear
            } else {
                date = thisYear ?? CalendarDate(year: today.year + 1, month: values[1], day: values[0])
            }
        case (3, 1...2):
            guard numbers[1].count <= 2, numbers[2].count == 2 || numbers[2].count == 4 else { return .failure(.unreadable) }
            let year = numbers[2].count == 2 ? 2000 + values[2] : values[2]
            date = CalendarDate(year: year, month: values[1], day: values[0])
        default:
            return .failure(.unreadable)
        }
        guard let date else { return .failure(.noSuchDay) }
        return .success(date)
    }

    /// How far back a date typed without a year may lie and still be this year's.
    static let recentDays = 31

    /// Reads the file's ISO form only; nil for anything else.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
