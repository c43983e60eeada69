import TavleCore

/// A virtual screen of cells. Views draw into it; the terminal backend copies it out, and
/// tests read it back as lines of text.
public struct Grid: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells.
    public private(set) var cells: [Cell]

    /// A blank grid.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at a column and row.
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes text from (x, y) without passing `limit` (exclusive); returns the column after it.
    ///
    /// Control characters become visible escapes; a wide character that would straddle the
    /// limit is left out, so nothing is ever drawn outside the view's rectangle.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        var column = x
        for character in text {
            if let escaped = VisibleText.escape(character) {
                for piece in escaped where column < end {
                    if column >= 0 { self[column, y] = Cell(piece, style: style) }
                    column += 1
                }
                if column >= end { break }
                continue
            }
            let cellWidth = DisplayWidth.of(character)
            guard column + cellWidth <= end else { break }
            if column >= 0 {
                clearWideCharacter(at: column, y: y)
                self[column, y] = Cell(character, style: style)
                if cellWidth == 2 {
                    clearWideCharacter(at: column + 1, y: y)
                    self[column + 1, y] = Cell(" ", style: style, isContinuation: true)
                }
            }
            column += cellWidth
        }
        return column
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        for y in max(rect.y, 0)..<min(rect.maxY, height) {
            for x in max(rect.x, 0)..<min(rect.maxX, width) {
                self[x, y] = Cell(" ", style: style)
            }
        }
    }

    /// The rows as text, wide characters once, trailing blanks removed: for tests and replays.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation {
                line.append(self[x, y].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Overwriting half of a wide character blanks its other half, so no half-glyph survives.
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        guard x < width else { return }
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        } else if x + 1 < width, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
    }
}

/// A rendered screen: the cells, what lies where for the mouse, and where the text cursor is.
public struct Frame: Equatable, Sendable {
    /// The cells.
    public var grid: Grid
    /// Regions the pointer can act on; later regions lie on top of earlier ones.
    public var hits: [(rect: Rect, target: Target)]
    /// The text cursor while editing.
    public var cursor: Point?

    /// A blank frame.
    public init(width: Int, height: Int) {
        grid = Grid(width: width, height: height)
        hits = []
        cursor = nil
    }

    /// What the pointer is over at a cell, if anything.
    public func target(at point: Point) -> Target? {
        hits.last { $0.rect.contains(point) }?.target
    }

    /// Marks a region as acting on `target`.
    public mutating func hit(_ rect: Rect, _ target: Target) {
        hits.append((rect, target))
    }

    /// Frames are equal when they draw the same and hit the same targets in the same places.
    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.grid == rhs.grid && lhs.cursor == rhs.cursor
            && lhs.hits.map(\.rect) == rhs.hits.map(\.rect) && lhs.hits.map(\.target) == rhs.hits.map(\.target)
    }
}
