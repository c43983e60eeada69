/// The text being typed and the cursor in it: the line editor's whole state.
///
/// Characters are grapheme clusters, so æ, ø, å and combined accents move and delete as one.
/// The text is kept as one `String` with the cursor as an index into it, so a key costs what
/// it touches, not the length of the text: a key on a 1 MB note costs about what it costs on
/// a short one (the string is only copied as memory, when another copy of it is still held;
/// docs/performance.md has the figures). Work that needs the whole text (the cursor as a
/// number of characters, its line and column) is for short fields and tests.
public struct TextBuffer: Equatable, Sendable {
    /// The text as it stands, line feeds included.
    public private(set) var text: String
    /// The cursor: always on a character boundary of `text`.
    public private(set) var cursorIndex: String.Index
    /// Whether Enter makes a new line (notes) or finishes (a card, a point).
    public let isMultiline: Bool
    /// Counts changes to the text (not cursor moves), so the editor knows whether a key
    /// changed anything without comparing whole texts.
    public private(set) var revision = 0

    /// Starts editing `text` with the cursor at its end.
    public init(_ text: String, multiline: Bool) {
        self.text = text
        cursorIndex = self.text.endIndex
        isMultiline = multiline
    }

    /// Buffers are equal when text, cursor and kind are; the revision is bookkeeping.
    public static func == (lhs: TextBuffer, rhs: TextBuffer) -> Bool {
        // Indices into equal texts are equal when they stand at the same place.
        lhs.isMultiline == rhs.isMultiline && lhs.text == rhs.text && lhs.cursorIndex == rhs.cursorIndex
    }

    /// The cursor as a number of characters from the start (linear in the text: short fields).
    public var cursor: Int { text.distance(from: text.startIndex, to: cursorIndex) }

    /// The text before the cursor.
    public var textBeforeCursor: Substring { text[..<cursorIndex] }

    /// The cursor as a line and a column within that line, both from 0 (linear in the text).
    public var cursorLineAndColumn: (line: Int, column: Int) {
        let before = text.utf8[..<cursorIndex]
        let line = before.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let start = lineStart(of: cursorIndex)
        return (line, text.distance(from: start, to: cursorIndex))
    }

    /// The lines around the cursor, for drawing a long text without laying all of it out:
    /// up to `before` lines above the cursor's line and `after` below it, the cursor as a
    /// character offset into them, and whether lines were left out above or below.
    public func window(linesBefore before: Int, linesAfter after: Int) -> (text: Substring, cursor: Int, cutAbove: Bool, cutBelow: Bool) {
        var start = lineStart(of: cursorIndex)
        var cutAbove = false
        for _ in 0..<before {
            guard start > text.startIndex else { break }
            start = lineStart(of: text.utf8.index(before: start))
        }
        cutAbove = start > text.startIndex
        var end = lineEnd(of: cursorIndex)
        for _ in 0..<after {
            guard end < text.endIndex else { break }
            end = lineEnd(of: text.utf8.index(after: end))
        }
        let cutBelow = end < text.endIndex
        return (text[start..<end], text.distance(from: start, to: cursorIndex), cutAbove, cutBelow)
    }

    /// Types text at the cursor; line breaks in single-line fields become spaces.
    public mutating func insert(_ typed: String) {
        let typed = isMultiline || !typed.utf8.contains(0x0A) ? typed : String(typed.map { $0 == "\n" ? " " : $0 })
        guard !typed.isEmpty else { return }
        let offset = text.utf8.distance(from: text.startIndex, to: cursorIndex)
        text.insert(contentsOf: typed, at: cursorIndex)
        // Typed text can join the character after it into one (a letter before a lone
        // combining mark): the cursor then goes after the joined character.
        var index = text.utf8.index(text.startIndex, offsetBy: offset + typed.utf8.count)
        let boundary = text.index(index, offsetBy: 0)
        if boundary != index { index = text.index(after: boundary) }
        cursorIndex = index
        revision += 1
    }

    /// Adds a line after the text, the cursor where it was: an answer from the room arriving
    /// in the notes being typed.
    public mutating func append(line: String) {
        let offset = text.utf8.distance(from: text.startIndex, to: cursorIndex)
        text += text.isEmpty ? line : "\n" + line
        cursorIndex = text.utf8.index(text.startIndex, offsetBy: offset)
        revision += 1
    }

    /// Replaces the whole text, the cursor at its end: a completed name.
    public mutating func replaceText(with text: String) {
        self.text = text
        cursorIndex = self.text.endIndex
        revision += 1
    }

    /// Applies an editor command other than `finish`; returns false when nothing changed,
    /// which the caller answers with the bell.
    @discardableResult
    public mutating func apply(_ command: EditCommand) -> Bool {
        let before = (cursorIndex, revision)
        switch command {
        case .left: if cursorIndex > text.startIndex { cursorIndex = text.index(before: cursorIndex) }
        case .right: if cursorIndex < text.endIndex { cursorIndex = text.index(after: cursorIndex) }
        case .lineStart: cursorIndex = lineStart(of: cursorIndex)
        case .lineEnd: cursorIndex = lineEnd(of: cursorIndex)
        case .wordLeft: cursorIndex = wordStart(before: cursorIndex)
        case .wordRight: cursorIndex = wordEnd(after: cursorIndex)
        case .up, .down: moveVertically(down: command == .down)
        case .deleteBackward:
            if cursorIndex > text.startIndex { remove(text.index(before: cursorIndex)..<cursorIndex) }
        case .deleteForward:
            if cursorIndex < text.endIndex { remove(cursorIndex..<text.index(after: cursorIndex)) }
        case .deleteWordBackward:
            remove(wordStart(before: cursorIndex)..<cursorIndex)
        case .deleteToLineStart:
            remove(lineStart(of: cursorIndex)..<cursorIndex)
        case .newline:
            insert("\n")
        case .finish:
            return true
        case .complete:
            return false  // completion needs the participants; the core does it
        }
        return before.0 != cursorIndex || before.1 != revision
    }

    private mutating func remove(_ range: Range<String.Index>) {
        guard !range.isEmpty else { return }
        let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        text.removeSubrange(range)
        cursorIndex = text.utf8.index(text.startIndex, offsetBy: offset)
        revision += 1
    }

    /// The start of the line holding `index`: just after the line feed before it.
    private func lineStart(of index: String.Index) -> String.Index {
        var position = index
        while position > text.startIndex {
            let previous = text.utf8.index(before: position)
            if text.utf8[previous] == 0x0A { break }
            position = previous
        }
        return position
    }

    /// The end of the line holding `index`: its line feed, or the end of the text.
    private func lineEnd(of index: String.Index) -> String.Index {
        text.utf8[index...].firstIndex(of: 0x0A) ?? text.endIndex
    }

    private func wordStart(before index: String.Index) -> String.Index {
        var position = index
        while position > text.startIndex, !isWordCharacter(text[text.index(before: position)]) { position = text.index(before: position) }
        while position > text.startIndex, isWordCharacter(text[text.index(before: position)]) { position = text.index(before: position) }
        return position
    }

    private func wordEnd(after index: String.Index) -> String.Index {
        var position = index
        while position < text.endIndex, !isWordCharacter(text[position]) { position = text.index(after: position) }
        while position < text.endIndex, isWordCharacter(text[position]) { position = text.index(after: position) }
        return position
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private mutating func moveVertically(down: Bool) {
        let start = lineStart(of: cursorIndex)
        let column = text.distance(from: start, to: cursorIndex)
        if down {
            let end = lineEnd(of: cursorIndex)
            guard end < text.endIndex else { cursorIndex = end; return }
            let nextStart = text.index(after: end)
            cursorIndex = text.index(nextStart, offsetBy: column, limitedBy: lineEnd(of: nextStart)) ?? lineEnd(of: nextStart)
        } else {
            guard start > text.startIndex else { cursorIndex = text.startIndex; return }
            let previousStart = lineStart(of: text.index(before: start))
            let previousEnd = text.index(before: start)
            cursorIndex = text.index(previousStart, offsetBy: column, limitedBy: previousEnd) ?? previousEnd
        }
    }
}
