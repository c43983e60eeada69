import TavleCore

/// One terminal cell: a grapheme and its semantic style.
///
/// A cell is plain data (eight bytes, no reference counting), so a whole screen is rendered,
/// copied and compared at memory speed: comparing two screens is what decides what reaches
/// the terminal after every key. A grapheme of one Unicode scalar (nearly every one) is kept
/// in the cell; a longer cluster (e with a combining accent, a family emoji) lives in its
/// grid's list of clusters, so read characters through `Grid.character(x:y:)`.
///
/// A wide grapheme (CJK, most emoji) fills its cell and marks the next one as a continuation,
/// which the terminal backend skips.
public struct Cell: Equatable, Sendable {
    /// A scalar value, or `clusterBase` plus an index into the grid's clusters.
    var glyph: UInt32
    /// How it is drawn, resolved through the theme.
    public var style: Style
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    /// Glyphs from here up are cluster indexes; scalar values end at 0x10FFFF.
    static let clusterBase: UInt32 = 0x11_0000

    /// A cell showing one Unicode scalar.
    init(_ scalar: Unicode.Scalar, style: Style = .normal, isContinuation: Bool = false) {
        glyph = scalar.value
        self.style = style
        self.isContinuation = isContinuation
    }

    /// True when the grapheme is in the grid's cluster list rather than in the cell.
    var isCluster: Bool { glyph >= Self.clusterBase }

    /// An empty cell in the normal style.
    public static let blank = Cell(" ")
}

/// A rectangle of cells; views are given one and never draw outside it.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes become empty.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether the cell lies inside.
    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < x + width && point.y >= y && point.y < y + height
    }

    /// The top `rows` rows, and the rest below.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(rows, 0), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The bottom row of the rectangle.
    public var maxY: Int { y + height }
    /// The column after the rectangle's last.
    public var maxX: Int { x + width }
}
