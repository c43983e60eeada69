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

    /// Appends another document below this one, keeping its focus and cursor.
    mutating func append(_ other: Document) {
        let offset = rows.count
        rows += other.rows
        if let focus = other.focus { self.focus = (focus.lowerBound + offset)..<(focus.upperBound + offset) }
        if let cursor = other.cursor { self.cursor = Point(x: cursor.x, y: cursor.y + offset) }
    }

    /// A document of `lead` rows and then `count` items, laid out only as far around
    /// `focusItem` as a view `height` rows tall can show, so a key on a 10,000-point checklist
    /// costs what it costs on a short one.
    ///
    /// It draws exactly what the whole layout draws (a property test checks this): the items
    /// left out lie more than a screen above or below the focus, where the whole layout's
    /// scrolling never reaches, and they still show as ↑ and ↓. `item` lays out one item into
    /// an empty document and sets its focus and cursor when it holds them.
    static func window(
        width: Int, height: Int, count: Int, focusItem: Int?,
        lead: (inout Document) -> Void, item: (Int, inout Document) -> Void
    ) -> Document {
        let needed = height + 1
        func build(_ index: Int) -> Document {
            var document = Document(width: width)
            item(index, &document)
            return document
        }
        // An item that marks nothing (a group heading) scrolls nowhere: lay out from the top.
        let focused = focusItem.flatMap { (0..<count).contains($0) ? build($0) : nil }
        guard let focusItem, let focused, focused.focus != nil || focused.cursor != nil else {
            var document = Document(width: width)
            lead(&document)
            var index = 0
            while index < count, document.rows.count < needed {
                document.append(build(index))
                index += 1
            }
            return document
        }
        // Scrolling keeps the cursor, or else the focus, in view: count the rows from there.
        let wanted = focused.cursor?.y ?? focused.focus?.lowerBound ?? 0
        var above: [Document] = []
        var rowsAbove = wanted
        var first = focusItem
        while first > 0, rowsAbove < needed {
            first -= 1
            above.append(build(first))
            rowsAbove += above[above.count - 1].rows.count
        }
        var document = Document(width: width)
        if first == 0 { lead(&document) }
        for part in above.reversed() { document.append(part) }
        document.append(focused)
        var rowsBelow = focused.rows.count - wanted
        var next = focusItem + 1
        while next < count, rowsBelow < needed {
            let part = build(next)
            rowsBelow += part.rows.count
            document.append(part)
            next += 1
        }
        return document
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
