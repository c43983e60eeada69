/// Text from files, the config and typing is data: nothing in it may act on a terminal, a
/// browser or a spreadsheet, or reorder what is shown. This is the one place that decides
/// which scalars are such controls and what becomes of them: the screen and the command line
/// show them as visible escapes, exports and pastes leave them out.
public enum VisibleText {
    /// C0, DEL, C1 and the bidirectional controls that could reorder what is shown: the scalars
    /// a terminal or a document would act on instead of showing.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    /// Marks and format characters draw on the cell before them, so one that starts a
    /// character (a combining mark after a line break, a zero-width space) would be invisible.
    public static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: true
        default: false
        }
    }

    /// The screen draws character by character: nil when the character may be drawn as it is,
    /// else a visible escape such as `^[` or `<U+202E>`.
    public static func escape(_ character: Character) -> String? {
        guard character.unicodeScalars.contains(where: isControl) || startsInvisibly(character) else { return nil }
        return character.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x00..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: "^?"
            default:
                isControl(scalar) || isZeroWidth(scalar)
                    ? "<U+" + hex(scalar.value) + ">"
                    : String(scalar)
            }
        }.joined()
    }

    /// Commands print text from files (a kit's title, a file name, a config value) on one
    /// line: every character that could act on a terminal becomes its visible escape.
    public static func printable(_ text: String) -> String {
        // A line with nothing to escape (Danish, most of any line) is returned without
        // breaking it into characters, so a 50 MB value prints in linear time.
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for character in text {
            if let escaped = escape(character) { result += escaped } else { result.append(character) }
        }
        return result
    }

    /// Several lines for a terminal (a document, a usage text): each escaped as `printable`
    /// does and ended by a line feed (a carriage return before one is a line end too).
    public static func printableLines(_ text: String) -> String {
        var result = ""
        for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line[...]
            if line.last == "\r" { line = line.dropLast() }
            result += printable(String(String.UnicodeScalarView(line))) + "\n"
        }
        // After a final line feed the split finds one more, empty line: it is no line.
        if text.unicodeScalars.last == "\n" || text.isEmpty { result.removeLast() }
        return result
    }

    /// Exports write a title, a point or a card on one line of their own format: line breaks
    /// and tabs become spaces, every other control is left out.
    public static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                result.unicodeScalars.append(" ")
            } else if !isControl(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Exports whose format holds whole notes (an HTML page, a CSV cell) keep line feeds and
    /// tabs; every other control is left out.
    public static func keepingLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars where scalar == "\n" || scalar == "\t" || !isControl(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// A character whose first scalar draws on the cell before it would show nothing itself.
    private static func startsInvisibly(_ character: Character) -> Bool {
        guard let first = character.unicodeScalars.first else { return false }
        return first.value >= 0x300 && isZeroWidth(first)
    }

    /// Whether a scalar makes its line need escaping: a control, or a mark or format character
    /// (below U+0300, where Danish lives, the general category is not even looked up).
    @inline(__always)
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || (scalar.value >= 0x300 && isZeroWidth(scalar))
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
