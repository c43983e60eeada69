/// Word wrapping that remembers where each row came from, so the editor's cursor can be
/// placed on the right row and column of wrapped notes.
public enum TextWrap {
    /// One wrapped row: its characters and the offsets of the source characters it covers.
    public struct Row: Equatable, Sendable {
        /// What the row shows (no line feed).
        public var text: String
        /// Offset of the row's first character in the source.
        public var start: Int
        /// Offset just past the row's last source character, line feed or break space included.
        public var end: Int
    }

    /// Wraps at spaces where possible, breaking long words; `\n` always starts a new row.
    public static func wrap(_ text: String, width: Int) -> [Row] {
        // Most points and cards are one short line. No character is wider in cells than in
        // UTF-8 bytes, so text with no more bytes than cells fits on one row as it is.
        if text.utf8.count <= width, !text.utf8.contains(UInt8(ascii: "\n")) {
            return [Row(text: text, start: 0, end: text.count)]
        }
        // Danish text: each scalar is one character of one cell, so it wraps by scalar,
        // without grapheme breaking or measuring (a board wraps every visible card each frame).
        // A text that fits on one row (most cards) is answered without copying its scalars.
        if text.unicodeScalars.allSatisfy({ $0 == "\n" || DisplayWidth.isSingleCell($0) }) {
            if !text.utf8.contains(UInt8(ascii: "\n")) {
                let count = text.unicodeScalars.count
                if count <= width { return [Row(text: text, start: 0, end: count)] }
            }
            return wrapSingleCell(Array(text.unicodeScalars), width: width)
        }
        return wrapCharacters(text, width: width)
    }

    /// A row's text, encoded directly: building a String from scalars through the generic
    /// `UnicodeScalarView.append(contentsOf:)` cost a quarter of a board key.
    private static func text(of scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `wrapCharacters` for text whose every scalar is one character of one cell, or a line
    /// feed: the same rows, counted the same way.
    static func wrapSingleCell(_ scalars: [Unicode.Scalar], width: Int) -> [Row] {
        let width = max(width, 1)
        var rows: [Row] = []
        var lineStart = 0
        while true {
            let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.count
            var rowStart = lineStart
            repeat {
                let fit = min(lineEnd, rowStart + width)
                var rowEnd = fit
                var nextStart = fit
                if fit < lineEnd {
                    if scalars[fit] == " " {
                        nextStart = fit + 1
                    } else if let space = scalars[rowStart..<fit].lastIndex(of: " "), space > rowStart {
                        rowEnd = space
                        nextStart = space + 1
                    }
                }
                rows.append(Row(text: text(of: scalars[rowStart..<rowEnd]), start: rowStart, end: nextStart))
                rowStart = nextStart
            } while rowStart < lineEnd
            if lineEnd == scalars.count { break }
            rows[rows.count - 1].end = lineEnd + 1
            lineStart = lineEnd + 1
        }
        return rows
    }

    /// The general wrap, character by character; `wrap` gives the same rows faster.
    static func wrapCharacters(_ text: String, width: Int) -> [Row] {
        let width = max(width, 1)
        let characters = Array(text)
        var rows: [Row] = []
        var lineStart = 0
        while true {
            let lineEnd = characters[lineStart...].firstIndex(of: "\n") ?? characters.count
            wrapLine(characters, from: lineStart, to: lineEnd, width: width, into: &rows)
            if lineEnd == characters.count { break }
            rows[rows.count - 1].end = lineEnd + 1
            lineStart = lineEnd + 1
        }
        return rows
    }

    private static func wrapLine(_ characters: [Character], from start: Int, to end: Int, width: Int, into rows: inout [Row]) {
        var rowStart = start
        repeat {
            var used = 0
            var index = rowStart
            var lastSpace: Int?
            while index < end {
                let cell = max(DisplayWidth.of(characters[index]), 1)
                if used + cell > width { break }
                if characters[index] == " " { lastSpace = index }
                used += cell
                index += 1
            }
            var rowEnd = index
            var nextStart = index
            if index < end {
                if characters[index] == " " {
                    nextStart = index + 1
                    rowEnd = index
                } else if let space = lastSpace, space > rowStart {
                    rowEnd = space
                    nextStart = space + 1
                }
                if rowEnd == rowStart { rowEnd = max(index, rowStart + 1); nextStart = rowEnd }
            }
            rows.append(Row(text: String(characters[rowStart..<rowEnd]), start: rowStart, end: nextStart))
            rowStart = nextStart
        } while rowStart < end
    }

    /// Whether any row of `rows` ends inside a word (a word wider than the width, cut to fit),
    /// rather than at a space or a line end.
    public static func breaksWord(_ rows: [Row]) -> Bool {
        rows.dropLast().contains { $0.start + $0.text.count == $0.end }
    }

    /// The row and cell column where a cursor at `offset` is drawn.
    public static func locate(offset: Int, in rows: [Row]) -> (row: Int, column: Int) {
        var rowIndex = 0
        for (index, row) in rows.enumerated() where row.start <= offset {
            rowIndex = index
            if offset < row.end { break }
        }
        let row = rows[rowIndex]
        let prefix = row.text.prefix(max(0, offset - row.start))
        return (rowIndex, DisplayWidth.of(prefix))
    }

    /// Text in two lines: the first wrapped to `first` cells (at a space where it can), the
    /// rest cut to `second` with "…"; nil when it fits on the first, or when that line would
    /// end inside a word.
    public static func twoLines(_ text: String, first: Int, second: Int) -> [String]? {
        let rows = wrap(text, width: max(1, first))
        guard rows.count > 1, !breaksWord(Array(rows.prefix(2))) else { return nil }
        let rest = String(text.dropFirst(rows[0].text.count).drop { $0 == " " })
        return [rows[0].text, truncate(rest, width: max(1, second))]
    }

    /// Cuts text to fit `width` cells, ending in `…` when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 1 else { return width == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let cell = max(DisplayWidth.of(character), 1)
            if used + cell > width - 1 { break }
            result.append(character)
            used += cell
        }
        return result + "…"
    }
}
