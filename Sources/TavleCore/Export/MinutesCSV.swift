/// One row per checklist point, note, card and action item, for a spreadsheet: RFC 4180
/// (quoted fields, CRLF), UTF-8, with `;` and a byte-order mark on request for spreadsheet
/// programs set to Danish. Deadlines are ISO (`2026-12-01`) whatever the config's
/// `date-format`: a spreadsheet reads and sorts them as dates in any locale, which it would
/// not do with `1. dec. 2026`.
public enum MinutesCSV {
    /// The columns, in order, in English; the README (`tavle export`) says what each holds.
    public static let header = ["section", "kind", "column", "rank", "votes", "text", "who", "when", "done"]

    /// The header and the words in cells, in a language.
    struct Words {
        var header: [String]
        var point: String, note: String, card: String, action: String
        var yes: String, no: String

        /// The words of `language`: Danish like the kits, or English.
        static func of(_ language: Language) -> Words {
            switch language {
            case .da: Words(header: ["afsnit", "type", "kolonne", "plads", "prikker", "tekst", "hvem", "frist", "gjort"],
                            point: "punkt", note: "note", card: "kort", action: "handling", yes: "ja", no: "nej")
            case .en: Words(header: MinutesCSV.header, point: "point", note: "note", card: "card", action: "action", yes: "yes", no: "no")
            }
        }
    }

    /// The table.
    public static func render(_ workshop: Workshop, options: CSVOptions = CSVOptions()) -> String {
        // Rows are written as they are made: an array of every row of fields first cost nine
        // strings a card.
        let separator = String(options.separator)
        var body = options.byteOrderMark ? "\u{FEFF}" : ""
        func add(_ row: [String]) {
            var first = true
            for value in row {
                if !first { body += separator }
                body += field(defusingFormula(VisibleText.keepingLineBreaks(value)), separator: options.separator)
                first = false
            }
            body += "\r\n"
        }
        let words = Words.of(options.language)
        add(words.header)
        for section in workshop.sections {
            section.body.content.csvRows(section: section.title, words: words).forEach(add)
        }
        return body
    }

    /// A field, quoted when it holds the separator, a quote, or a line break.
    static func field(_ text: String, separator: Character) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingQuotes + "\""
    }

    /// Spreadsheets run text starting with = + - @ (or a tab or carriage return) as a formula;
    /// a leading apostrophe keeps such text as text (the OWASP advice for CSV injection).
    static func defusingFormula(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}

extension String {
    /// Doubles every quote, as RFC 4180 writes a quote inside a quoted field.
    fileprivate var replacingQuotes: String {
        var result = ""
        for character in self {
            if character == "\"" { result += "\"\"" } else { result.append(character) }
        }
        return result
    }
}
