/// What a workshop can be exported as, for people who do not run Tavle.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One printable page: the minutes (or the agreement) to e-mail and print on A4.
    case html
    /// The minutes as Markdown, for a wiki or an e-mail.
    case md
    /// One row per point, note, card and action item, for a spreadsheet.
    case csv
    /// Plain text.
    case txt

    /// The file name extension.
    public var fileExtension: String { rawValue }
}

/// Options for the CSV export; Danish spreadsheet programs expect `;` and a byte-order mark.
public struct CSVOptions: Equatable, Sendable {
    /// The field separator: `,` (RFC 4180) or `;`.
    public var separator: Character = ","
    /// Start with a UTF-8 byte-order mark, so Excel reads æ, ø, å right.
    public var byteOrderMark = false
    /// The language of the header and of the words in the cells (`punkt`, `ja`): the
    /// workshop's, Danish like the kits, unless `--lang` says otherwise.
    public var language: Language = .da

    /// Creates options.
    public init(separator: Character = ",", byteOrderMark: Bool = false, language: Language = .da) {
        self.separator = separator
        self.byteOrderMark = byteOrderMark
        self.language = language
    }
}

/// Turns a workshop into the chosen format's text.
public enum WorkshopExport {
    /// The whole export as text. Dates for people to read (html, md, txt) are written in
    /// `dateStyle`, the config's `date-format`, so the minutes read as the screen did; CSV
    /// keeps ISO dates, which spreadsheets read and sort whatever their locale.
    public static func render(_ workshop: Workshop, as format: ExportFormat, csv: CSVOptions = CSVOptions(),
                              labels: MinutesLabels = .danish, dateStyle: Settings.DateStyle = .danish) -> String {
        switch format {
        case .html: MinutesHTML.render(workshop, labels: labels, dateStyle: dateStyle)
        case .md: MinutesMarkdown.render(workshop, labels: labels, dateStyle: dateStyle)
        case .csv: MinutesCSV.render(workshop, options: csv)
        case .txt: MinutesText.render(workshop, labels: labels, dateStyle: dateStyle)
        }
    }

    /// The sections the minutes tell of, and the titles of those nobody touched: no point
    /// ticked, no note, no card, no action item with an owner, a date or a tick. Those are
    /// listed once as not reached, rather than each with its "(no notes)".
    static func reached(_ workshop: Workshop) -> (sections: [Section], notReached: [String]) {
        var reached: [Section] = []
        var notReached: [String] = []
        for section in workshop.sections {
            if section.isTouched { reached.append(section) } else { notReached.append(section.title) }
        }
        return (reached, notReached)
    }

    /// The lines of the meeting's header: date, place, participants; empty parts left out.
    static func meetingFacts(_ workshop: Workshop, labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [(label: String, value: String)] {
        var facts: [(String, String)] = []
        if let date = workshop.meetingDate { facts.append((labels.date, dateStyle.format(date))) }
        if !workshop.place.isEmpty { facts.append((labels.place, workshop.place)) }
        if !workshop.participants.isEmpty { facts.append((labels.participants, workshop.participants.joined(separator: ", "))) }
        return facts
    }
}
