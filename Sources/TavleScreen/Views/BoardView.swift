import TavleCore

/// A board: columns side by side with their cards; a picked-up card shows where it will land.
///
/// While a card is moving, the board is drawn as it would look after the drop: the card has
/// left its place and a highlighted copy stands at the drop place. Its hit regions then name
/// drop places, so the pointer's position reads directly as "drop here".
struct BoardView {
    let board: Board
    let section: Int
    let cursor: Cursor
    let move: CardMove?
    let edit: TextEdit?
    let text: any UICatalogue
    /// The projector view: every column shares the width, and cards stand a row apart.
    var presenting = false
    /// Where the mouse pointer is while a card is dragged: screen geometry, kept by the run loop
    /// (the core keeps none), to draw the card where the pointer is.
    var pointer: Point?

    static let minimumColumnWidth = 14
    /// How narrow the working view's columns may get so that a whole board fits without
    /// scrolling (frivilligpolitik's six forms of involvement at 100 wide): titles are cut,
    /// and the focused column's whole title and meaning stand at the foot.
    static let compactColumnWidth = 11
    static let maximumCardRows = 4

    /// One thing drawn in a column.
    private enum Item {
        case card(Card, indexWithoutMover: Int)
        case placeholder(Card)
    }

    /// Draws the columns that fit around the focused one (or the matrix), and the dragged card
    /// at the pointer.
    func draw(into frame: inout Frame, rect: Rect) {
        guard !board.columns.isEmpty, rect.width > 2, rect.height > 2 else { return }
        if let matrix = board.matrix {
            drawMatrix(matrix, into: &frame, rect: rect)
            return
        }
        let focusColumn = move?.drop.column ?? cursor.column
        let count = board.columns.count
        let minimumWidth = presenting ? 8 : Self.minimumColumnWidth
        func fitting(_ width: Int) -> Int { max(1, min(count, (width + 1) / (minimumWidth + 1))) }
        // Columns that do not fit scroll sideways; « and » stand in margins of their own, so
        // they never hide a title or a counter.
        var visible = fitting(rect.width)
        if visible < count, !presenting, (rect.width + 1) / (Self.compactColumnWidth + 1) >= count {
            visible = count
        } else if visible < count {
            visible = fitting(rect.width - 2 * Self.sideMargin)
        }
        let first = min(max(0, focusColumn - visible / 2), count - visible)
        let leftMargin = first > 0 ? Self.sideMargin : 0
        let rightMargin = first + visible < count ? Self.sideMargin : 0
        let columnsX = rect.x + leftMargin
        let columnsMaxX = rect.maxX - rightMargin
        let columnWidth = max(1, (columnsMaxX - columnsX - (visible - 1)) / visible)
        let shown = first..<(first + visible)
        let descriptionRows = meaningRows(
            needed: shown.map { meaningLength(of: $0, width: columnWidth) }.max() ?? 0,
            height: rect.height, cards: shown.map { board.columns[$0].cards.count }.max() ?? 0, least: 2
        )
        let rect = detailOfFocus(focusColumn, columnWidth: columnWidth, descriptionRows: descriptionRows, into: &frame, rect: rect)
        let titles = Self.distinctTitles(shown.map { board.columns[$0].title }, width: columnWidth - (shown.map(counterWidth).max() ?? 0))
        for offset in 0..<visible {
            let index = first + offset
            let x = columnsX + offset * (columnWidth + 1)
            let width = offset == visible - 1 ? columnsMaxX - x : columnWidth
            drawColumn(index, into: &frame, rect: Rect(x: x, y: rect.y, width: width, height: rect.height), descriptionRows: descriptionRows,
                       title: titles[offset])
        }
        if leftMargin > 0 { frame.grid.put("«", x: rect.x, y: rect.y, style: .muted) }
        if rightMargin > 0 { frame.grid.put("»", x: rect.maxX - 1, y: rect.y, style: .muted) }
        drawDragged(into: &frame, rect: rect, width: columnWidth)
    }

    /// The focused column's whole title and meaning, when its column cuts them, on rows of
    /// their own at the foot of the board (not in the projector view, which is for cards);
    /// returns what is left of `rect` for the columns.
    private func detailOfFocus(_ focusColumn: Int, columnWidth: Int, descriptionRows: Int, into frame: inout Frame, rect: Rect) -> Rect {
        guard !presenting, board.columns.indices.contains(focusColumn) else { return rect }
        let column = board.columns[focusColumn]
        let cut = DisplayWidth.of(column.title) > columnWidth - counterWidth(focusColumn)
            || (!column.description.isEmpty && TextWrap.wrap(column.description, width: columnWidth).count > descriptionRows)
        let detail = TextWrap.wrap(column.title + (column.description.isEmpty ? "" : ": " + column.description), width: rect.width)
        // As many rows as the meaning takes, while the cards keep the larger part.
        let rows = min(detail.count, max(1, rect.height / 2 - 4))
        guard cut, rect.height > rows + 8 else { return rect }
        for (offset, row) in detail.prefix(rows).enumerated() {
            let text = offset == rows - 1 && detail.count > rows ? TextWrap.truncate(row.text + " …", width: rect.width) : row.text
            frame.grid.put(text, x: rect.x, y: rect.maxY - rows + offset, style: .muted, limit: rect.maxX)
        }
        return Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - rows - 1)
    }

    /// A card dragged with the mouse: over a column the drop place on the pointer's row shows
    /// it; anywhere else a floating copy stands on the pointer's row, just right of it.
    private func drawDragged(into frame: inout Frame, rect: Rect, width: Int) {
        guard let move, let pointer, move.byMouse, move.hasDragged, let card = move.origin(on: board).flatMap(board.card(at:)) else { return }
        if case .slot? = frame.target(at: pointer) { return }
        let label = " " + TextWrap.truncate(card.text, width: max(1, width - 2)) + " "
        frame.grid.put(label, x: min(pointer.x + 1, rect.maxX - DisplayWidth.of(label)), y: pointer.y, style: .drop, limit: rect.maxX)
    }

    /// A matrix: the four quadrants as a 2x2 between the axes, each axis's words at its ends
    /// (the top's above, the bottom's and the sides' below); the unplaced cards' column at its
    /// left and the columns after it (a ranked short list) at its right.
    private func drawMatrix(_ matrix: Matrix, into frame: inout Frame, rect: Rect) {
        let focusColumn = move?.drop.column ?? cursor.column
        let first = Matrix.quadrants.lowerBound
        let sides = (before: first, after: max(0, board.columns.count - Matrix.quadrants.upperBound - 1))
        let minimumWidth = presenting ? 8 : Self.minimumColumnWidth
        // The columns beside the matrix take a fifth of the width each, the matrix at least half.
        let sideCount = sides.before + sides.after
        let sideWidth = sideCount == 0 ? 0 : max(minimumWidth, min(rect.width / 5, rect.width / (2 * sideCount)))
        let matrixX = rect.x + sides.before * (sideWidth + 1)
        let matrixWidth = max(3, rect.width - sideCount * (sideWidth + 1))
        let halfWidth = max(1, (matrixWidth - 1) / 2)
        let rightWidth = matrixWidth - halfWidth - 1
        // The axes' words: "↑ top" centred above, "← left", "↓ bottom" and "right →" below
        // (the bottom's on a row of its own when the sides' leave no room between them).
        let maxX = matrixX + matrixWidth
        // Each word at most what its place holds, cut with "…" (tavle check warns).
        let halfRoom = max(1, halfWidth - 2)
        let top = "↑ " + TextWrap.truncate(matrix.top, width: max(1, matrixWidth - 2))
        let left = "← " + TextWrap.truncate(matrix.left, width: halfRoom)
        let right = TextWrap.truncate(matrix.right, width: halfRoom) + " →"
        let bottom = "↓ " + TextWrap.truncate(matrix.bottom, width: max(1, matrixWidth - 2))
        let rightX = max(matrixX + halfWidth + 1, maxX - DisplayWidth.of(right))
        let bottomX = matrixX + max(0, (matrixWidth - DisplayWidth.of(bottom)) / 2)
        let bottomFits = bottomX > matrixX + DisplayWidth.of(left) + 1 && bottomX + DisplayWidth.of(bottom) < rightX
        // The quadrants' rows in an area `height` rows high: the top axis's row above, the
        // others' one or two below, the cross between the upper and the lower quadrants.
        let bodyHeight = { (height: Int) in max(3, height - 1 - (bottomFits ? 1 : 2)) }
        let quadrants = Matrix.quadrants.filter(board.columns.indices.contains)
        // The meanings' rows: measured on the whole board, and again on what the focus's
        // meaning at the foot leaves of it.
        let quadrantNeeds = quadrants.map { meaningLength(of: $0, width: halfWidth - 1) }.max() ?? 0
        let quadrantCards = quadrants.map { board.columns[$0].cards.count }.max() ?? 0
        let quadrantRows = { (height: Int) in
            let upper = (bodyHeight(height) - 1) / 2
            return meaningRows(needed: quadrantNeeds, height: upper, cards: quadrantCards, least: upper >= 10 ? 2 : (upper >= 6 ? 1 : 0))
        }
        let sideColumns = Array(0..<sides.before) + Array((Matrix.quadrants.upperBound + 1)..<board.columns.count)
        // A side column's rule stands on the upper quadrants' row (their titles are a row
        // lower, under the top axis's word), or lower where its own meaning takes more rows.
        let sideRows = { (index: Int, height: Int) in
            let aligned = min(2, quadrantRows(height) + 1)
            guard presenting else { return aligned }
            return max(aligned, meaningRows(needed: meaningLength(of: index, width: sideWidth), height: height, cards: board.columns[index].cards.count, least: 2))
        }
        let focusRows = Matrix.isQuadrant(focusColumn) ? quadrantRows(rect.height) : (board.columns.indices.contains(focusColumn) ? sideRows(focusColumn, rect.height) : 0)
        let focusWidth = Matrix.isQuadrant(focusColumn) ? halfWidth : sideWidth
        let area = detailOfFocus(focusColumn, columnWidth: focusWidth, descriptionRows: focusRows, into: &frame, rect: rect)
        // The columns beside the matrix, at full height.
        for (offset, index) in sideColumns.enumerated() {
            let x = offset < sides.before ? rect.x + offset * (sideWidth + 1) : matrixX + matrixWidth + 1 + (offset - sides.before) * (sideWidth + 1)
            let width = offset == sideColumns.count - 1 && offset >= sides.before ? area.maxX - x : sideWidth
            drawColumn(index, into: &frame, rect: Rect(x: x, y: area.y, width: width, height: area.height), descriptionRows: sideRows(index, area.height),
                       title: TextWrap.truncate(board.columns[index].title, width: max(1, width - counterWidth(index))))
        }
        frame.grid.put(top, x: matrixX + max(0, (matrixWidth - DisplayWidth.of(top)) / 2), y: area.y, style: .heading, limit: maxX)
        let foot = area.maxY - 1
        let bottomRow = bottomFits ? foot : foot - 1
        frame.grid.put(left, x: matrixX, y: foot, style: .heading, limit: matrixX + halfWidth)
        frame.grid.put(right, x: rightX, y: foot, style: .heading, limit: maxX)
        frame.grid.put(bottom, x: bottomX, y: bottomRow, style: .heading, limit: maxX)
        let descriptionRows = quadrantRows(area.height)
        let bodyTop = area.y + 1
        let upper = (bodyHeight(area.height) - 1) / 2
        let lower = bodyHeight(area.height) - 1 - upper
        let titles = Self.distinctTitles(quadrants.map { board.columns[$0].title }, width: halfWidth - 1 - (quadrants.map(counterWidth).max() ?? 0))
        for (offset, index) in quadrants.enumerated() {
            let corner = Matrix.corner(of: index)
            // A cell of room on either side of the line between left and right.
            let quadrant = Rect(x: corner.isLeft ? matrixX : matrixX + halfWidth + 2, y: corner.isTop ? bodyTop : bodyTop + upper + 1,
                                width: max(1, (corner.isLeft ? halfWidth : rightWidth) - 1), height: corner.isTop ? upper : lower)
            drawColumn(index, into: &frame, rect: quadrant, descriptionRows: descriptionRows, title: titles[offset])
        }
        // The cross between the quadrants.
        for y in bodyTop..<(bodyTop + bodyHeight(area.height)) where y != bodyTop + upper {
            frame.grid.put("│", x: matrixX + halfWidth, y: y, style: .muted)
        }
        frame.grid.put(String(repeating: "─", count: halfWidth) + "┼" + String(repeating: "─", count: max(0, rightWidth)),
                       x: matrixX, y: bodyTop + upper, style: .muted, limit: maxX)
        drawDragged(into: &frame, rect: rect, width: halfWidth)
    }

    /// Rows column `index`'s meaning takes wrapped to `width`.
    private func meaningLength(of index: Int, width: Int) -> Int {
        let meaning = board.columns[index].description
        return meaning.isEmpty ? 0 : TextWrap.wrap(meaning, width: max(1, width)).count
    }

    /// Rows a meaning that `needed` rows gets in a column `height` rows high holding `cards`
    /// cards. The working view gives it `least` and shows the focused column's whole meaning
    /// at the foot; the projector view, which has no foot, gives it all it needs while the
    /// cards keep room (two rows each, the card and the gap below it, and a row to spare for
    /// one that wraps) and it takes at most half the column: an empty board shows its meanings
    /// whole, and as cards come the meanings give way to them.
    private func meaningRows(needed: Int, height: Int, cards: Int, least: Int) -> Int {
        guard presenting else { return min(needed, least) }
        let room = min(height / 2, height - 3 - 2 * cards)
        return min(needed, max(least, room))
    }

    /// A column's items as drawn: its cards without a picked-up one, and the picked-up card's
    /// placeholder where it would land. Computed per position, never copied, so drawing a
    /// column of 10,000 cards touches only the ones on screen.
    private struct ColumnItems {
        let cards: ChunkedList<Card>
        /// The picked-up card's index, when it comes from this column.
        let removed: Int?
        /// Where the picked-up card would land in this column, and the card.
        let placeholder: (index: Int, card: Card)?

        /// Cards in the column, not counting a placeholder.
        var cardCount: Int { cards.count - (removed == nil ? 0 : 1) }
        /// Cards and placeholder.
        var count: Int { cardCount + (placeholder == nil ? 0 : 1) }
        /// The placeholder's position, if it is in this column.
        var placeholderIndex: Int? { placeholder?.index }

        subscript(position: Int) -> Item {
            if let placeholder, position == placeholder.index { return .placeholder(placeholder.card) }
            let withoutMover = placeholder.map { position > $0.index ? position - 1 : position } ?? position
            let original = removed.map { withoutMover >= $0 ? withoutMover + 1 : withoutMover } ?? withoutMover
            return .card(cards[original], indexWithoutMover: withoutMover)
        }
    }

    private func items(in columnIndex: Int) -> ColumnItems {
        let cards = board.columns[columnIndex].cards
        let origin = move?.origin(on: board)
        let removed = origin.flatMap { $0.column == columnIndex ? $0.index : nil }
        var placeholder: (Int, Card)?
        if let move, move.drop.column == columnIndex, let card = origin.flatMap(board.card(at:)) {
            placeholder = (min(move.drop.index, cards.count - (removed == nil ? 0 : 1)), card)
        }
        return ColumnItems(cards: cards, removed: removed, placeholder: placeholder)
    }

    /// A column's counter beside its title: " 2/3" on a ranked column with a limit (in the
    /// warning style when over it), else " (12)"; a card being moved counts where it would land.
    private func counter(_ index: Int) -> (text: String, style: Style) {
        let column = board.columns[index]
        let count = items(in: index).count
        if column.isRanked, let limit = column.limit { return (" \(count)/\(limit)", count > limit ? .warning : .muted) }
        return (" " + text.cardCount(count), .muted)
    }

    /// Cells column `index`'s counter takes: what its title leaves room for.
    private func counterWidth(_ index: Int) -> Int { DisplayWidth.of(counter(index).text) }
    /// The cell at the right of a scrolling column's card rows kept for ↑ and ↓, so they never
    /// hide a dot count.
    static let scrollGutter = 1
    /// Cells kept at a side of the board for « or » while columns are hidden on that side.
    static let sideMargin = 2

    /// Column titles cut to `width` so that titles that differ only at the end still differ:
    /// those keep their start and their end around the "…" ("Formel aftale om …" twice would
    /// name two different forms the same).
    static func distinctTitles(_ titles: [String], width: Int) -> [String] {
        let cut = titles.map { TextWrap.truncate($0, width: max(1, width)) }
        return cut.enumerated().map { index, title in
            guard cut.indices.filter({ cut[$0] == title }).count > 1, width >= 7 else { return title }
            let whole = Array(titles[index])
            let tail = (width - 1) / 2
            let head = width - 1 - tail
            return String(whole.prefix(head)) + "…" + String(whole.suffix(tail))
        }
    }

    private func drawColumn(_ index: Int, into frame: inout Frame, rect: Rect, descriptionRows: Int, title: String) {
        let column = board.columns[index]
        let items = items(in: index)
        let (counter, counterStyle) = counter(index)
        let titleWidth = max(1, rect.width - DisplayWidth.of(counter))
        let shown = DisplayWidth.of(column.title) <= titleWidth ? column.title : (DisplayWidth.of(title) <= titleWidth ? title : TextWrap.truncate(title, width: titleWidth))
        let titleEnd = frame.grid.put(shown, x: rect.x, y: rect.y, style: .column, limit: rect.maxX)
        frame.grid.put(counter, x: titleEnd, y: rect.y, style: counterStyle, limit: rect.maxX)
        // The heading, meaning and rule take a card dropped on them to the column's top.
        frame.hit(Rect(x: rect.x, y: rect.y, width: rect.width, height: min(rect.height, descriptionRows + 2)),
                  .slot(section: section, position: CardPosition(column: index, index: 0)))
        var y = rect.y + 1
        let description = TextWrap.wrap(column.description, width: rect.width)
        for row in 0..<descriptionRows {
            if row < description.count, !column.description.isEmpty {
                let line = row == descriptionRows - 1 && description.count > descriptionRows
                    ? TextWrap.truncate(description[row].text + " …", width: rect.width) : description[row].text
                frame.grid.put(line, x: rect.x, y: y, style: .muted, limit: rect.maxX)
            }
            y += 1
        }
        frame.grid.put(String(repeating: "─", count: rect.width), x: rect.x, y: y, style: .muted, limit: rect.maxX)
        y += 1
        let cardsRect = Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y)
        frame.hit(cardsRect, .slot(section: section, position: CardPosition(column: index, index: items.cardCount)))
        drawCards(items, column: column, columnIndex: index, into: &frame, rect: cardsRect)
    }

    private func drawCards(_ items: ColumnItems, column: Column, columnIndex: Int, into frame: inout Frame, rect: Rect) {
        guard rect.height > 0 else { return }
        let isFocusColumn = move == nil && cursor.column == columnIndex
        if items.count == 0 {
            let style: Style = isFocusColumn ? .focus : .muted
            if isFocusColumn { frame.grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: .focus) }
            frame.grid.put((isFocusColumn ? "▶ " : "") + text.emptyColumn, x: rect.x, y: rect.y, style: style, limit: rect.maxX)
            return
        }
        // Lay out only the items near the focus (or the drop place): cost follows what is
        // visible, not how many cards the column holds.
        let height = rect.height
        var cache: [Int: CardLayout] = [:]
        var gutter = 0
        let ties = isVoting ? tiedVotes(column) : []
        func layout(_ position: Int) -> CardLayout {
            if let known = cache[position] { return known }
            let prefix = column.isRanked ? "\(position + 1). " : "• "
            var content: String
            switch items[position] {
            case .card(let card, _), .placeholder(let card): content = card.text
            }
            let editing = isEdited(items[position])
            if editing, let edit { content = edit.buffer.text }
            let textWidth = max(1, rect.width - gutter - DisplayWidth.of(prefix))
            let labelWidth = voteLabelWidth(items[position], ties: ties, width: rect.width)
            var (rows, labelRow, wrapWidth) = Self.placeLabel(content, width: textWidth, labelWidth: labelWidth)
            let maximumRows = presenting ? 3 * Self.maximumCardRows : Self.maximumCardRows
            if rows.count > maximumRows, !editing {
                rows = Array(rows.prefix(maximumRows))
                labelRow = min(labelRow, maximumRows - 1)
                let room = labelRow == maximumRows - 1 ? min(wrapWidth, textWidth - labelWidth) : wrapWidth
                rows[rows.count - 1].text = TextWrap.truncate(rows[rows.count - 1].text + " …", width: max(1, room))
            }
            // The gap below a card in the projector view: a row no offset points into.
            if presenting { rows.append(TextWrap.Row(text: "", start: Int.max, end: Int.max)) }
            let result = CardLayout(rows: rows, prefix: prefix, labelRow: labelRow)
            cache[position] = result
            return result
        }
        // A column that scrolls keeps its last cell for ↑ and ↓ (each card takes a row at
        // least, so a column of more cards than rows scrolls without laying any out).
        if items.count > height {
            gutter = Self.scrollGutter
        } else if (0..<items.count).reduce(0, { $0 + layout($1).rows.count }) > height {
            gutter = Self.scrollGutter
            cache = [:]
        }
        let focusIndex: Int? = items.placeholderIndex
            ?? (isFocusColumn && (0..<items.count).contains(cursor.row) ? cursor.row : nil)
        var first = 0
        var offset = 0
        if let focus = focusIndex {
            var fromTop = 0
            var fitsFromTop = true
            for position in 0...focus {
                fromTop += layout(position).rows.count
                if fromTop > height { fitsFromTop = false; break }
            }
            if !fitsFromTop {
                // A third of the screen above the focus, unless the column ends first.
                var above = 0
                first = focus
                while first > 0, above < height {
                    first -= 1
                    above += layout(first).rows.count
                }
                let focusBottom = above + layout(focus).rows.count
                offset = min(above, focusBottom - height + max(0, height / 3))
                var total = focusBottom
                var next = focus + 1
                while next < items.count, total < offset + height {
                    total += layout(next).rows.count
                    next += 1
                }
                offset = max(0, min(offset, total - height, above))
                // The top row starts a card: a card's second line alone ("Solhaven ●2") at
                // the top reads as a card of its own. The card cut at the top is shown whole
                // where the focus still fits below it, else left out.
                var start = 0
                var position = first
                var previous = 0
                while start < offset, position < focus {
                    previous = start
                    start += layout(position).rows.count
                    position += 1
                }
                offset = start > offset && focusBottom - previous <= height ? previous : start
            }
        }
        var start = 0
        var position = first
        var moreBelow = false
        while position < items.count {
            if start - offset >= height { moreBelow = true; break }
            let (rows, prefix, labelRow) = layout(position).parts
            let isPlaceholder: Bool
            let target: Target
            switch items[position] {
            case .placeholder:
                isPlaceholder = true
                target = .slot(section: section, position: move?.drop ?? CardPosition(column: columnIndex, index: position))
            case .card(_, let indexWithoutMover):
                isPlaceholder = false
                // A card above the drop place gives its place to the moving card; one below
                // it takes the moving card after it. Either way the drop place comes to the
                // pointer's row, whichever way the pointer goes.
                let below = items.placeholderIndex.map { position > $0 } ?? false
                target = move == nil
                    ? .card(section: section, position: CardPosition(column: columnIndex, index: position))
                    : .slot(section: section, position: CardPosition(column: columnIndex, index: indexWithoutMover + (below ? 1 : 0)))
            }
            let isFocus = isPlaceholder || (isFocusColumn && cursor.row == position)
            let editing = isEdited(items[position])
            let overLimit = column.isRanked && column.limit.map { position >= $0 } == true
            for (rowIndex, row) in rows.enumerated() where row.start != Int.max || rowIndex == labelRow {
                let y = rect.y + start + rowIndex - offset
                if y >= rect.maxY { moreBelow = true }
                guard y >= rect.y, y < rect.maxY else { continue }
                let style: Style = isPlaceholder ? .drop : (editing ? .editing : (isFocus ? .focus : .card))
                if isFocus { frame.grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
                if rowIndex == 0 {
                    // The marker keeps the rank visible: "▶2 " in the width of "2. ".
                    let marker = isFocus && !(isPlaceholder && column.isRanked) ? (column.isRanked ? "▶\(position + 1) " : "▶ ") : prefix
                    frame.grid.put(marker, x: rect.x, y: y, style: overLimit && !isFocus ? .warning : style, limit: rect.maxX)
                }
                frame.grid.put(row.text, x: rect.x + DisplayWidth.of(prefix), y: y, style: style, limit: rect.maxX)
                frame.hit(Rect(x: rect.x, y: y, width: rect.width, height: 1), target)
                if rowIndex == labelRow, case .card(let card, _) = items[position], let label = voteLabel(card, ties: ties, width: rect.width) {
                    let labelWidth = DisplayWidth.of(label)
                    let labelX = rect.maxX - gutter - labelWidth
                    frame.grid.put(label, x: labelX, y: y, style: isFocus ? style : .vote, limit: rect.maxX)
                    if move == nil, isVoting {
                        frame.hit(Rect(x: labelX, y: y, width: labelWidth, height: 1),
                                  .dots(section: section, position: CardPosition(column: columnIndex, index: position)))
                    }
                }
                if editing, let edit, rowIndex == 0 {
                    let place = TextWrap.locate(offset: edit.buffer.cursor, in: rows)
                    let cursorY = rect.y + start + place.row - offset
                    if cursorY >= rect.y, cursorY < rect.maxY {
                        frame.cursor = Point(x: min(rect.x + DisplayWidth.of(prefix) + place.column, rect.maxX - 1), y: cursorY)
                    }
                }
            }
            start += rows.count
            position += 1
        }
        if first > 0 || offset > 0 { frame.grid.put("↑", x: rect.maxX - 1, y: rect.y, style: .muted) }
        if moreBelow { frame.grid.put("↓", x: rect.maxX - 1, y: rect.maxY - 1, style: .muted) }
    }

    /// A card's rows as drawn, and the row its dot count stands on.
    private struct CardLayout {
        let rows: [TextWrap.Row]
        let prefix: String
        let labelRow: Int
        var parts: ([TextWrap.Row], String, Int) { (rows, prefix, labelRow) }
    }

    /// Wraps a card's text and finds a row for its dot count. The count stands beside the first
    /// row when the text then still breaks only between words; otherwise the text takes the
    /// whole width (so "Ungdomsskolen" is not cut to make room for "●2") and the count goes to
    /// the first row with room for it, or to a row of its own below the text.
    static func placeLabel(_ text: String, width: Int, labelWidth: Int) -> (rows: [TextWrap.Row], labelRow: Int, wrapWidth: Int) {
        let besideWidth = max(1, width - labelWidth)
        let beside = TextWrap.wrap(text, width: besideWidth)
        guard labelWidth > 0, TextWrap.breaksWord(beside) else { return (beside, 0, besideWidth) }
        var rows = TextWrap.wrap(text, width: width)
        if let row = rows.firstIndex(where: { DisplayWidth.of($0.text) + labelWidth <= width }) { return (rows, row, width) }
        rows.append(TextWrap.Row(text: "", start: Int.max, end: Int.max))
        return (rows, rows.count - 1, width)
    }

    /// Whether the board is being voted on: every card then shows its dots and takes clicks.
    private var isVoting: Bool { board.dotsPerParticipant != nil }

    /// Vote counts shared by more than one card of a column: shown as ties.
    private func tiedVotes(_ column: Column) -> Set<Int> {
        var seen: [Int: Int] = [:]
        for card in column.cards where card.votes > 0 { seen[card.votes, default: 0] += 1 }
        return Set(seen.filter { $0.value > 1 }.keys)
    }

    /// A card's dots at the end of its first row: `●●● 3` (`●3` in a narrow column), with `=`
    /// in front when another card has as many, and `○` to click while nothing is given.
    static func voteLabel(votes: Int, isTied: Bool, isVoting: Bool, wide: Bool) -> String? {
        guard isVoting || votes > 0 else { return nil }
        guard votes > 0 else { return " ○" }
        let dots = wide && votes <= 5 ? String(repeating: "●", count: votes) + " " : "●"
        return " " + (isTied ? "=" : "") + dots + "\(votes)"
    }

    private func voteLabel(_ card: Card, ties: Set<Int>, width: Int) -> String? {
        Self.voteLabel(votes: card.votes, isTied: ties.contains(card.votes), isVoting: isVoting, wide: width >= 28)
    }

    private func voteLabelWidth(_ item: Item, ties: Set<Int>, width: Int) -> Int {
        guard case .card(let card, _) = item, let label = voteLabel(card, ties: ties, width: width) else { return 0 }
        return DisplayWidth.of(label)
    }

    /// Whether `item` is the card being typed into (a picked-up card never is).
    private func isEdited(_ item: Item) -> Bool {
        guard let edit, case .card(section, let id) = edit.target, case .card(let card, _) = item else { return false }
        return card.id == id
    }
}
