/// Reads the file format into a `Workshop`, or says exactly where and why it cannot.
///
/// Line based: every line is classified once, then a small recursive-descent walk gives each
/// line its meaning from the section kind it stands in. Lenient where a hand-edited file is
/// unambiguous (CRLF, CR alone, a missing trailing space, blank lines), strict where guessing
/// could lose a meeting's state.
///
/// The walk never looks back, so lines are read one at a time (`TextLines`): memory is the
/// text and the workshop, nothing per line (10 MB of blank lines took 834 MB as an array of
/// lines).
public struct WorkshopParser {
    private var reader: TextLines
    /// The current line; nil past the last.
    var line: Substring?
    /// The current line's kind, classified once.
    var current: LineKind = .blank
    /// The current line's number less one.
    var index = 0
    /// Where each item was read, for `tavle check`'s positions.
    var map = SourceMap()

    /// Parses a whole file's text.
    public static func parse(_ text: String) throws(FormatError) -> Workshop {
        try parseWithSourceMap(text).workshop
    }

    /// Parses and also says which line each part came from, for checks that report positions.
    public static func parseWithSourceMap(_ text: String) throws(FormatError) -> (workshop: Workshop, map: SourceMap) {
        var parser = WorkshopParser(text: text)
        let workshop = try parser.parseWorkshop()
        return (workshop, parser.map)
    }

    /// Decodes bytes as UTF-8, naming the line and column of the first invalid byte.
    public static func decode(_ bytes: [UInt8]) throws(FormatError) -> String {
        try bytes.withUnsafeBufferPointer { buffer throws(FormatError) in try decode(buffer) }
    }

    /// Decodes bytes as UTF-8, naming the line and column of the first invalid byte.
    /// Concrete, not generic over collections: a generic `contains` called from another module
    /// is not specialized and cost 600 instructions a byte, a third of the start-up.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(FormatError) -> String {
        // A good file is validated at memory speed; only a bad one is walked scalar by scalar
        // to say where the problem is.
        if #available(macOS 15, *), !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) {
            return text
        }
        return try decodeLocatingProblems(bytes)
    }

    /// `decode` one scalar at a time, counting lines and columns for the error message, with
    /// the line ends `TextLines` reads: carriage returns followed by a line feed are one line
    /// end, a carriage return alone is one.
    static func decodeLocatingProblems(_ bytes: some Collection<UInt8>) throws(FormatError) -> String {
        var line = 1
        var column = 1
        // Carriage returns not yet known to be followed by a line feed.
        var returns = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text: [Unicode.Scalar] = []
        func endReturns() {
            if returns > 0 { line += returns; column = 1; returns = 0 }
        }
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\r" { returns += 1; text.append(scalar); continue }
                if scalar == "\n" {
                    returns = 0
                    line += 1
                    column = 1
                    text.append(scalar)
                    continue
                }
                endReturns()
                if scalar == "\0" {
                    throw FormatError(line: line, column: column, .nulByte)
                }
                text.append(scalar)
                column += 1
            case .emptyInput:
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text)
                return String(view)
            case .error:
                endReturns()
                throw FormatError(line: line, column: column, .invalidUTF8)
            }
        }
    }

    private init(text: String) {
        // Every carriage return belongs to a line end (CRLF, CR CR LF, CR alone), so text
        // never holds one, and round-trips.
        reader = TextLines(text)
        line = reader.next()
    }

    /// Moves to the next line.
    mutating func advance() {
        index += 1
        line = reader.next()
        current = line.map(Self.classify) ?? .blank
    }

    /// Whether there is a current line.
    var hasLine: Bool { line != nil }

    // MARK: Workshop

    private mutating func parseWorkshop() throws(FormatError) -> Workshop {
        guard var first = line else {
            throw FormatError(line: 1, column: 1, .emptyFile)
        }
        if first.unicodeScalars.first == "\u{FEFF}" { first = Substring(first.unicodeScalars.dropFirst()) }
        try checkVersion(first)
        advance()
        skipBlanks()
        guard case .heading(1, let title) = current else {
            throw error(.titleMissing)
        }
        map.title = index + 1
        advance()
        var workshop = Workshop(title: String(title))
        workshop.metadata = try parseMetadata()
        workshop.introduction = readText()
        var meeting: String?
        var meetingLine = 0
        while hasLine {
            if let title = meetingDivider {
                // A divider between meetings: the next section opens the meeting it names.
                guard meeting == nil else { throw unexpected(inside: nil) }
                meeting = title
                meetingLine = index + 1
                advance()
                skipBlanks()
                continue
            }
            guard case .heading(2, let title) = current else { throw unexpected(inside: nil) }
            map.sections.append(index + 1)
            map.items.append([])
            var section = try parseSection(title: String(title))
            section.opensMeeting = meeting
            meeting = nil
            workshop.sections.append(section)
        }
        if meeting != nil { throw FormatError(line: meetingLine, column: 1, .meetingWithoutSections) }
        return workshop
    }

    private func checkVersion(_ line: Substring) throws(FormatError) {
        if line == WorkshopFormat.versionLine { return }
        let words = Self.commentWords(line)
        if let words, words.first?.text == "tavle", words.count == 2 {
            guard let version = Int(words[1].text) else {
                throw FormatError(line: 1, column: words[1].column, .versionNotNumber)
            }
            if version > WorkshopFormat.version {
                throw FormatError(line: 1, column: words[1].column, .newerVersion(version))
            }
            throw FormatError(line: 1, column: words[1].column, .unknownVersion(version))
        }
        throw FormatError(line: 1, column: 1, .notTavleFile)
    }

    private mutating func parseMetadata() throws(FormatError) -> [MetadataEntry] {
        var entries: [MetadataEntry] = []
        skipBlanks()
        while case .dash(let rest) = current {
            guard let colon = rest.firstIndex(of: ":"),
                  !rest[..<colon].isEmpty,
                  rest[..<colon].unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "-" || ("0"..."9").contains($0) })
            else {
                throw error(.metadataSyntax, column: 3)
            }
            var value = rest[rest.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
            entries.append(MetadataEntry(key: String(rest[..<colon]), value: String(value)))
            map.metadata.append(index + 1)
            advance()
            skipBlanks()
        }
        return entries
    }

    // MARK: Sections

    private mutating func parseSection(title: String) throws(FormatError) -> Section {
        advance()
        skipBlanks()
        guard case .comment = current, let marker = line, let words = Self.commentWords(marker), let kindWord = words.first else {
            throw error(.sectionMarkerMissing(section: title))
        }
        guard let kind = SectionKind(rawValue: String(kindWord.text)) else {
            throw error(.unknownSectionKind(String(kindWord.text)), column: kindWord.column)
        }
        var timeboxes: [Int] = []
        var dots: Int?
        var isMatrix = false
        for word in words.dropFirst() {
            if kind == .board, word.text.hasPrefix("dots=") {
                dots = try number(word, named: "dots", in: 1...WorkshopFormat.maximumDots)
            } else if kind == .board, word.text == "matrix" {
                isMatrix = true
            } else {
                timeboxes = try minutes(word)
            }
        }
        advance()
        let matrix = isMatrix ? try parseAxes() : nil
        let guidance = readText()
        let body: SectionBody
        switch kind {
        case .checklist: body = .checklist(try parseChecklist())
        case .questions: body = .questions(try parseQuestions())
        case .board:
            var board = try parseBoard()
            board.dotsPerParticipant = dots
            board.matrix = matrix
            body = .board(board)
        case .actions: body = .actions(try parseActions())
        }
        return Section(title: title, timeboxes: timeboxes, guidance: guidance, body: body)
    }





    // MARK: Lines

    /// What a line is, before the section kind gives it a meaning.
    enum LineKind: Equatable {
        case blank
        case heading(Int, Substring)
        case comment
        case dash(Substring)
        case subDash(Substring)
        case numbered(Substring)
        case quote(Substring)
        case text(Substring)
    }

    /// A line's kind by its first characters, before a section kind gives it a meaning.
    static func classify(_ line: Substring) -> LineKind {
        guard let first = line.first else { return .blank }
        switch first {
        case "\\":
            return .text(line.dropFirst())
        case "#":
            let hashes = line.prefix { $0 == "#" }.count
            let rest = line.dropFirst(hashes)
            guard hashes <= 3, rest.isEmpty || rest.first == " " else { return .text(line) }
            return .heading(hashes, rest.dropFirst())
        case "<":
            return line.hasPrefix("<!--") && line.hasSuffix("-->") && line.count >= 7 ? .comment : .text(line)
        case "-":
            if line == "-" { return .dash("") }
            return line.hasPrefix("- ") ? .dash(line.dropFirst(2)) : .text(line)
        case ">":
            return .quote(line.hasPrefix("> ") ? line.dropFirst(2) : line.dropFirst())
        case " ":
            if line == "  -" { return .subDash("") }
            return line.hasPrefix("  - ") ? .subDash(line.dropFirst(4)) : .text(line)
        case "0"..."9":
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            let rest = line.dropFirst(digits.count)
            if rest == "." { return .numbered("") }
            return rest.hasPrefix(". ") ? .numbered(rest.dropFirst(2)) : .text(line)
        default:
            return .text(line)
        }
    }

    /// `[ ] text`, `[x] text`, or a bare box whose trailing space an editor removed.
    static func checkbox(_ rest: Substring) -> (Bool, Substring)? {
        for (box, isDone) in [("[ ]", false), ("[x]", true), ("[X]", true)] where rest.hasPrefix(box) {
            let after = rest.dropFirst(3)
            if after.isEmpty { return (isDone, after) }
            if after.first == " " { return (isDone, after.dropFirst()) }
        }
        return nil
    }

    /// A word inside a `<!-- ... -->` comment and the column it starts at.
    struct Word { var text: Substring; var column: Int }

    /// The words of a `<!-- ... -->` line with their columns, for markers; nil for other lines.
    static func commentWords(_ line: Substring) -> [Word]? {
        guard line.hasPrefix("<!--"), line.hasSuffix("-->"), line.count >= 7 else { return nil }
        let inner = line.dropFirst(4).dropLast(3)
        var words: [Word] = []
        let column = 5
        var start: Int?
        var characters = Array(inner)
        characters.append(" ")
        for (offset, character) in characters.enumerated() {
            if character == " " || character == "\t" {
                if let begin = start {
                    words.append(Word(text: Substring(String(characters[begin..<offset])), column: column + begin))
                    start = nil
                }
            } else if start == nil {
                start = offset
            }
        }
        return words
    }

    /// The number of a marker setting `name=N`, which must lie in `range`.
    /// `minutes=N`, or the parts of a section timed in turn, `minutes=3+27`: each at least one
    /// minute, together at most `WorkshopFormat.maximumMinutes`.
    func minutes(_ word: Word) throws(FormatError) -> [Int] {
        let name = "minutes"
        let parts = word.text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, parts[0] == name else {
            throw error(.unknownMarkerSetting(String(word.text), expected: name), column: word.column)
        }
        let values = parts[1].split(separator: "+", omittingEmptySubsequences: false).map { Int($0) }
        let range = 1...WorkshopFormat.maximumMinutes
        guard values.count <= WorkshopFormat.maximumTimeboxes, values.allSatisfy({ $0.map(range.contains) == true }),
              range.contains(values.reduce(0) { $0 + ($1 ?? 0) }) else {
            throw error(.markerSettingRange(name, range), column: word.column + name.count + 1)
        }
        return values.compactMap { $0 }
    }

    func number(_ word: Word, named name: String, in range: ClosedRange<Int>) throws(FormatError) -> Int {
        let parts = word.text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, parts[0] == name else {
            throw error(.unknownMarkerSetting(String(word.text), expected: name), column: word.column)
        }
        guard let value = Int(parts[1]), range.contains(value) else {
            throw error(.markerSettingRange(name, range), column: word.column + name.count + 1)
        }
        return value
    }

    /// Free text up to the next structural line; blank lines at its ends are not part of it.
    /// Built as it is read, blank lines counted until text follows them: 10 MB of blank lines
    /// cost nothing.
    mutating func readText() -> String {
        var text = ""
        var blanks = 0
        loop: while hasLine {
            switch current {
            case .blank:
                blanks += 1
            case .text(let line) where line.isEmpty:
                // A lone backslash is an empty line of the text, as a blank line is.
                blanks += 1
            case .text(let line):
                if !text.isEmpty {
                    for _ in 0...blanks { text += "\n" }
                }
                blanks = 0
                text += line
            default: break loop
            }
            advance()
        }
        return text
    }

    /// The title of a divider between meetings, `<!-- meeting: TITLE -->`, when the current
    /// line is one.
    var meetingDivider: String? {
        guard case .comment = current, let line, line.hasPrefix("<!-- meeting:") else { return nil }
        return String(line.dropFirst("<!-- meeting:".count).dropLast(3).trimmingWhitespace)
    }

    /// The next non-blank line of the current section; nil at the next section, a divider
    /// between meetings, or the end.
    mutating func nextInSection() -> LineKind? {
        while hasLine {
            switch current {
            case .blank: advance()
            case .heading(2, _): return nil
            case .comment where meetingDivider != nil: return nil
            case let line: return line
            }
        }
        return nil
    }

    /// Notes the current line as where the next item of the section starts.
    mutating func recordItem() {
        map.items[map.items.count - 1].append(index + 1)
    }

    /// Moves past blank lines.
    mutating func skipBlanks() {
        while hasLine, line?.isEmpty == true { advance() }
    }

    /// `problem` at the current line.
    func error(_ problem: FormatProblem, column: Int = 1) -> FormatError {
        FormatError(line: index + 1, column: column, problem)
    }

    /// The error for a line that has no meaning inside a section of `kind`.
    func unexpected(inside kind: SectionKind?) -> FormatError {
        let what: UnexpectedLine = switch current {
        case .heading(1, _): .secondTitle
        case .heading(3, _): .subheadingOutsideSection
        case .heading: .heading
        case .comment: .marker
        case .dash, .subDash: kind == .questions ? .listItemInQuestions : .listItem
        case .numbered: .numberedLine
        case .quote: .quote
        case .text: .text
        case .blank: .endOfFile
        }
        return error(.unexpected(what))
    }
}

/// Which line of the file each part of a workshop came from.
public struct SourceMap: Equatable, Sendable {
    /// The title's line.
    public var title = 1
    /// Each metadata entry's line.
    public var metadata: [Int] = []
    /// Each section heading's line.
    public var sections: [Int] = []
    /// Per section, the line of each item: checklist entries, questions, or board columns.
    public var items: [[Int]] = []
}
