/// Reads the file format into a `Workshop`, or says exactly where and why it cannot.
///
/// Line based: every line is classified once, then a small recursive-descent walk gives each
/// line its meaning from the section kind it stands in. Lenient where a hand-edited file is
/// unambiguous (CRLF, a missing trailing space, blank lines), strict where guessing could lose
/// a meeting's state.
public struct WorkshopParser {
    private let lines: [Substring]
    private var index = 0
    private var map = SourceMap()

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

    /// `decode` one scalar at a time, counting lines and columns for the error message.
    static func decodeLocatingProblems(_ bytes: some Collection<UInt8>) throws(FormatError) -> String {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text: [Unicode.Scalar] = []
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    throw FormatError(line: line, column: column, .nulByte)
                }
                text.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text)
                return String(view)
            case .error:
                throw FormatError(line: line, column: column, .invalidUTF8)
            }
        }
    }

    private init(text: String) {
        var lines = text.unicodeScalars
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { Substring($0) }
        if lines.last == "" { lines.removeLast() }
        // Every carriage return at a line's end belongs to the line end: CRLF, and CR CR LF
        // from a file converted twice. Text therefore never ends in one, and round-trips.
        self.lines = lines.map { line in
            var scalars = line.unicodeScalars[...]
            while scalars.last == "\r" { scalars = scalars.dropLast() }
            return Substring(scalars)
        }
    }

    // MARK: Workshop

    private mutating func parseWorkshop() throws(FormatError) -> Workshop {
        guard var first = lines.first else {
            throw FormatError(line: 1, column: 1, .emptyFile)
        }
        if first.unicodeScalars.first == "\u{FEFF}" { first = Substring(first.unicodeScalars.dropFirst()) }
        try checkVersion(first)
        index = 1
        skipBlanks()
        guard case .heading(1, let title) = current else {
            throw error(.titleMissing)
        }
        map.title = index + 1
        index += 1
        var workshop = Workshop(title: String(title))
        workshop.metadata = try parseMetadata()
        workshop.introduction = readText()
        while index < lines.count {
            guard case .heading(2, let title) = current else { throw unexpected(inside: nil) }
            map.sections.append(index + 1)
            map.items.append([])
            workshop.sections.append(try parseSection(title: String(title)))
        }
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
            index += 1
            skipBlanks()
        }
        return entries
    }

    // MARK: Sections

    private mutating func parseSection(title: String) throws(FormatError) -> Section {
        index += 1
        skipBlanks()
        guard case .comment = current, let words = Self.commentWords(lines[index]), let kindWord = words.first else {
            throw error(.sectionMarkerMissing(section: title))
        }
        guard let kind = SectionKind(rawValue: String(kindWord.text)) else {
            throw error(.unknownSectionKind(String(kindWord.text)), column: kindWord.column)
        }
        var minutes: Int?
        var dots: Int?
        for word in words.dropFirst() {
            if kind == .board, word.text.hasPrefix("dots=") {
                dots = try number(word, named: "dots", in: 1...WorkshopFormat.maximumDots)
            } else {
                minutes = try number(word, named: "minutes", in: 1...WorkshopFormat.maximumMinutes)
            }
        }
        index += 1
        let guidance = readText()
        let body: SectionBody
        switch kind {
        case .checklist: body = .checklist(try parseChecklist())
        case .questions: body = .questions(try parseQuestions())
        case .board:
            var board = try parseBoard()
            board.dotsPerParticipant = dots
            body = .board(board)
        case .actions: body = .actions(try parseActions())
        }
        return Section(title: title, minutes: minutes, guidance: guidance, body: body)
    }

    private mutating func parseChecklist() throws(FormatError) -> Checklist {
        var entries: [ChecklistEntry] = []
        while let line = nextInSection() {
            switch line {
            case .heading(3, let title):
                recordItem()
                index += 1
                entries.append(.group(ChecklistGroup(title: String(title), description: readText())))
            case .dash(let rest), .subDash(let rest):
                let isSub: Bool = if case .subDash = line { true } else { false }
                guard let (isDone, text) = Self.checkbox(rest) else {
                    throw error(.checklistPointSyntax, column: isSub ? 5 : 3)
                }
                recordItem()
                entries.append(.point(ChecklistPoint(text: String(text), isDone: isDone, isSubpoint: isSub)))
                index += 1
            default:
                throw unexpected(inside: .checklist)
            }
        }
        return Checklist(entries: entries)
    }

    private mutating func parseQuestions() throws(FormatError) -> [Question] {
        var questions: [Question] = []
        while let line = nextInSection() {
            switch line {
            case .heading(3, let text):
                recordItem()
                index += 1
                var question = Question(text: String(text), hint: readText())
                var notes: [Substring] = []
                while index < lines.count {
                    if case .quote(let line) = current {
                        notes.append(line)
                    } else if current != .blank {
                        break
                    }
                    index += 1
                }
                question.notes = notes.joined(separator: "\n")
                questions.append(question)
            case .quote where questions.isEmpty:
                throw error(.notesOutsideQuestion)
            default:
                throw unexpected(inside: .questions)
            }
        }
        return questions
    }

    private mutating func parseBoard() throws(FormatError) -> Board {
        var columns: [Column] = []
        while let line = nextInSection() {
            switch line {
            case .heading(3, let title):
                recordItem()
                index += 1
                var column = Column(title: String(title))
                if case .comment = current, let words = Self.commentWords(lines[index]) {
                    guard words.first?.text == "ranked" else {
                        throw error(.columnMarkerSyntax, column: words.first?.column ?? 1)
                    }
                    column.isRanked = true
                    for word in words.dropFirst() {
                        column.limit = try number(word, named: "limit", in: 1...999)
                    }
                    index += 1
                }
                column.description = readText()
                while index < lines.count {
                    switch current {
                    case .blank: index += 1; continue
                    case .dash(let text), .numbered(let text):
                        let (cardText, votes) = WorkshopFormat.splitVotes(text)
                        column.cards.append(Card(text: String(cardText), votes: votes))
                        index += 1
                        continue
                    default: break
                    }
                    break
                }
                columns.append(column)
            case .dash, .numbered:
                throw error(.cardOutsideColumn)
            default:
                throw unexpected(inside: .board)
            }
        }
        return Board(columns: columns)
    }

    private mutating func parseActions() throws(FormatError) -> [ActionItem] {
        var items: [ActionItem] = []
        while let line = nextInSection() {
            switch line {
            case .dash(let rest):
                guard let (isDone, text) = Self.checkbox(rest) else {
                    throw error(.actionItemSyntax, column: 3)
                }
                recordItem()
                items.append(ActionItem(what: String(text), isDone: isDone))
                index += 1
            case .subDash(let rest) where !items.isEmpty:
                let field = rest.prefix { $0 != ":" }
                var value = rest.dropFirst(field.count + 1)
                if value.first == " " { value = value.dropFirst() }
                let valueColumn = 5 + rest.distance(from: rest.startIndex, to: value.startIndex)
                let hasColon = rest.dropFirst(field.count).first == ":"
                switch field {
                case "who" where hasColon:
                    guard items[items.count - 1].who.isEmpty else { throw error(.actionWhoTwice, column: 5) }
                    items[items.count - 1].who = String(value)
                case "due" where hasColon:
                    guard items[items.count - 1].due == nil else { throw error(.actionDueTwice, column: 5) }
                    guard let date = CalendarDate(iso: value) else {
                        throw error(.actionDueDate, column: valueColumn)
                    }
                    items[items.count - 1].due = date
                default:
                    throw error(.actionDetailSyntax, column: 5)
                }
                index += 1
            case .subDash:
                throw error(.actionDetailOutsideItem)
            default:
                throw unexpected(inside: .actions)
            }
        }
        return items
    }

    // MARK: Lines

    /// What a line is, before the section kind gives it a meaning.
    private enum LineKind: Equatable {
        case blank
        case heading(Int, Substring)
        case comment
        case dash(Substring)
        case subDash(Substring)
        case numbered(Substring)
        case quote(Substring)
        case text(Substring)
    }

    private var current: LineKind {
        index < lines.count ? Self.classify(lines[index]) : .blank
    }

    private static func classify(_ line: Substring) -> LineKind {
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
    private static func checkbox(_ rest: Substring) -> (Bool, Substring)? {
        for (box, isDone) in [("[ ]", false), ("[x]", true), ("[X]", true)] where rest.hasPrefix(box) {
            let after = rest.dropFirst(3)
            if after.isEmpty { return (isDone, after) }
            if after.first == " " { return (isDone, after.dropFirst()) }
        }
        return nil
    }

    /// A word inside a `<!-- ... -->` comment and the column it starts at.
    private struct Word { var text: Substring; var column: Int }

    private static func commentWords(_ line: Substring) -> [Word]? {
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

    private func number(_ word: Word, named name: String, in range: ClosedRange<Int>) throws(FormatError) -> Int {
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
    private mutating func readText() -> String {
        var collected: [Substring] = []
        loop: while index < lines.count {
            switch Self.classify(lines[index]) {
            case .blank: collected.append("")
            case .text(let text): collected.append(text)
            default: break loop
            }
            index += 1
        }
        while collected.last == "" { collected.removeLast() }
        let start = collected.firstIndex { $0 != "" } ?? collected.endIndex
        return collected[start...].joined(separator: "\n")
    }

    /// The next non-blank line of the current section; nil at the next section or the end.
    private mutating func nextInSection() -> LineKind? {
        while index < lines.count {
            switch current {
            case .blank: index += 1
            case .heading(2, _): return nil
            case let line: return line
            }
        }
        return nil
    }

    private mutating func recordItem() {
        map.items[map.items.count - 1].append(index + 1)
    }

    private mutating func skipBlanks() {
        while index < lines.count, lines[index].isEmpty { index += 1 }
    }

    private func error(_ problem: FormatProblem, column: Int = 1) -> FormatError {
        FormatError(line: index + 1, column: column, problem)
    }

    private func unexpected(inside kind: SectionKind?) -> FormatError {
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
