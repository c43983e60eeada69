/// Text from files and typing is data: control characters are shown as visible escapes and
/// never reach the terminal, so a file cannot move the cursor, change colours or reorder text.
public enum VisibleText {
    /// The character as it may be drawn: itself, or a visible escape such as `^[` or `<U+202E>`.
    public static func escape(_ character: Character) -> String? {
        guard character.unicodeScalars.contains(where: isControl) || DisplayWidth.of(character) == 0 else {
            return nil
        }
        return character.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x00..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
            case 0x7F: "^?"
            default:
                isControl(scalar) || DisplayWidth.isZeroWidth(scalar)
                    ? "<U+" + hex(scalar.value) + ">"
                    : String(scalar)
            }
        }.joined()
    }

    /// A whole line as it may be printed: every character that could act on a terminal is
    /// replaced by its visible escape. For commands that print text from files.
    public static func printable(_ text: String) -> String {
        // Text of single-cell scalars only (Danish, most of any line) holds nothing to escape:
        // returned without breaking it into characters, so a 50 MB value prints in linear time.
        if text.unicodeScalars.allSatisfy(DisplayWidth.isSingleCell) { return text }
        var result = ""
        for character in text {
            if let escaped = escape(character) { result += escaped } else { result.append(character) }
        }
        return result
    }

    /// C0, DEL, C1 and the bidirectional controls that could reorder what is shown.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
