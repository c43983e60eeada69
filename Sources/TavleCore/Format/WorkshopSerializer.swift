/// Writes a workshop in the file format: canonical, so `parse(serialize(w)) == w`.
///
/// Output is built as blocks of lines separated by one blank line, which is what makes the file
/// read well in a Markdown viewer and keeps every item on a line of its own.
public enum WorkshopSerializer {
    /// The file's full text, ending with a newline.
    public static func serialize(_ workshop: Workshop) -> String {
        var file = Output()
        file.block(WorkshopFormat.versionLine, "# " + line(workshop.title))
        if !workshop.metadata.isEmpty {
            file.startBlock()
            for entry in workshop.metadata { file.line("- \(entry.key): " + line(entry.value)) }
        }
        appendText(workshop.introduction, to: &file)
        for section in workshop.sections {
            appendSection(section, to: &file)
        }
        return file.text
    }

    /// The file being written, line by line into one string: blocks of lines with one blank
    /// line between them. (Every line was a `String` in an array of blocks, joined at the end:
    /// two copies of the file and an allocation a line, on every save.)
    struct Output {
        var text = ""
        /// Starts a block: a blank line after the one before.
        mutating func startBlock() {
            if !text.isEmpty { text += "\n" }
        }
        /// One line of the current block.
        mutating func line(_ line: String) {
            text += line
            text += "\n"
        }
        /// One line of the current block, from a text's lines.
        mutating func line(_ line: Substring) {
            text += line
            text += "\n"
        }
        /// A block of the given lines.
        mutating func block(_ lines: String...) {
            startBlock()
            for line in lines { self.line(line) }
        }
    }

    private static func appendSection(_ section: Section, to file: inout Output) {
        var marker = "<!-- \(section.kind.rawValue)"
        if case .board(let board) = section.body, board.matrix != nil { marker += " matrix" }
        if !section.timeboxes.isEmpty { marker += " minutes=" + section.timeboxes.map(String.init).joined(separator: "+") }
        if case .board(let board) = section.body, let dots = board.dotsPerParticipant { marker += " dots=\(dots)" }
        if let meeting = section.opensMeeting { file.block("<!-- meeting: " + line(meeting) + " -->") }
        file.block("## " + line(section.title), marker + " -->")
        if case .board(let board) = section.body, let matrix = board.matrix {
            file.line("<!-- x: " + line(matrix.left) + " | " + line(matrix.right) + " -->")
            file.line("<!-- y: " + line(matrix.top) + " | " + line(matrix.bottom) + " -->")
        }
        appendText(section.guidance, to: &file)
        section.body.content.serialize(to: &file)
    }

    /// Free text as its own block, line for line.
    static func appendText(_ text: String, to file: inout Output) {
        guard !text.isEmpty else { return }
        file.startBlock()
        forEachLine(of: text) { line in
            if WorkshopFormat.needsEscape(line) { file.text += "\\" }
            file.line(line)
        }
    }

    /// Splits on line feeds, keeping empty lines, so text round-trips scalar for scalar. A
    /// carriage return, which no text read from a file holds, is written as the line end it
    /// would be read as.
    static func lines(of text: String) -> [String] {
        var lines: [String] = []
        forEachLine(of: text) { lines.append(String($0)) }
        return lines
    }

    /// Each line of `text` as `lines(of:)` splits it, without an array of them: a note of
    /// millions of lines is written, exported or quoted in the memory of its text.
    static func forEachLine(of text: String, _ body: (Substring) -> Void) {
        let text = WorkshopFormat.normalizingLineEnds(text)
        var start = text.startIndex
        let utf8 = text.utf8
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x0A {
                body(text[start..<index])
                start = utf8.index(after: index)
            }
            utf8.formIndex(after: &index)
        }
        body(text[start...])
    }

    /// A text that must stay on its line (a title, a card, a point). Line breaks are never in
    /// one, but if one were, it is written as a space: a line end there would make the rest of
    /// the text a line of its own and the file unreadable.
    static func line(_ text: String) -> String {
        let hasLineEnd = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 == 0x0A || $0 == 0x0D }
        } ?? text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
        guard hasLineEnd else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
