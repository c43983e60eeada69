/// How readable a theme is, measured as WCAG measures it: the contrast ratio of what a style's
/// text is drawn in against what it is drawn on, on a terminal whose own colours are light on
/// black or dark on white (`default` in a theme means those).
extension Theme {
    /// A colour as red, green and blue from 0 to 255.
    public typealias RGB = (red: Int, green: Int, blue: Int)

    /// A terminal's own foreground and background.
    public struct TerminalColors: Sendable {
        public var foreground: (Int, Int, Int)
        public var background: (Int, Int, Int)
        public var name: String

        /// xterm's default: light grey on black.
        public static let dark = TerminalColors(foreground: (229, 229, 229), background: (0, 0, 0), name: "black")
        /// A white terminal (`xterm -bg white -fg black`, most desktop terminals' light look).
        public static let light = TerminalColors(foreground: (0, 0, 0), background: (255, 255, 255), name: "white")
    }

    /// The text colour and the background a style is seen in on `terminal`: `default`
    /// resolved, bold text in one of the eight basic colours drawn in its bright twin (xterm
    /// and most terminals do: bold black turns grey), reverse video swapped, dim taken as
    /// halfway to the background.
    public func seenColors(of style: Style, on terminal: TerminalColors) -> (text: RGB, background: RGB) {
        var look = appearance(of: style)
        if look.bold, case .index(let index) = look.foreground, index < 8 { look.foreground = .index(index + 8) }
        func resolve(_ color: ThemeColor, _ fallback: (Int, Int, Int)) -> RGB {
            switch color {
            case .terminalDefault: return fallback
            case .index(let index): return ThemeColor.rgb(index)
            }
        }
        var text = resolve(look.foreground, terminal.foreground)
        var background = resolve(look.background, terminal.background)
        if look.reverse { swap(&text, &background) }
        if look.dim {
            text = ((text.0 + background.0) / 2, (text.1 + background.1) / 2, (text.2 + background.2) / 2)
        }
        return (text, background)
    }

    /// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    public static func contrastRatio(_ first: RGB, _ second: RGB) -> Double {
        let (lighter, darker) = (max(luminance(first), luminance(second)), min(luminance(first), luminance(second)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    /// WCAG relative luminance of an sRGB colour.
    static func luminance(_ color: RGB) -> Double {
        func channel(_ value: Int) -> Double {
            let c = Double(value) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue)
    }

    /// `x` to the power `y` for positive `x`, without Foundation: exp(y · ln x).
    private static func pow(_ base: Double, _ exponent: Double) -> Double {
        guard base > 0 else { return 0 }
        // ln by argument reduction to [0.5, 1) and a series; exp by squaring. Plenty for ratios.
        var x = base, k = 0.0
        while x >= 1 { x /= 2; k += 1 }
        while x < 0.5 { x *= 2; k -= 1 }
        let t = (x - 1) / (x + 1)
        var term = t, sum = 0.0, n = 1.0
        for _ in 0..<30 { sum += term / n; term *= t * t; n += 2 }
        let ln = 2 * sum + k * 0.6931471805599453
        let y = exponent * ln
        var result = 1.0, power = 1.0, factorial = 1.0
        for i in 1..<40 { power *= y; factorial *= Double(i); result += power / factorial }
        return result
    }
}
