@testable import TavleCore
import TavleTestSupport
import Testing

/// The line editor keeps its text as one string and its cursor as an index (so a key on a long
/// note costs what it touches); this checks it against the plainest possible editor, an array
/// of characters with a number for the cursor, over random keys.
@Suite("Text buffer: agrees with an array of characters")
struct TextBufferPropertyTests {
    /// The reference: every operation spelled out on `[Character]`.
    struct Reference {
        var characters: [Character]
        var cursor: Int
        let multiline: Bool

        init(_ text: String, multiline: Bool) {
            characters = Array(text)
            cursor = characters.count
            self.multiline = multiline
        }

        func lineStart(_ offset: Int) -> Int { characters[..<offset].lastIndex(of: "\n").map { $0 + 1 } ?? 0 }
        func lineEnd(_ offset: Int) -> Int { characters[offset...].firstIndex(of: "\n") ?? characters.count }
        func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        func wordStart(_ offset: Int) -> Int {
            var position = offset
            while position > 0, !isWord(characters[position - 1]) { position -= 1 }
            while position > 0, isWord(characters[position - 1]) { position -= 1 }
            return position
        }
        func wordEnd(_ offset: Int) -> Int {
            var position = offset
            while position < characters.count, !isWord(characters[position]) { position += 1 }
            while position < characters.count, isWord(characters[position]) { position += 1 }
            return position
        }

        mutating func insert(_ text: String) {
            let typed = text.map { $0 == "\n" && !multiline ? " " : $0 }
            characters.insert(contentsOf: typed, at: cursor)
            cursor += typed.count
        }

        mutating func apply(_ command: EditCommand) {
            switch command {
            case .left: cursor = max(0, cursor - 1)
            case .right: cursor = min(characters.count, cursor + 1)
            case .lineStart: cursor = lineStart(cursor)
            case .lineEnd: cursor = lineEnd(cursor)
            case .wordLeft: cursor = wordStart(cursor)
            case .wordRight: cursor = wordEnd(cursor)
            case .up, .down:
                let start = lineStart(cursor)
                let column = cursor - start
                if command == .down {
                    let end = lineEnd(cursor)
                    if end >= characters.count { cursor = end } else { cursor = min(end + 1 + column, lineEnd(end + 1)) }
                } else if start == 0 {
                    cursor = 0
                } else {
                    cursor = min(lineStart(start - 1) + column, start - 1)
                }
            case .deleteBackward: if cursor > 0 { characters.remove(at: cursor - 1); cursor -= 1 }
            case .deleteForward: if cursor < characters.count { characters.remove(at: cursor) }
            case .deleteWordBackward:
                let start = wordStart(cursor)
                characters.removeSubrange(start..<cursor)
                cursor = start
            case .deleteToLineStart:
                let start = lineStart(cursor)
                characters.removeSubrange(start..<cursor)
                cursor = start
            case .newline: insert("\n")
            case .finish, .complete: break
            }
        }
    }

    /// Whole characters only: a lone combining mark would join its neighbour in a string but
    /// not in an array, which is the string's right and the array's mistake.
    static let pieces = ["a", "b", "æ", "ø", "Å", " ", "\n", "é", "e\u{301}", "🙂", "日本", "ord", "Vi gør det", ".", "\n\n"]
    static let commands: [EditCommand] = [.left, .right, .lineStart, .lineEnd, .wordLeft, .wordRight, .up, .down,
                                          .deleteBackward, .deleteForward, .deleteWordBackward, .deleteToLineStart, .newline]

    @Test("random keys give the same text and cursor", arguments: TestSeed.seeds([1, 2, 3, 4]))
    func agrees(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for round in 0..<200 {
            let multiline = round % 3 != 0
            let start = (0..<Int.random(in: 0...6, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            var buffer = TextBuffer(start, multiline: multiline)
            var reference = Reference(start, multiline: multiline)
            for step in 0..<60 {
                if Bool.random(using: &random) {
                    let piece = Self.pieces.randomElement(using: &random)!
                    buffer.insert(piece)
                    reference.insert(piece)
                } else {
                    let command = Self.commands.randomElement(using: &random)!
                    buffer.apply(command)
                    reference.apply(command)
                }
                guard buffer.text == String(reference.characters), buffer.cursor == reference.cursor else {
                    Issue.record("\(random.replay), round \(round), step \(step): \(buffer.text.debugDescription) at \(buffer.cursor), expected \(String(reference.characters).debugDescription) at \(reference.cursor)")
                    return
                }
            }
        }
    }

    @Test("the window around the cursor holds the cursor's line and the lines asked for")
    func window() {
        var buffer = TextBuffer((0..<1_000).map { "linje \($0)" }.joined(separator: "\n"), multiline: true)
        for _ in 0..<500 { buffer.apply(.up) }
        let window = buffer.window(linesBefore: 3, linesAfter: 2)
        #expect(window.text == "linje 496\nlinje 497\nlinje 498\nlinje 499\nlinje 500\nlinje 501")
        #expect(window.cutAbove && window.cutBelow)
        #expect(String(window.text.prefix(window.cursor)).hasSuffix("linje 499"), "the cursor at the end of line 499")
        let whole = TextBuffer("a\nb", multiline: true).window(linesBefore: 10, linesAfter: 10)
        #expect(whole.text == "a\nb" && !whole.cutAbove && !whole.cutBelow && whole.cursor == 3)
    }
}
