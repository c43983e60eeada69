import TavleCore

/// The fields of an `application/x-www-form-urlencoded` body or a query string, decoded:
/// `+` is a space, `%XX` a byte; what is not UTF-8 is dropped.
struct FormFields: Sendable {
    private var fields: [(name: String, value: String)] = []

    /// Reads `a=1&b=x+y`.
    init(_ text: Substring) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if let value { fields.append((name, value)) }
        }
    }

    /// The first value named `name`.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    private static func decode(_ text: Substring) -> String? {
        PercentEncoding.decode(text, plusIsSpace: true)
    }

    /// Text for a query string: everything but unreserved characters as `%XX`.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += PercentEncoding.escaped(byte)
            }
        }
        return result
    }
}
