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
    /// The look of each style a file sets, by the style's place in `Style.allCases`: an array,
    /// not a dictionary, because a theme is read at every start and a dictionary's first use
    /// costs the Swift runtime more than the whole theme file.
    private var looks: [Appearance?]

    /// A theme with the given looks; styles left out fall back to the built-in look.
    public init(name: String, appearances: KeyValuePairs<Style, Appearance> = [:]) {
        self.name = name
        looks = Array(repeating: nil, count: Style.ordered.count)
        for (style, appearance) in appearances { looks[style.index] = appearance }
    }


    /// The styles the theme itself sets.
    public var definedStyles: [Style] { Style.ordered.filter { looks[$0.index] != nil } }

    /// The look of a style. A theme that gives `normal` a background paints its own canvas:
    /// every style without a background of its own is drawn on it, so no cell shows the
    /// terminal's background, and the theme reads the same on a black and a white terminal.
    public func appearance(of style: Style) -> Appearance {
        if style == .scanCode { return Appearance(foreground: .index(0), background: .index(15)) }
        if style == .scanCodeReverse { return Appearance(foreground: .index(15), background: .index(0)) }
        var look = looks[style.index] ?? Theme.fallback.looks[style.index] ?? Appearance()
        if look.background == .terminalDefault, style != .normal,
           let canvas = looks[Style.normal.index]?.background, canvas != .terminalDefault {
            look.background = canvas
        }
        return look
    }

    /// Whether the theme paints its own background (`normal` has one).
    public var paintsBackground: Bool {
        (looks[Style.normal.index]?.background ?? .terminalDefault) != .terminalDefault
    }

    /// The look of a style without colour (`NO_COLOR`, a monochrome terminal): the theme's
    /// attributes, or the built-in ones where the theme said it with colour alone, so muted
    /// text, done points and warnings still look different.
    public func appearanceWithoutColor(of style: Style) -> Appearance {
        var own = appearance(of: style).withoutColor
        // A bar of its own colour (the focus, the header, the status line) becomes reverse
        // video, so the focus is still a bar where there is no colour.
        if style != .normal, let background = looks[style.index]?.background, background != .terminalDefault {
            own.reverse = true
        }
        return own == Appearance() ? (Theme.fallback.looks[style.index] ?? own) : own
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
        .timer: Appearance(bold: true),
        .vote: Appearance(bold: true),
        .banner: Appearance(bold: true),
    ])

    private static let colorNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    /// Parses a theme file; every problem is reported with its line and column.
    public static func parse(_ text: String, name: String) throws(FormatError) -> Theme {
        var theme = Theme(name: name)
        // Lines and comments are found by scalar: comparing Characters (grapheme breaking on
        // every comment) was most of the cost of reading a theme at start-up. Line ends are
        // those of every file Tavle reads (`TextLines`: LF, CRLF, CR alone).
        for (offset, rawLine) in TextLines(text).enumerated() {
            let lineNumber = offset + 1
            let scalars = rawLine.unicodeScalars
            let line = Substring(scalars[..<(scalars.firstIndex(of: "#") ?? scalars.endIndex)])
            guard line.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw FormatError(line: lineNumber, column: 1, .themeLineSyntax)
            }
            let styleName = line[..<equals].trimmingWhitespace
            guard let style = Style(rawValue: String(styleName)) else {
                let known = Style.allCases.map(\.rawValue)
                throw FormatError(line: lineNumber, column: column(of: styleName, in: rawLine), .unknownStyle(String(styleName), known: known))
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
                        throw FormatError(line: lineNumber, column: column, .misplacedOn)
                    }
                    expectBackground = true
                default:
                    guard let color = color(named: word) else {
                        throw FormatError(line: lineNumber, column: column, .unknownColour(String(word)))
                    }
                    if expectBackground {
                        appearance.background = color
                        expectBackground = false
                    } else if !sawForeground {
                        appearance.foreground = color
                        sawForeground = true
                    } else {
                        throw FormatError(line: lineNumber, column: column, .secondColourWithoutOn)
                    }
                }
            }
            if expectBackground {
                throw FormatError(line: lineNumber, column: rawLine.count + 1, .backgroundMissing)
            }
            theme.looks[style.index] = appearance
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

extension ThemeColor {
    /// The colour's number on a terminal with `colors` colours (-1: the terminal's default).
    ///
    /// A 256-colour theme still reads on an 8- or 16-colour terminal: a colour the terminal
    /// lacks becomes the basic colour of the same hue (greys become black, grey or white by
    /// lightness), so green still means done and red still warns.
    public func number(onTerminalWith colors: Int) -> Int {
        guard case .index(let index) = self, colors > 0 else { return -1 }
        if index < colors { return index }
        if colors < 16, (8..<16).contains(index) { return index - 8 }
        let (r, g, b) = Self.rgb(index)
        let high = max(r, g, b), low = min(r, g, b)
        let bright = colors >= 16
        if high - low < 48 {
            let light = (r + g + b) / 3
            if !bright { return light >= 128 ? 7 : 0 }
            return light < 64 ? 0 : light < 128 ? 8 : light < 200 ? 7 : 15
        }
        // The channels near the strongest one name the hue: red 1, green 2, blue 4.
        let threshold = low + (high - low) * 6 / 10
        let hue = (r >= threshold ? 1 : 0) + (g >= threshold ? 2 : 0) + (b >= threshold ? 4 : 0)
        return hue + (bright && high > 200 ? 8 : 0)
    }

    /// xterm's default palette: 16 named colours, a 6x6x6 cube, then 24 greys.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let named = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        switch index {
        case 0..<16: return named[index]
        case 16..<232:
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }
}
