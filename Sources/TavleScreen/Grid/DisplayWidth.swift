import TavleCore

/// How many terminal cells a character takes, decided without the C library's locale.
///
/// Wide: East Asian wide and fullwidth ranges and emoji with emoji presentation. Zero: a lone
/// combining mark or format character, which `Grid` replaces with a visible stand-in.
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
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if scalar.properties.isEmojiPresentation { return true }
        return wideRanges.contains { $0.contains(value) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
