/// The text being typed and the cursor in it: the line editor's whole state.
///
/// Characters are grapheme clusters, so æ, ø, å and combined accents move and delete as one.
public struct TextBuffer: Equatable, Sendable {
    /// The characters, line feeds included.
    public private(set) var characters: [Character]
    /// The cursor, as an offset into `characters` (0...count).
    public private(set) var cursor: Int
    /// Whether Enter makes a new line (notes) or finishes (a card, a point).
    public let isMultiline: Bool

    /// Starts editing `text` with the cursor at its end.
    public init(_ text: String, multiline: Bool) {
        characters = Array(text)
        cursor = characters.count
        isMultiline = multiline
    }

    /// The text as it stands.
    public var text: String { String(characters) }

    /// The cursor as a line and a column within that line, both from 0.
    public var cursorLineAndColumn: (line: Int, column: Int) {
        let before = characters[..<cursor]
        let line = before.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
        return (line, cursor - lineStart)
    }

    /// Types text at the cursor; line breaks in single-line fields become spaces.
    public mutating func insert(_ text: String) {
        let typed = text.map { $0 == "\n" && !isMultiline ? " " : $0 }
        characters.insert(contentsOf: typed, at: cursor)
        cursor += typed.count
    }

    /// Replaces the whole text, the cursor at its end: a completed name.
    public mutating func replaceText(with text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    /// Applies an editor command other than `finish`; returns false when nothing changed,
    /// which the caller answers with the bell.
    @discardableResult
    public mutating func apply(_ command: EditCommand) -> Bool {
        let before = (characters, cursor)
        switch command {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .lineStart: cursor = lineStart(of: cursor)
        case .lineEnd: cursor = lineEnd(of: cursor)
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .up, .down: moveVertically(down: command == .down)
        case .deleteBackward:
            if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteWordBackward:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToLineStart:
            let start = lineStart(of: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .newline:
            insert("\n")
        case .finish:
            return true
        case .complete:
            return false  // completion needs the participants; the core does it
        }
        return before.0 != characters || before.1 != cursor
    }

    private func lineStart(of offset: Int) -> Int {
        characters[..<offset].lastIndex(of: "\n").map { $0 + 1 } ?? 0
    }

    private func lineEnd(of offset: Int) -> Int {
        characters[offset...].firstIndex(of: "\n") ?? characters.count
    }

    private func wordStart(before offset: Int) -> Int {
        var position = offset
        while position > 0, !isWordCharacter(characters[position - 1]) { position -= 1 }
        while position > 0, isWordCharacter(characters[position - 1]) { position -= 1 }
        return position
    }

    private func wordEnd(after offset: Int) -> Int {
        var position = offset
        while position < characters.count, !isWordCharacter(characters[position]) { position += 1 }
        while position < characters.count, isWordCharacter(characters[position]) { position += 1 }
        return position
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private mutating func moveVertically(down: Bool) {
        let start = lineStart(of: cursor)
        let column = cursor - start
        if down {
            let end = lineEnd(of: cursor)
            guard end < characters.count else { cursor = end; return }
            let nextStart = end + 1
            cursor = min(nextStart + column, lineEnd(of: nextStart))
        } else {
            guard start > 0 else { cursor = 0; return }
            let previousStart = lineStart(of: start - 1)
            cursor = min(previousStart + column, start - 1)
        }
    }
}
