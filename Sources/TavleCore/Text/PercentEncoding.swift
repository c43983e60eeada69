/// `%XX` escapes, read the one way wherever Tavle meets them: names in a card's comment
/// (`by=Birgit%20Hansen`) and the fields a phone's form sends (`text=%C3%86bler+og+p%C3%A6rer`).
public enum PercentEncoding {
    /// The text with every `%XX` as its byte, `+` as a space where `plusIsSpace`; nil when a
    /// `%` is not followed by two hex digits, a byte `refuses` is written raw, or the bytes
    /// are not UTF-8.
    public static func decode(_ text: Substring, plusIsSpace: Bool = false, refusing refuses: (UInt8) -> Bool = { _ in false }) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusIsSpace:
                bytes.append(0x20)
            default:
                guard !refuses(byte) else { return nil }
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `%XX` for one byte, two upper-case hex digits.
    public static func escaped(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "%" + (hex.count == 1 ? "0" + hex : hex)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
