import TavleCore

/// Rows laid out for a width and then cut to the height that is visible, scrolled so the
/// focused item (or the editing cursor) is on screen. Checklists and questions use it.
struct Document {
    /// A piece of text at a column of a row.
    struct Span {
        var x: Int
        var text: String
        var style: Style
    }

    /// One row: its spans, its clickable regions, and a style to fill its background with.
    struct Row {
        var spans: [Span] = []
        var hits: [(x: Int, width: Int, target: Target)] = []
        var fill: Style?
    }

    let width: Int
    private(set) var rows: [Row] = []
    /// Rows of the focused item, kept on screen.
    var focus: Range<Int>?
    /// The editing cursor, as a row and column of the document.
    var cursor: Point?

    /// An empty document laid out for `width` cells.
    init(width: Int) {
        self.width = width
    }

    /// Appends an empty row.
    mutating func blank() {
        rows.append(Row())
    }

    /// Appends word-wrapped text; rows after the first line up under the text, not the prefix.
    /// Returns the range of rows it took.
    @discardableResult
    mutating func text(
        _ text: String, x: Int = 0, style: Style, fill: Style? = nil,
        prefix: String = "", prefixStyle: Style? = nil, target: Target? = nil
    ) -> Range<Int> {
        let start = rows.count
        let prefixWidth = DisplayWidth.of(prefix)
        let available = max(1, width - x - prefixWidth)
        let wrapped = TextWrap.wrap(text, width: available)
        for (index, row) in wrapped.enumerated() {
            var line = Row(fill: fill)
            if index == 0, !prefix.isEmpty {
                line.spans.append(Span(x: x, text: prefix, style: prefixStyle ?? style))
            }
            line.spans.append(Span(x: x + prefixWidth, text: row.text, style: style))
            if let target { line.hits.append((0, width, target)) }
            rows.append(line)
        }
        return start..<rows.count
    }

    /// Puts the focus marker `▶` at the start of a row.
    mutating func markFocus(row: Int) {
        guard rows.indices.contains(row) else { return }
        rows[row].spans.insert(Span(x: 0, text: "▶", style: .focus), at: 0)
    }

    /// Appends a pre-built row.
    mutating func append(_ row: Row) {
        rows.append(row)
    }

    /// Draws the visible part into `rect`, with ↑ ↓ where more lies above or below.
    func draw(into frame: inout Frame, rect: Rect) {
        guard rect.height > 0, rect.width > 0 else { return }
        let offset = scrollOffset(height: rect.height)
        for visible in 0..<rect.height {
            let index = offset + visible
            guard index < rows.count else { break }
            let row = rows[index]
            let y = rect.y + visible
            if let fill = row.fill {
                frame.grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: fill)
            }
            for span in row.spans {
                frame.grid.put(span.text, x: rect.x + span.x, y: y, style: span.style, limit: rect.maxX)
            }
            for hit in row.hits {
                frame.hit(Rect(x: rect.x + hit.x, y: y, width: min(hit.width, rect.width - hit.x), height: 1), hit.target)
            }
        }
        if offset > 0 {
            frame.grid.put("↑", x: rect.maxX - 1, y: rect.y, style: .muted)
        }
        if offset + rect.height < rows.count {
            frame.grid.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: .muted)
        }
        if let cursor, cursor.y >= offset, cursor.y < offset + rect.height {
            frame.cursor = Point(x: min(rect.x + cursor.x, rect.maxX - 1), y: rect.y + cursor.y - offset)
        }
    }

    /// Scrolls as little as keeps the focus in view, leaving a third of the height above it.
    func scrollOffset(height: Int) -> Int {
        let wanted: Range<Int>? = cursor.map { $0.y..<($0.y + 1) } ?? focus
        guard let wanted, rows.count > height, wanted.upperBound > height else { return 0 }
        var offset = min(wanted.lowerBound - height / 3, rows.count - height)
        if wanted.upperBound - offset > height { offset = wanted.upperBound - height }
        return max(0, min(offset, wanted.lowerBound))
    }
}
