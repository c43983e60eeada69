import Testing
@testable import TavleCore

@Suite("Dates as people type them")
struct CalendarDateTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)

    @Test("ISO and Danish day-first forms; a day without a year is the next one, unless it was within the last month", arguments: [
        ("2026-12-01", 2026, 12, 1), ("1/12", 2026, 12, 1), ("1.12.2026", 2026, 12, 1), ("01-12-2026", 2026, 12, 1),
        ("1/12-26", 2026, 12, 1), ("24.12", 2026, 12, 24), ("  3/1/2027 ", 2027, 1, 3), ("29/2/2028", 2028, 2, 29),
        ("2027-1-5", 2027, 1, 5), ("31.12.99", 2099, 12, 31),
        // Without a year: the next such day, or one of the last month (today is 23 November 2026).
        ("1/1", 2027, 1, 1), ("15/1", 2027, 1, 15), ("20/6", 2027, 6, 20), ("15/11", 2026, 11, 15), ("23/10", 2026, 10, 23),
        ("22/10", 2027, 10, 22),
    ])
    func good(text: String, year: Int, month: Int, day: Int) {
        #expect(CalendarDate.parse(text, today: Self.today) == .success(CalendarDate(year: year, month: month, day: day)!))
    }

    @Test("not dates, and days that do not exist", arguments: [
        ("", CalendarDate.ParseProblem.unreadable), ("i morgen", .unreadable), ("1/", .unreadable), ("12", .unreadable),
        ("1//12", .unreadable), ("2026/12/01", .unreadable), ("1.12.2026.1", .unreadable), ("123/12", .unreadable),
        ("1/12/202", .unreadable), ("32/12", .noSuchDay), ("31/4", .noSuchDay), ("29/2/2027", .noSuchDay), ("29/2", .noSuchDay),
        ("0/1", .noSuchDay), ("1/13", .noSuchDay), ("2026-02-30", .noSuchDay), ("1. dec", .unreadable),
    ])
    func bad(text: String, problem: CalendarDate.ParseProblem) {
        #expect(CalendarDate.parse(text, today: Self.today) == .failure(problem))
    }

    @Test("the file reads only whole ISO dates")
    func iso() {
        #expect(CalendarDate(iso: "2026-12-01") == CalendarDate(year: 2026, month: 12, day: 1))
        for text in ["2026-12-1", "1/12", "2026-13-01", "2026-12-01 ", "2026–12–01"] {
            #expect(CalendarDate(iso: text) == nil, "\(text)")
        }
    }

    @Test("day arithmetic agrees with counting days one by one, across leap years")
    func arithmetic() {
        var date = CalendarDate(year: 1999, month: 12, day: 25)!
        for step in 1...1_500 {
            let next = date.day < CalendarDate.days(inMonth: date.month, year: date.year)
                ? CalendarDate(year: date.year, month: date.month, day: date.day + 1)!
                : (date.month < 12 ? CalendarDate(year: date.year, month: date.month + 1, day: 1)! : CalendarDate(year: date.year + 1, month: 1, day: 1)!)
            #expect(date.adding(days: 1) == next, "step \(step) from \(date)")
            #expect(next.dayNumber - date.dayNumber == 1)
            date = next
        }
        #expect(CalendarDate(year: 2026, month: 12, day: 1)!.danish == "1. dec. 2026")
    }

    @Test("tavle actions: open items across workshops, soonest first, undated last, with file and section")
    func report() {
        var first = Workshop(title: "A", sections: [Section(title: "Opfølgning", body: .actions([
            ActionItem(what: "Uden frist"),
            ActionItem(what: "Senere", who: "Ali", due: CalendarDate(year: 2026, month: 12, day: 10)),
            ActionItem(what: "Gjort", due: CalendarDate(year: 2026, month: 1, day: 1), isDone: true),
        ]))])
        first.title = "A"
        let second = Workshop(title: "B", sections: [Section(title: "Gennemgang", body: .actions([
            ActionItem(what: "Overskredet", who: "Mette", due: CalendarDate(year: 2026, month: 11, day: 1)),
        ]))])
        var report = ActionReport()
        report.add(first, file: "a.md")
        report.add(second, file: "b.md")
        #expect(report.entries.map(\.item.what) == ["Overskredet", "Senere", "Uden frist"])
        #expect(report.lines(today: Self.today) == [
            "! 2026-11-01  Mette  Overskredet  (b.md: Gennemgang)",
            "  2026-12-10  Ali    Senere  (a.md: Opfølgning)",
            "  uden frist  –      Uden frist  (a.md: Opfølgning)",
        ])
    }
}
