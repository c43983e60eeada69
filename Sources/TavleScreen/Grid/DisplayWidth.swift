import TavleCore

/// How many terminal cells a character takes, decided without the C library's locale, so
/// layout is the same in tests and in any terminal.
///
/// Wide: what Unicode's East Asian Width calls wide or fullwidth (`WideScalars`, generated
/// by scripts/generate-widths) and emoji with emoji presentation. Zero: a lone combining mark
/// or format character, which `Grid` replaces with a visible stand-in. Everything else,
/// ambiguous width included, is one cell.
public enum DisplayWidth {
    /// 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x300 || isSingleCell(first) { return 1 }
        if VisibleText.isZeroWidth(first) { return 0 }
        if character.unicodeScalars.contains(where: isWide) { return 2 }
        return 1
    }

    /// The width of a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        if text.unicodeScalars.allSatisfy(isSingleCell) { return text.unicodeScalars.count }
        return text.reduce(0) { $0 + max(of($1), 1) }
    }

    /// Scalars that are a whole character on their own, one cell wide and drawn as themselves:
    /// printable Latin (Danish æ ø å included), general punctuation, arrows, box drawing and
    /// geometric shapes. Text made only of these needs no grapheme breaking or width lookup,
    /// which keeps wrapping and drawing Danish notes on the fast path. A test checks every
    /// scalar here against the general path.
    @inline(__always)
    public static func isSingleCell(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: true
        case 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x21FF, 0x2500...0x25FC: true
        case 0x2713, 0x2717: true
        default: false
        }
    }

    /// East Asian wide and fullwidth characters and emoji shown as pictures take two cells.
    ///
    /// Emoji_Presentation is the standard library's copy of emoji-data.txt: the Python module
    /// the table is generated from has no emoji properties. Every such scalar the table's
    /// Unicode version knows is wide there already, except the regional indicators (a flag's
    /// two letters); so the property adds those and emoji newer than the table
    /// (`DisplayWidthTests` checks both).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        isEastAsianWide(scalar.value) || scalar.properties.isEmojiPresentation
    }

    /// East Asian Width alone, apart from emoji, so a test can hold it against the data; a
    /// binary search, as the generated table has over a hundred ranges.
    static func isEastAsianWide(_ value: UInt32) -> Bool {
        let bounds = WideScalars.bounds
        var low = 0
        var high = bounds.count / 2
        while low < high {
            let middle = (low + high) / 2
            if value < bounds[2 * middle] {
                high = middle
            } else if value > bounds[2 * middle + 1] {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
