// The file syntax of a board section: how it is read, written and checked (docs/file-format.md).

extension WorkshopParser {
    /// A matrix board's axes, on the two lines after its marker: `<!-- x: LEFT | RIGHT -->`,
    /// then `<!-- y: TOP | BOTTOM -->`.
    mutating func parseAxes() throws(FormatError) -> Matrix {
        var ends: [(String, String)] = []
        for axis in ["x", "y"] {
            guard case .comment = current, let line else { throw error(.matrixAxisMissing(axis)) }
            let inner = line.dropFirst(4).dropLast(3).trimmingWhitespace
            guard inner.hasPrefix(axis + ":") else { throw error(.matrixAxisMissing(axis)) }
            let parts = inner.dropFirst(2).split(separator: " | ", maxSplits: 1, omittingEmptySubsequences: false)
                .map { String($0.trimmingWhitespace) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains(" | ") else {
                throw error(.matrixAxisSyntax(axis), column: 6)
            }
            ends.append((parts[0], parts[1]))
            advance()
        }
        return Matrix(left: ends[0].0, right: ends[0].1, top: ends[1].0, bottom: ends[1].1)
    }

    /// Reads a board: each heading is a column (`<!-- ranked -->` marks a ranked one), its cards the list under it.
    mutating func parseBoard() throws(FormatError) -> Board {
        var columns: [Column] = []
        var hidden: [Card] = []
        while let line = nextInSection() {
            switch line {
            case .heading(3, let title):
                recordItem()
                advance()
                var column = Column(title: String(title))
                if case .comment = current, meetingDivider == nil, let marker = self.line, let words = Self.commentWords(marker) {
                    guard words.first?.text == "ranked" else {
                        throw error(.columnMarkerSyntax, column: words.first?.column ?? 1)
                    }
                    column.isRanked = true
                    for word in words.dropFirst() {
                        column.limit = try number(word, named: "limit", in: 1...999)
                    }
                    advance()
                }
                column.description = readText()
                while hasLine {
                    switch current {
                    case .blank: advance(); continue
                    case .dash(let text), .numbered(let text):
                        let (cardText, marks) = CardMarks.split(text)
                        let card = Card(text: String(cardText), votes: marks.dots, author: marks.author, ballots: marks.ballots, quadrant: marks.quadrant)
                        // A card from a phone waits hidden, off the column, until it is revealed.
                        if card.author != nil, columns.isEmpty { hidden.append(card) } else { column.cards.append(card) }
                        advance()
                        continue
                    default: break
                    }
                    break
                }
                columns.append(column)
            case .dash, .numbered:
                throw error(.cardOutsideColumn)
            default:
                throw unexpected(inside: .board)
            }
        }
        return Board(columns: columns, hidden: hidden)
    }
}

extension Board {
    /// Each column as a heading (ranked ones marked), its meaning, and its cards as a list.
    func serialize(to file: inout WorkshopSerializer.Output) {
        for (index, column) in columns.enumerated() {
            file.block("### " + WorkshopSerializer.line(column.title))
            if column.isRanked {
                file.line("<!-- ranked" + (column.limit.map { " limit=\($0)" } ?? "") + " -->")
            }
            WorkshopSerializer.appendText(column.description, to: &file)
            // Hidden cards from phones stand under the first column, after its own cards.
            let waiting = index == 0 ? hidden : []
            if !column.cards.isEmpty || !waiting.isEmpty {
                file.startBlock()
                for (offset, card) in column.cards.enumerated() {
                    file.text += column.isRanked ? "\(offset + 1). " : "- "
                    file.line(WorkshopSerializer.line(WorkshopFormat.cardLine(card)))
                }
                for card in waiting {
                    file.line("- " + WorkshopSerializer.line(WorkshopFormat.cardLine(card)))
                }
            }
        }
    }

    /// Empty or repeated column titles, and a board without columns.
    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        var titles: Set<String> = []
        for (column, itemLine) in zip(columns, items) {
            if column.title.trimmingWhitespace.isEmpty { flag(itemLine, 5, .columnTitleEmpty) }
            if !titles.insert(column.title).inserted {
                flag(itemLine, 5, .columnTwice(column.title))
            }
        }
        if columns.isEmpty {
            flag(line, 1, .boardWithoutColumns(title))
        } else if matrix != nil, columns.count < Matrix.columnsNeeded {
            flag(line, 1, .matrixQuadrantsMissing(title))
        }
    }
}
