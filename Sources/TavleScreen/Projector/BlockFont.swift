/// Large letters for the projector view's section titles, readable from the back of a room.
///
/// Each glyph is `height` rows of equal width drawn with full blocks; letters are upper case
/// (lower-case text is drawn with the upper-case glyph). Widths vary per glyph so that narrow
/// marks (I, punctuation) don't leave holes in a title and wide letters (M, W) stay legible.
public enum BlockFont {
    /// Rows per glyph, so a caller can reserve the title's height before drawing it.
    public static let height = 5
    /// Blank columns between two glyphs, so neighbouring letters don't fuse into one shape.
    public static let spacing = 1
    /// Columns taken by a character the font has no glyph for, so words around it stay apart.
    static let missingWidth = 3

    /// The glyph for a character, upper-cased first, so titles typed in any case look the same; nil when the font has none.
    public static func glyph(for character: Character) -> [String]? {
        if let glyph = glyphs[character] { return glyph }
        // Upper-casing can yield several characters ("ß" → "SS"); such characters have no glyph.
        let upper = String(character).uppercased()
        guard upper.count == 1, let first = upper.first else { return nil }
        return glyphs[first]
    }

    /// Whether every character of `text` has a glyph, so a caller can fall back to plain text instead of drawing gaps.
    public static func covers(_ text: some StringProtocol) -> Bool {
        text.allSatisfy { glyph(for: $0) != nil }
    }

    /// The width in cells of `text` drawn in the font, spacing included (0 for empty text), so a title can be centred or
    /// checked against the screen before it is drawn.
    public static func width(of text: some StringProtocol) -> Int {
        guard !text.isEmpty else { return 0 }
        let glyphWidths = text.reduce(0) { $0 + glyphWidth(of: $1) }
        return glyphWidths + spacing * (text.count - 1)
    }

    /// The rows of `text` drawn in the font, ready to be put on the screen one row per line: `height` strings, each exactly
    /// `width(of:)` cells wide, glyphs separated by `spacing` blank columns. A character without a glyph is drawn as a
    /// blank `missingWidth` columns wide, so the rest of the title keeps its shape (check `covers` first to avoid that).
    public static func render(_ text: some StringProtocol) -> [String] {
        let blank = String(repeating: " ", count: missingWidth)
        let gap = String(repeating: " ", count: spacing)
        return (0..<height).map { row in
            text.map { character in
                guard let glyph = glyph(for: character), row < glyph.count else { return blank }
                return glyph[row]
            }
            .joined(separator: gap)
        }
    }

    /// Cells one character takes, so width and rendering agree even for characters without a glyph.
    private static func glyphWidth(of character: Character) -> Int {
        glyph(for: character)?.first?.count ?? missingWidth
    }

    /// The glyphs, one row per source line; every row of a glyph has the same width and uses only "█" and " ".
    private static let glyphs: [Character: [String]] = [
        "A": [
            " ██ ",
            "█  █",
            "████",
            "█  █",
            "█  █",
        ],
        "B": [
            "███ ",
            "█  █",
            "███ ",
            "█  █",
            "███ ",
        ],
        "C": [
            " ███",
            "█   ",
            "█   ",
            "█   ",
            " ███",
        ],
        "D": [
            "███ ",
            "█  █",
            "█  █",
            "█  █",
            "███ ",
        ],
        "E": [
            "████",
            "█   ",
            "███ ",
            "█   ",
            "████",
        ],
        "F": [
            "████",
            "█   ",
            "███ ",
            "█   ",
            "█   ",
        ],
        "G": [
            " ███",
            "█   ",
            "█ ██",
            "█  █",
            " ███",
        ],
        "H": [
            "█  █",
            "█  █",
            "████",
            "█  █",
            "█  █",
        ],
        "I": [
            "███",
            " █ ",
            " █ ",
            " █ ",
            "███",
        ],
        "J": [
            "   █",
            "   █",
            "   █",
            "█  █",
            " ██ ",
        ],
        "K": [
            "█  █",
            "█ █ ",
            "██  ",
            "█ █ ",
            "█  █",
        ],
        "L": [
            "█   ",
            "█   ",
            "█   ",
            "█   ",
            "████",
        ],
        "M": [
            "█   █",
            "██ ██",
            "█ █ █",
            "█   █",
            "█   █",
        ],
        "N": [
            "█   █",
            "██  █",
            "█ █ █",
            "█  ██",
            "█   █",
        ],
        "O": [
            " ███ ",
            "█   █",
            "█   █",
            "█   █",
            " ███ ",
        ],
        "P": [
            "███ ",
            "█  █",
            "███ ",
            "█   ",
            "█   ",
        ],
        "Q": [
            " ███ ",
            "█   █",
            "█   █",
            "█  █ ",
            " ██ █",
        ],
        "R": [
            "███ ",
            "█  █",
            "███ ",
            "█ █ ",
            "█  █",
        ],
        "S": [
            " ███",
            "█   ",
            " ██ ",
            "   █",
            "███ ",
        ],
        "T": [
            "█████",
            "  █  ",
            "  █  ",
            "  █  ",
            "  █  ",
        ],
        "U": [
            "█  █",
            "█  █",
            "█  █",
            "█  █",
            " ██ ",
        ],
        "V": [
            "█   █",
            "█   █",
            "█   █",
            " █ █ ",
            "  █  ",
        ],
        "W": [
            "█   █",
            "█   █",
            "█ █ █",
            "██ ██",
            "█   █",
        ],
        "X": [
            "█   █",
            " █ █ ",
            "  █  ",
            " █ █ ",
            "█   █",
        ],
        "Y": [
            "█   █",
            " █ █ ",
            "  █  ",
            "  █  ",
            "  █  ",
        ],
        "Z": [
            "█████",
            "   █ ",
            "  █  ",
            " █   ",
            "█████",
        ],
        "Æ": [
            " █████",
            "█  █  ",
            "█████ ",
            "█  █  ",
            "█  ███",
        ],
        // Marks stand apart from the letter, as in print, so no mark makes a letter read as
        // another character: Å's ring has a blank row under it (it read as 8), Ø's stroke runs
        // out of the O at both ends (it read as a slashed zero).
        "Ø": [
            " ███ █",
            "█  ██ ",
            "█ █ █ ",
            "██  █ ",
            "█████ ",
        ],
        "Å": [
            " ██ ",
            "    ",
            " ██ ",
            "████",
            "█  █",
        ],
        "É": [
            "  █ ",
            "████",
            "███ ",
            "█   ",
            "████",
        ],
        "0": [
            " ██ ",
            "█  █",
            "█  █",
            "█  █",
            " ██ ",
        ],
        "1": [
            " █ ",
            "██ ",
            " █ ",
            " █ ",
            "███",
        ],
        "2": [
            "███ ",
            "   █",
            " ██ ",
            "█   ",
            "████",
        ],
        "3": [
            "███ ",
            "   █",
            " ██ ",
            "   █",
            "███ ",
        ],
        "4": [
            "█  █",
            "█  █",
            "████",
            "   █",
            "   █",
        ],
        "5": [
            "████",
            "█   ",
            "███ ",
            "   █",
            "███ ",
        ],
        "6": [
            " ██ ",
            "█   ",
            "███ ",
            "█  █",
            " ██ ",
        ],
        "7": [
            "████",
            "   █",
            "  █ ",
            " █  ",
            " █  ",
        ],
        "8": [
            " ██ ",
            "█  █",
            " ██ ",
            "█  █",
            " ██ ",
        ],
        "9": [
            " ██ ",
            "█  █",
            " ███",
            "   █",
            " ██ ",
        ],
        " ": [  // space
            "   ",
            "   ",
            "   ",
            "   ",
            "   ",
        ],
        ".": [
            " ",
            " ",
            " ",
            " ",
            "█",
        ],
        ",": [
            "  ",
            "  ",
            "  ",
            " █",
            "█ ",
        ],
        ":": [
            " ",
            "█",
            " ",
            "█",
            " ",
        ],
        ";": [
            "  ",
            " █",
            "  ",
            " █",
            "█ ",
        ],
        "!": [
            "█",
            "█",
            "█",
            " ",
            "█",
        ],
        "?": [
            "███ ",
            "   █",
            " ██ ",
            "    ",
            " █  ",
        ],
        "-": [
            "   ",
            "   ",
            "███",
            "   ",
            "   ",
        ],
        "–": [  // en dash, drawn like the hyphen
            "   ",
            "   ",
            "███",
            "   ",
            "   ",
        ],
        "—": [  // em dash
            "     ",
            "     ",
            "█████",
            "     ",
            "     ",
        ],
        "…": [  // ellipsis
            "     ",
            "     ",
            "     ",
            "     ",
            "█ █ █",
        ],
        "'": [
            "█",
            "█",
            " ",
            " ",
            " ",
        ],
        "\"": [
            "█ █",
            "█ █",
            "   ",
            "   ",
            "   ",
        ],
        "‘": [  // single left quote
            "█ ",
            " █",
            "  ",
            "  ",
            "  ",
        ],
        "’": [  // apostrophe / single right quote
            " █",
            "█ ",
            "  ",
            "  ",
            "  ",
        ],
        "“": [  // left double quote
            "█ █ ",
            " █ █",
            "    ",
            "    ",
            "    ",
        ],
        "”": [  // right double quote
            " █ █",
            "█ █ ",
            "    ",
            "    ",
            "    ",
        ],
        "„": [  // low double quote
            "    ",
            "    ",
            "    ",
            " █ █",
            "█ █ ",
        ],
        "«": [  // left guillemet
            "    ",
            " █ █",
            "█ █ ",
            " █ █",
            "    ",
        ],
        "»": [  // right guillemet
            "    ",
            "█ █ ",
            " █ █",
            "█ █ ",
            "    ",
        ],
        "(": [
            " █",
            "█ ",
            "█ ",
            "█ ",
            " █",
        ],
        ")": [
            "█ ",
            " █",
            " █",
            " █",
            "█ ",
        ],
        "/": [
            "  █",
            "  █",
            " █ ",
            "█  ",
            "█  ",
        ],
        "&": [
            " ██  ",
            "█  █ ",
            " ██  ",
            "█ █ █",
            " ██ █",
        ],
        "+": [
            "   ",
            " █ ",
            "███",
            " █ ",
            "   ",
        ],
        "=": [
            "   ",
            "███",
            "   ",
            "███",
            "   ",
        ],
        "%": [
            "██  █",
            "██ █ ",
            "  █  ",
            " █ ██",
            "█  ██",
        ],
        "#": [
            " █ █ ",
            "█████",
            " █ █ ",
            "█████",
            " █ █ ",
        ],
        "*": [
            "   ",
            "█ █",
            " █ ",
            "█ █",
            "   ",
        ],
    ]
}
