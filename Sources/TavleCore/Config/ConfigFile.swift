/// The small part of TOML a config file needs: `key = value` lines, `[table]` headings,
/// comments, and values that are strings ("…" with \" \\ \n \t escapes, or '…' literal),
/// whole numbers, true/false, and arrays of strings on one line. Anything else is an error
/// at its line and column, so a typo is found where it is.
public enum ConfigFile {
    /// One value, with where it was written.
    public struct Entry: Equatable, Sendable {
        /// The table and the key, e.g. `keys.undo`; top-level keys have no table.
        public var path: String
        public var value: Value
        public var line: Int
        /// The column of the value.
        public var column: Int
    }

    /// A value of a supported type.
    public enum Value: Equatable, Sendable {
        case string(String)
        case integer(Int)
        case bool(Bool)
        case strings([String])

        /// Which type it is, for a message about the wrong one.
        public var kind: ValueKind {
            switch self {
            case .string: .string
            case .integer: .integer
            case .bool: .bool
            case .strings: .strings
            }
        }
    }

    /// The types a value can have.
    public enum ValueKind: Equatable, Sendable {
        case string, integer, bool, strings
    }

    /// Every entry in file order; the first problem ends the parse.
    ///
    /// Lines are read by `TextLines` and scanned by scalar; columns are counted in characters
    /// only for a message. (Each line was an array of `Character`s, 16 bytes and a grapheme
    /// break each, and strings grew a character at a time: a 50 MB string took 20 s and 900 MB.)
    public static func parse(_ text: String) throws(FormatError) -> [Entry] {
        var entries: [Entry] = []
        var table = ""
        var seen: Set<String> = []
        var body = text[...]
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        for (offset, text) in TextLines(body).enumerated() {
            let line = Line(text: text, number: offset + 1)
            var index = line.skipSpaces(line.start)
            guard index < line.end, line[index] != "#" else { continue }
            if line[index] == "[" {
                guard let close = line.scalars[index...].firstIndex(of: "]") else {
                    throw line.error(at: index, .tableHeadingSyntax)
                }
                let name = line.text[line.after(index)..<close].trimmingWhitespace
                guard isBareKey(name) else { throw line.error(at: line.after(index), .tableNameSyntax) }
                let rest = line.skipSpaces(line.after(close))
                guard rest == line.end || line[rest] == "#" else {
                    throw line.error(at: rest, .textAfterTableHeading)
                }
                table = String(name)
                continue
            }
            let keyStart = index
            while index < line.end, line[index] != "=", line[index] != " ", line[index] != "\t" { index = line.after(index) }
            let key = String(line.text[keyStart..<index])
            guard isBareKey(key[...]) else {
                throw line.error(at: keyStart, .keyValueSyntax)
            }
            index = line.skipSpaces(index)
            guard index < line.end, line[index] == "=" else {
                throw line.error(at: index, .equalsMissing(after: key))
            }
            index = line.skipSpaces(line.after(index))
            let valueColumn = line.column(of: index)
            let (value, end) = try parseValue(line, index)
            let after = line.skipSpaces(end)
            guard after == line.end || line[after] == "#" else {
                throw line.error(at: after, .textAfterValue)
            }
            let path = table.isEmpty ? key : table + "." + key
            guard seen.insert(path).inserted else {
                throw line.error(at: keyStart, .setTwice(path))
            }
            entries.append(Entry(path: path, value: value, line: line.number, column: valueColumn))
        }
        return entries
    }

    /// One line of the file, read by scalar.
    private struct Line {
        let text: Substring
        let number: Int
        var scalars: Substring.UnicodeScalarView { text.unicodeScalars }
        var start: String.Index { text.startIndex }
        var end: String.Index { text.endIndex }

        subscript(index: String.Index) -> Unicode.Scalar { scalars[index] }

        func after(_ index: String.Index) -> String.Index { scalars.index(after: index) }

        func skipSpaces(_ start: String.Index) -> String.Index {
            var index = start
            while index < end, scalars[index] == " " || scalars[index] == "\t" { index = after(index) }
            return index
        }

        /// The 1-based column of `index`, in characters as an editor counts them.
        func column(of index: String.Index) -> Int { text[..<index].count + 1 }

        func error(at index: String.Index, _ problem: FormatProblem) -> FormatError {
            FormatError(line: number, column: column(of: index), problem)
        }
    }

    private static func parseValue(_ line: Line, _ start: String.Index) throws(FormatError) -> (Value, String.Index) {
        guard start < line.end else { throw line.error(at: start, .valueMissing) }
        switch line[start] {
        case "\"", "'":
            let (text, end) = try parseString(line, start)
            return (.string(text), end)
        case "[":
            var items: [String] = []
            var index = line.skipSpaces(line.after(start))
            while index < line.end, line[index] != "]" {
                guard line[index] == "\"" || line[index] == "'" else {
                    throw line.error(at: index, .listSyntax)
                }
                let (text, end) = try parseString(line, index)
                items.append(text)
                index = line.skipSpaces(end)
                if index < line.end, line[index] == "," { index = line.skipSpaces(line.after(index)) }
            }
            guard index < line.end else { throw line.error(at: line.end, .listNotClosed) }
            return (.strings(items), line.after(index))
        default:
            var end = start
            while end < line.end, line[end] != " ", line[end] != "\t", line[end] != "#" { end = line.after(end) }
            let word = String(line.text[start..<end])
            if word == "true" { return (.bool(true), end) }
            if word == "false" { return (.bool(false), end) }
            if let number = Int(word.replacingUnderscores) { return (.integer(number), end) }
            throw line.error(at: start, .bareWord(word))
        }
    }

    /// A quoted string; the text between escapes is copied a run at a time.
    private static func parseString(_ line: Line, _ start: String.Index) throws(FormatError) -> (String, String.Index) {
        let quote = line[start]
        var text = ""
        var index = line.after(start)
        var run = index
        while index < line.end {
            let scalar = line[index]
            if scalar == quote {
                text += line.text[run..<index]
                return (text, line.after(index))
            }
            if scalar == "\\", quote == "\"" {
                text += line.text[run..<index]
                let escaped = line.after(index)
                guard escaped < line.end else { break }
                switch line[escaped] {
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: throw line.error(at: index, .unknownEscape(line.text[escaped...].first ?? " "))
                }
                index = line.after(escaped)
                run = index
                continue
            }
            index = line.after(index)
        }
        throw line.error(at: start, .stringNotClosed(Character(quote)))
    }

    private static func isBareKey(_ key: Substring) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}

extension String {
    /// TOML allows 1_000 for 1000.
    fileprivate var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
