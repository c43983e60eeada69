/// A run of cells in one row that differ from what the terminal shows.
public struct ChangedRun: Equatable, Sendable {
    /// The row.
    public var y: Int
    /// The first changed column.
    public var x: Int
    /// How many columns from `x` changed.
    public var count: Int
}

extension Grid {
    /// The cells that differ from `previous`, as runs per row, so the terminal backend copies
    /// only what a key changed: moving the focus costs two rows, not the whole screen.
    ///
    /// A grid of another size has nothing in common with this one: every row is one run.
    /// A run never starts on the right half of a wide character, so copying a run always
    /// copies whole characters.
    public func changes(from previous: Grid?) -> [ChangedRun] {
        guard let previous, previous.width == width, previous.height == height else {
            return width == 0 ? [] : (0..<height).map { ChangedRun(y: $0, x: 0, count: width) }
        }
        var runs: [ChangedRun] = []
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                for y in 0..<height {
                    let row = y * width
                    var x = 0
                    while x < width {
                        guard !sameLook(new[row + x], as: old[row + x], in: previous) else { x += 1; continue }
                        var start = x
                        // Start at the wide character that owns a changed continuation cell.
                        while start > 0, new[row + start].isContinuation { start -= 1 }
                        var end = x + 1
                        while end < width, !sameLook(new[row + end], as: old[row + end], in: previous) || new[row + end].isContinuation {
                            end += 1
                        }
                        if let last = runs.last, last.y == y, last.x + last.count >= start {
                            runs[runs.count - 1].count = end - last.x
                        } else {
                            runs.append(ChangedRun(y: y, x: start, count: end - start))
                        }
                        x = end
                    }
                }
            }
        }
        return runs
    }

    /// `previous` with the cells of `runs` copied from this grid: what the terminal shows after
    /// the runs are drawn. Tests use it to check that the runs miss nothing.
    public func applying(_ runs: [ChangedRun], to previous: Grid) -> Grid {
        var result = previous.width == width && previous.height == height ? previous : Grid(width: width, height: height)
        for run in runs {
            for x in run.x..<(run.x + run.count) {
                result.copyCell(x: x, y: run.y, from: self)
            }
        }
        return result
    }
}
