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
    public static func parse(_ text: String) throws(FormatError) -> [Entry] {
        var entries: [Entry] = []
        var table = ""
        var seen: Set<String> = []
        // Split on line feeds as scalars: "\r\n" is one Character and would hide every line end.
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        for (offset, rawLine) in scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            var line = Array(String(String.UnicodeScalarView(rawLine)))
            while line.last == "\r" { line.removeLast() }
            var index = skipSpaces(line, 0)
            guard index < line.count, line[index] != "#" else { continue }
            if line[index] == "[" {
                guard let close = line[index...].firstIndex(of: "]") else {
                    throw FormatError(line: number, column: index + 1, .tableHeadingSyntax)
                }
                let name = String(line[(index + 1)..<close]).trimmingWhitespace
                guard isBareKey(name) else { throw FormatError(line: number, column: index + 2, .tableNameSyntax) }
                let rest = skipSpaces(line, close + 1)
                guard rest == line.count || line[rest] == "#" else {
                    throw FormatError(line: number, column: rest + 1, .textAfterTableHeading)
                }
                table = String(name)
                continue
            }
            let keyStart = index
            while index < line.count, line[index] != "=", line[index] != " ", line[index] != "\t" { index += 1 }
            let key = String(line[keyStart..<index])
            guard isBareKey(key[...]) else {
                throw FormatError(line: number, column: keyStart + 1, .keyValueSyntax)
            }
            index = skipSpaces(line, index)
            guard index < line.count, line[index] == "=" else {
                throw FormatError(line: number, column: index + 1, .equalsMissing(after: key))
            }
            index = skipSpaces(line, index + 1)
            let valueColumn = index + 1
            let (value, end) = try parseValue(line, index, line: number)
            let after = skipSpaces(line, end)
            guard after == line.count || line[after] == "#" else {
                throw FormatError(line: number, column: after + 1, .textAfterValue)
            }
            let path = table.isEmpty ? key : table + "." + key
            guard seen.insert(path).inserted else {
                throw FormatError(line: number, column: keyStart + 1, .setTwice(path))
            }
            entries.append(Entry(path: path, value: value, line: number, column: valueColumn))
        }
        return entries
    }

    private static func parseValue(_ line: [Character], _ start: Int, line number: Int) throws(FormatError) -> (Value, Int) {
        guard start < line.count else { throw FormatError(line: number, column: start + 1, .valueMissing) }
        switch line[start] {
        case "\"", "'":
            let (text, end) = try parseString(line, start, line: number)
            return (.string(text), end)
        case "[":
            var items: [String] = []
            var index = skipSpaces(line, start + 1)
            while index < line.count, line[index] != "]" {
                guard line[index] == "\"" || line[index] == "'" else {
                    throw FormatError(line: number, column: index + 1, .listSyntax)
                }
                let (text, end) = try parseString(line, index, line: number)
                items.append(text)
                index = skipSpaces(line, end)
                if index < line.count, line[index] == "," { index = skipSpaces(line, index + 1) }
            }
            guard index < line.count else { throw FormatError(line: number, column: line.count + 1, .listNotClosed) }
            return (.strings(items), index + 1)
        default:
            var end = start
            while end < line.count, line[end] != " ", line[end] != "\t", line[end] != "#" { end += 1 }
            let word = String(line[start..<end])
            if word == "true" { return (.bool(true), end) }
            if word == "false" { return (.bool(false), end) }
            if let number = Int(word.replacingUnderscores) { return (.integer(number), end) }
            throw FormatError(line: number, column: start + 1, .bareWord(word))
        }
    }

    private static func parseString(_ line: [Character], _ start: Int, line number: Int) throws(FormatError) -> (String, Int) {
        let quote = line[start]
        var text = ""
        var index = start + 1
        while index < line.count {
            let character = line[index]
            if character == quote { return (text, index + 1) }
            if character == "\\", quote == "\"" {
                guard index + 1 < line.count else { break }
                switch line[index + 1] {
                case "\"": text.append("\"")
                case "\\": text.append("\\")
                case "n": text.append("\n")
                case "t": text.append("\t")
                default: throw FormatError(line: number, column: index + 1, .unknownEscape(line[index + 1]))
                }
                index += 2
                continue
            }
            text.append(character)
            index += 1
        }
        throw FormatError(line: number, column: start + 1, .stringNotClosed(quote))
    }

    private static func skipSpaces(_ line: [Character], _ start: Int) -> Int {
        var index = start
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        return index
    }

    private static func isBareKey(_ key: Substring) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}

extension String {
    /// TOML allows 1_000 for 1000.
    fileprivate var replacingUnderscores: String { String(filter { $0 != "_" }) }
}
