/// A board laid out as a 2x2 matrix instead of columns side by side: two axes, each with a
/// word at either end ("let at nå" ↔ "svær at nå"), place every card by two judgements at
/// once, as guide 001's priority diagram does. The board's first column is where cards start
/// (written, or revealed from the phones) before anyone has placed them, drawn left of the
/// matrix; the next four are the quadrants, in reading order (top left, top right, bottom
/// left, bottom right); more columns after them (a ranked short list) stand right of it. So
/// undo, dots, the room, exports and `tavle status` work on a matrix exactly as on columns.
public struct Matrix: Equatable, Sendable {
    /// The horizontal axis: the word at its left end and at its right end.
    public var left: String
    public var right: String
    /// The vertical axis: the word at its top and at its bottom.
    public var top: String
    public var bottom: String

    /// The board's columns that are quadrants: after the first, four of them.
    public static let quadrants = 1...4
    /// The columns a matrix board needs: the unplaced cards' and the four quadrants.
    public static let columnsNeeded = quadrants.upperBound + 1

    /// A matrix with its axes' ends.
    public init(left: String, right: String, top: String, bottom: String) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
    }

    /// Whether column `index` is a quadrant (not the unplaced cards' or one after the matrix).
    public static func isQuadrant(_ index: Int) -> Bool { quadrants.contains(index) }

    /// Whether quadrant column `index` is on the left, and whether at the top.
    public static func corner(of index: Int) -> (isLeft: Bool, isTop: Bool) {
        ((index - quadrants.lowerBound) % 2 == 0, index - quadrants.lowerBound < 2)
    }

    /// The quadrant of column `index` in axis words, horizontal first: "let at nå, gør stor
    /// forskel"; nil for a column that is not a quadrant.
    public func place(ofColumn index: Int) -> String? {
        guard Self.isQuadrant(index) else { return nil }
        let corner = Self.corner(of: index)
        return (corner.isLeft ? left : right) + ", " + (corner.isTop ? top : bottom)
    }
}

/// A way to go from one column of a board to another.
public enum BoardDirection: Sendable {
    case left, right, up, down
}

extension Board {
    /// The column next to column `index` in `direction`, if there is one. Side by side, left
    /// and right are the columns before and after, and nothing is above or below. In a matrix,
    /// the quadrants beside, above and below; left of the left-hand quadrants is the unplaced
    /// cards' column (and right of it the top left quadrant); right of the right-hand ones is
    /// the first column after the matrix (and left of it the top right quadrant).
    public func column(beside index: Int, toward direction: BoardDirection) -> Int? {
        let first = Matrix.quadrants.lowerBound
        let after = Matrix.quadrants.upperBound + 1
        let next: Int?
        if matrix != nil, Matrix.isQuadrant(index) {
            let corner = Matrix.corner(of: index)
            switch direction {
            case .left: next = corner.isLeft ? first - 1 : index - 1
            case .right: next = corner.isLeft ? index + 1 : after
            case .up: next = corner.isTop ? nil : index - 2
            case .down: next = corner.isTop ? index + 2 : nil
            }
        } else {
            switch direction {
            case .left: next = matrix != nil && index == after ? first + 1 : index - 1
            case .right: next = index + 1
            case .up, .down: next = nil
            }
        }
        return next.flatMap { columns.indices.contains($0) ? $0 : nil }
    }

    /// Whether up and down go between columns at column `index` (a quadrant of a matrix), not
    /// only along its cards.
    public func goesBetweenColumnsVertically(at index: Int) -> Bool {
        matrix != nil && Matrix.isQuadrant(index)
    }
}
