import Testing
@testable import TavleCore
import TavleTestSupport

@Suite("File format: parsing and writing")
struct WorkshopParserTests {
    @Test("the example in docs/file-format.md parses and is written back exactly")
    func documentedExample() throws {
        let doc = try RepositoryFile.read("docs/file-format.md")
        let example = try #require(doc.components(between: "```markdown\n", and: "```\n").first)
        let workshop = try WorkshopParser.parse(example)
        #expect(workshop.title == "Sådan kommer et partnerskab i stand")
        #expect(workshop.sections.map(\.kind) == [.questions, .board, .checklist])
        #expect(workshop.sections[1].minutes == 3)
        guard case .board(let board) = workshop.sections[1].body else { Issue.record("not a board"); return }
        #expect(board.columns.map(\.title) == ["Alle forslag", "Top tre", "Plan B"])
        #expect(board.columns[1].isRanked && board.columns[1].limit == 3)
        #expect(board.columns[0].cards.map(\.text) == ["Boligforeningen Solhaven", "Biblioteket"])
        guard case .questions(let questions) = workshop.sections[0].body else { Issue.record("not questions"); return }
        #expect(questions[0].notes == "Vi vil gerne nå flere unge.\nDet passer til vores vedtægter.")
        #expect(WorkshopSerializer.serialize(workshop) == example)
    }

    @Test("the fixture workshop is written as readable Markdown, one item per line")
    func serializedForm() throws {
        let text = WorkshopSerializer.serialize(Fixtures.workshop)
        #expect(text == """
        <!-- tavle 1 -->
        # Partnerskab

        - kit: partnerskab

        Velkommen.

        ## Tjekliste
        <!-- checklist -->

        ### Find fælles grund

        - [ ] Alle er med
        - [x] Drømmen er delt
          - [ ] Skrevet ned

        ### Snak sammen

        - [ ] Mød jer ofte

        ## Spørgsmål
        <!-- questions minutes=10 -->

        Drøft det.

        ### Hvad vil vi?

        ### Hvem hjælper?

        Tænk bredt.

        > Biblioteket
        > Skolen

        ## Brainstorm
        <!-- board minutes=3 -->

        ### Alle forslag

        - Biblioteket
        - Skolen
        - Kirken

        ### Top tre
        <!-- ranked limit=3 -->

        1. Idrætsforeningen

        ### Plan B

        """)
        #expect(try WorkshopParser.parse(text) == Fixtures.workshop)
    }

    @Test("text that looks like Markdown structure is escaped and read back as text")
    func escaping() throws {
        let tricky = ["# ikke en overskrift", "- ikke et kort", "> ikke en note", "1. ikke rangeret",
                      "<!-- board -->", "\\backslash", "  indrykket", "### heller ikke", "2026. år"]
        var workshop = Fixtures.workshop
        workshop.introduction = tricky.joined(separator: "\n")
        workshop.sections[1].guidance = tricky.reversed().joined(separator: "\n\n")
        let text = WorkshopSerializer.serialize(workshop)
        #expect(text.contains("\n\\# ikke en overskrift\n"))
        #expect(text.contains("\n\\2026. år\n"))
        #expect(try WorkshopParser.parse(text) == workshop)
    }

    @Test("CRLF line ends, a byte-order mark and a missing trailing space are read")
    func lenientReading() throws {
        let text = "\u{FEFF}<!-- tavle 1 -->\r\n# Møde\r\n\r\n## Liste\r\n<!-- checklist -->\r\n- [x]\r\n- [ ] To\r\n"
        let workshop = try WorkshopParser.parse(text)
        #expect(workshop.title == "Møde")
        #expect(workshop.sections[0].body == .checklist(Checklist(entries: [
            .point(ChecklistPoint(text: "", isDone: true)), .point(ChecklistPoint(text: "To")),
        ])))
    }

    @Test("CR CR LF, from a file converted twice, ends a line like CRLF (found by the fuzzer)")
    func doubleCarriageReturn() throws {
        let workshop = try WorkshopParser.parse("<!-- tavle 1 -->\r\n# Møde\r\r\n\r\ntekst\r\r\n")
        #expect(workshop.title == "Møde" && workshop.introduction == "tekst")
        #expect(try WorkshopParser.parse(WorkshopSerializer.serialize(workshop)) == workshop)
    }

    @Test("CR alone (an old Mac file) ends a line, and a run of them is that many line ends unless a line feed follows")
    func carriageReturnAlone() throws {
        let text = "<!-- tavle 1 -->\r# Møde\r\rførste\r\randen\r\r## Liste\r<!-- checklist -->\r- [x] Et\r- [ ] To"
        let workshop = try WorkshopParser.parse(text)
        #expect(workshop.title == "Møde" && workshop.introduction == "første\n\nanden")
        #expect(workshop.sections[0].body == .checklist(Checklist(entries: [
            .point(ChecklistPoint(text: "Et", isDone: true)), .point(ChecklistPoint(text: "To")),
        ])))
        #expect(try WorkshopParser.parse(WorkshopSerializer.serialize(workshop)) == workshop)
        #expect(WorkshopSerializer.serialize(workshop).utf8.contains(0x0D) == false, "written back with line feeds")
        #expect(throws: FormatError(line: 5, column: 1, .unexpected(.secondTitle))) {
            try WorkshopParser.parse("<!-- tavle 1 -->\r# T\r## S\r<!-- checklist -->\r# Igen\r")
        }
    }

    @Test("lines: LF, CRLF, CR CR LF and CR alone end a line; a last line end starts no line; slices, not copies")
    func textLines() {
        func lines(_ text: String) -> [String] { Array(TextLines(text)).map(String.init) }
        #expect(lines("") == [])
        #expect(lines("\n") == [""])
        #expect(lines("a") == ["a"])
        #expect(lines("a\nb\n") == ["a", "b"])
        #expect(lines("a\r\nb\r\r\nc\rd\r") == ["a", "b", "c", "d"])
        #expect(lines("a\r\rb") == ["a", "", "b"])
        #expect(lines("a\r\r\r\n\r\r") == ["a", "", ""])
        #expect(lines("æ\rø\n日本\r\n🙂") == ["æ", "ø", "日本", "🙂"])
        #expect(lines(String(repeating: "\r", count: 100_000)).count == 100_000, "a long run of CRs is looked at once")
        let text = "første\randen"
        var reader = TextLines(text)
        #expect(reader.next()?.startIndex == text.startIndex)
    }

    @Test("problems are reported with line, column and what is wrong", arguments: [
        ("", 1, 1, FormatProblem.emptyFile),
        ("# Hej\n", 1, 1, .notTavleFile),
        ("<!-- tavle 2 -->\n# Hej\n", 1, 12, .newerVersion(2)),
        ("<!-- tavle 1 -->\nHej\n", 2, 1, .titleMissing),
        ("<!-- tavle 1 -->\n# T\n- Kit\n", 3, 3, .metadataSyntax),
        ("<!-- tavle 1 -->\n# T\n## S\nintet mærke\n", 4, 1, .sectionMarkerMissing(section: "S")),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- tavle -->\n", 4, 6, .unknownSectionKind("tavle")),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- board minutes=0 -->\n", 4, 20, .markerSettingRange("minutes", 1...WorkshopFormat.maximumMinutes)),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- board size=2 -->\n", 4, 12, .unknownMarkerSetting("size=2", expected: "minutes")),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- checklist -->\n- ikke en boks\n", 5, 3, .checklistPointSyntax),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- board -->\n- kort uden kolonne\n", 5, 1, .cardOutsideColumn),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- board -->\n### K\n<!-- sorted -->\n", 6, 6, .columnMarkerSyntax),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- questions -->\n> svar uden spørgsmål\n", 5, 1, .notesOutsideQuestion),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- questions -->\n### Q\n- punkt\n", 6, 1, .unexpected(.listItemInQuestions)),
        ("<!-- tavle 1 -->\n# T\n### Kolonne\n", 3, 1, .unexpected(.subheadingOutsideSection)),
        ("<!-- tavle 1 -->\n# T\n## S\n<!-- checklist -->\n# Igen\n", 5, 1, .unexpected(.secondTitle)),
    ])
    func errors(input: String, line: Int, column: Int, problem: FormatProblem) {
        #expect(throws: FormatError(line: line, column: column, problem)) { try WorkshopParser.parse(input) }
    }

    @Test("invalid UTF-8 and NUL bytes are located")
    func decoding() throws {
        #expect(try WorkshopParser.decode(Array("<!-- tavle 1 -->\nø".utf8)) == "<!-- tavle 1 -->\nø")
        #expect(throws: FormatError(line: 2, column: 3, .invalidUTF8)) {
            try WorkshopParser.decode([0x3C, 0x0A, 0x61, 0x62, 0xC3, 0x28])
        }
        #expect(throws: FormatError(line: 1, column: 2, .nulByte)) {
            try WorkshopParser.decode([0x41, 0x00])
        }
        // Lines are counted as the parser counts them: CR CR LF is one line end, CR alone one.
        #expect(throws: FormatError(line: 4, column: 2, .invalidUTF8)) {
            try WorkshopParser.decode(Array("a\r\rb\r\r\nc".utf8) + [0xFF])
        }
        #expect(throws: FormatError(line: 3, column: 1, .nulByte)) {
            try WorkshopParser.decode(Array("a\rb\r".utf8) + [0x00])
        }
    }

    @Test("the fast UTF-8 check accepts and rejects exactly what the locating walk does")
    func fastDecoding() {
        var random = SeededRandom(seed: TestSeed.seed(51))
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("æøå".utf8), Array("\n".utf8), Array("日本".utf8), Array("🙂".utf8),
            [0x00], [0xC3], [0x28], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
        ]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0..<10, using: &random)).flatMap { _ in pieces.randomElement(using: &random)! }
            let fast = Result { () throws(FormatError) in try WorkshopParser.decode(bytes) }
            let walked = Result { () throws(FormatError) in try WorkshopParser.decodeLocatingProblems(bytes) }
            #expect(fast == walked, "\(bytes), \(random.replay)")
        }
    }
}

/// Reads files of this repository, found from this source file's path.
enum RepositoryFile {
    static var root: String {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        while let last = parts.last, last != "Tests" { parts.removeLast() }
        parts.removeLast()
        return parts.joined(separator: "/")
    }

    static func read(_ relativePath: String) throws -> String {
        let bytes = try ReadAll.bytes(root + "/" + relativePath)
        return try WorkshopParser.decode(bytes)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file reading, so the core's tests need no Foundation.
enum ReadAll {
    struct Failure: Error { var path: String }

    static func bytes(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw Failure(path: path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }
}

extension String {
    /// The pieces of text between each `start` and the next `end`.
    func components(between start: String, and end: String) -> [String] {
        var results: [String] = []
        var rest = self[...]
        while let open = rest.firstRange(of: start) {
            let after = rest[open.upperBound...]
            guard let close = after.firstRange(of: end) else { break }
            results.append(String(after[..<close.lowerBound]))
            rest = after[close.upperBound...]
        }
        return results
    }
}
