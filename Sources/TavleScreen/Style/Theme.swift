import TavleCore

/// Maps every semantic style to an appearance; read from a small text file in `themes/`.
///
/// ```
/// # comment
/// focus   = reverse bold
/// header  = black on cyan bold
/// muted   = 245
/// ```
/// A colour is `default`, a name (`black` … `white`, `bright-black` … `bright-white`) or a
/// number 0–255; attributes are `bold`, `reverse`, `underline`, `dim`.
public struct Theme: Equatable, Sendable {
    /// The theme's name, from its file name.
    public var name: String
    /// The look of each style; styles a file leaves out fall back to the built-in look.
    public var appearances: [Style: Appearance]

    /// The look of a style.
    public func appearance(of style: Style) -> Appearance {
        appearances[style] ?? Theme.fallback.appearances[style] ?? Appearance()
    }

    /// Used when no theme file can be read: attributes only, so it works on any terminal.
    public static let fallback = Theme(name: "fallback", appearances: [
        .normal: Appearance(),
        .header: Appearance(bold: true, reverse: true),
        .heading: Appearance(bold: true),
        .muted: Appearance(dim: true),
        .focus: Appearance(bold: true, reverse: true),
        .done: Appearance(dim: true),
        .warning: Appearance(bold: true, underline: true),
        .card: Appearance(),
        .column: Appearance(bold: true, underline: true),
        .drop: Appearance(bold: true, reverse: true, underline: true),
        .status: Appearance(reverse: true),
        .editing: Appearance(underline: true),
    ])

    private static let colorNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Parses a theme file; every problem is reported with its line and column.
    public static func parse(_ text: String, name: String) throws(FormatError) -> Theme {
        var theme = Theme(name: name, appearances: [:])
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.prefix { $0 != "#" }
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw FormatError(line: lineNumber, column: 1, message: "expected 'style = colours and attributes'")
            }
            let styleName = line[..<equals].trimmingWhitespace
            guard let style = Style(rawValue: String(styleName)) else {
                let known = Style.allCases.map(\.rawValue).joined(separator: ", ")
                throw FormatError(line: lineNumber, column: column(of: styleName, in: rawLine), message: "unknown style '\(styleName)'; styles are \(known)")
            }
            var appearance = Appearance()
            var expectBackground = false
            var sawForeground = false
            for word in line[line.index(after: equals)...].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }) {
                let column = column(of: word, in: rawLine)
                switch word {
                case "bold": appearance.bold = true
                case "reverse": appearance.reverse = true
                case "underline": appearance.underline = true
                case "dim": appearance.dim = true
                case "on":
                    guard sawForeground, !expectBackground else {
                        throw FormatError(line: lineNumber, column: column, message: "'on' goes between a foreground and a background colour")
                    }
                    expectBackground = true
                default:
                    guard let color = color(named: word) else {
                        throw FormatError(line: lineNumber, column: column, message: "unknown colour or attribute '\(word)'")
                    }
                    if expectBackground {
                        appearance.background = color
                        expectBackground = false
                    } else if !sawForeground {
                        appearance.foreground = color
                        sawForeground = true
                    } else {
                        throw FormatError(line: lineNumber, column: column, message: "a second colour needs 'on' before it, e.g. 'black on cyan'")
                    }
                }
            }
            if expectBackground {
                throw FormatError(line: lineNumber, column: rawLine.count + 1, message: "'on' must be followed by a background colour")
            }
            theme.appearances[style] = appearance
        }
        return theme
    }

    private static func color(named word: Substring) -> ThemeColor? {
        if word == "default" { return .terminalDefault }
        if let number = Int(word), (0...255).contains(number) { return .index(number) }
        if let index = colorNames.firstIndex(of: String(word)) { return .index(index) }
        if word.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(word.dropFirst(7))) {
            return .index(index + 8)
        }
        return nil
    }

    private static func column(of part: Substring, in line: Substring) -> Int {
        line.distance(from: line.startIndex, to: part.startIndex) + 1
    }
}
