/// What a cell means, not how it looks: the theme decides the look.
///
/// Focus is always shown by more than colour: views add a marker (`▶`) and the standard
/// themes use reverse video, so it survives `NO_COLOR` and a washed-out projector.
public enum Style: String, CaseIterable, Sendable {
    /// Ordinary text.
    case normal
    /// The bar at the top with the workshop's title.
    case header
    /// Section and group headings, questions.
    case heading
    /// Guidance and hints: present but quiet.
    case muted
    /// The focused item.
    case focus
    /// Ticked points and finished sections.
    case done
    /// Failed saves, over-limit ranks, things to act on.
    case warning
    /// Cards on a board.
    case card
    /// Column headings on a board.
    case column
    /// Where a moved card would land, and the card being dragged.
    case drop
    /// The status line at the bottom.
    case status
    /// Text being typed.
    case editing
    /// The countdown in the status line.
    case timer
    /// Dots given in a dot vote.
    case vote
    /// The projector view's title in block letters: the heading's look without underline,
    /// which would cut through every row of the letters.
    case banner
    /// The room's QR code: black on white whatever the theme, since a scanner needs dark
    /// modules on a light ground (a light-on-dark code does not scan on many phones).
    case scanCode
    /// The same code's other half: white on black, for cells whose top module is light and
    /// bottom dark, and for cells dark all through (a background, so no gap between rows).
    case scanCodeReverse
}

/// A colour as a theme names it.
public enum ThemeColor: Equatable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours (0–7 basic, 8–15 bright).
    case index(Int)
}

/// How a style looks: colours and attributes.
public struct Appearance: Equatable, Sendable {
    public var foreground: ThemeColor = .terminalDefault
    public var background: ThemeColor = .terminalDefault
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    /// Creates an appearance.
    public init(
        foreground: ThemeColor = .terminalDefault,
        background: ThemeColor = .terminalDefault,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The same attributes without colour, for `NO_COLOR` and monochrome terminals.
    public var withoutColor: Appearance {
        Appearance(bold: bold, reverse: reverse, underline: underline, dim: dim)
    }
}

extension Style {
    /// Every style once, in declaration order; `Style.allCases` would build a new array per use.
    public static let ordered = Style.allCases
    /// The styles a theme gives a look; the QR code's is fixed (`scanCode`).
    public static let themable = Style.allCases.filter { $0 != .scanCode && $0 != .scanCodeReverse }

    /// The style's place in `Style.ordered`, for tables of looks kept in that order.
    public var index: Int { Style.ordered.firstIndex(of: self) ?? 0 }
}
