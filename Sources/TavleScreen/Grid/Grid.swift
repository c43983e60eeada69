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
    /// Graphemes of more than one scalar, which cells refer to by index.
    private var clusters: [Character] = []

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

    /// The grapheme shown at a column and row.
    public func character(x: Int, y: Int) -> Character {
        character(of: cells[y * width + x])
    }

    /// The scalar a cell shows, or nil when it shows a cluster of several: the common case
    /// without building a `Character`, for copying a screen to the terminal.
    public func scalar(x: Int, y: Int) -> Unicode.Scalar? {
        let cell = cells[y * width + x]
        return cell.isCluster ? nil : Unicode.Scalar(cell.glyph)
    }

    /// The grapheme a cell of this grid shows.
    func character(of cell: Cell) -> Character {
        cell.isCluster
            ? clusters[Int(cell.glyph - Cell.clusterBase)]
            : Character(Unicode.Scalar(cell.glyph) ?? " ")
    }

    /// Whether a cell of this grid and a cell of `other` look the same.
    func sameLook(_ cell: Cell, as otherCell: Cell, in other: Grid) -> Bool {
        if cell == otherCell, !cell.isCluster { return true }
        guard cell.style == otherCell.style, cell.isContinuation == otherCell.isContinuation,
              cell.isCluster || otherCell.isCluster
        else { return false }
        return character(of: cell) == other.character(of: otherCell)
    }

    /// Grids are equal when every cell looks the same, however their clusters are numbered.
    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        guard lhs.width == rhs.width, lhs.height == rhs.height else { return false }
        if lhs.clusters.isEmpty, rhs.clusters.isEmpty { return lhs.cells == rhs.cells }
        return lhs.cells.indices.allSatisfy { lhs.sameLook(lhs.cells[$0], as: rhs.cells[$0], in: rhs) }
    }

    /// A cell showing `character`: kept in the cell when it is one scalar.
    private mutating func cell(_ character: Character, style: Style) -> Cell {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return Cell(scalar, style: style) }
        clusters.append(character)
        var cell = Cell(" ", style: style)
        cell.glyph = Cell.clusterBase + UInt32(clusters.count - 1)
        return cell
    }

    /// Copies the cell at (x, y) of `source`, with its cluster if it has one.
    mutating func copyCell(x: Int, y: Int, from source: Grid) {
        let original = source[x, y]
        if original.isCluster {
            var copied = cell(source.character(of: original), style: original.style)
            copied.isContinuation = original.isContinuation
            self[x, y] = copied
        } else {
            self[x, y] = original
        }
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Writes text from (x, y) without passing `limit` (exclusive); returns the column after it.
    ///
    /// Control characters become visible escapes; a wide character that would straddle the
    /// limit is left out, so nothing is ever drawn outside the view's rectangle.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        // Printable ASCII, most of what is drawn: one byte is one cell.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return putASCII(text, x: x, y: y, style: style, limit: limit)
        }
        // Danish text, punctuation and frame lines: one scalar is one character and one cell.
        if text.unicodeScalars.allSatisfy(DisplayWidth.isSingleCell) {
            return putSingleCells(text, x: x, y: y, style: style, limit: limit)
        }
        return putCharacters(text, x: x, y: y, style: style, limit: limit)
    }

    /// `put` for text of printable ASCII only, byte by byte.
    mutating func putASCII(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        let start = max(x, 0)
        let stop = min(x + text.utf8.count, end)
        guard start < stop else { return min(x + text.utf8.count, max(end, x)) }
        clearWideCharacter(at: start, y: y)
        clearWideCharacter(at: stop - 1, y: y)
        var column = x
        for byte in text.utf8 {
            if column >= stop { break }
            if column >= start { self[column, y] = Cell(Unicode.Scalar(byte), style: style) }
            column += 1
        }
        return stop
    }

    /// `put` for text whose scalars are each one character of one cell, scalar by scalar.
    mutating func putSingleCells(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        let count = text.unicodeScalars.count
        let start = max(x, 0)
        let stop = min(x + count, end)
        guard start < stop else { return min(x + count, max(end, x)) }
        clearWideCharacter(at: start, y: y)
        clearWideCharacter(at: stop - 1, y: y)
        var column = x
        for scalar in text.unicodeScalars {
            if column >= stop { break }
            if column >= start { self[column, y] = Cell(scalar, style: style) }
            column += 1
        }
        return stop
    }

    /// `put` character by character, for any text.
    mutating func putCharacters(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        var column = x
        for character in text {
            if let escaped = VisibleText.escape(character) {
                for piece in escaped where column < end {
                    if column >= 0 { self[column, y] = cell(piece, style: style) }
                    column += 1
                }
                if column >= end { break }
                continue
            }
            let cellWidth = DisplayWidth.of(character)
            guard column + cellWidth <= end else { break }
            if column >= 0 {
                clearWideCharacter(at: column, y: y)
                self[column, y] = cell(character, style: style)
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
                line.append(character(x: x, y: y))
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
