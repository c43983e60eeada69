// How a board is written into each export format.

extension Board {
    /// A column's heading in the minutes: a quadrant's title with its place on the axes, so
    /// the minutes say where the group put each card ("Kontakt først (let at nå, gør stor
    /// forskel for borgeren)"), not only what the group called the quadrant.
    func exportTitle(ofColumn index: Int) -> String {
        let title = columns[index].title
        guard let place = matrix?.place(ofColumn: index) else { return title }
        return title + " (" + place + ")"
    }

    /// Where the group placed a card that went on from a quadrant to a column beside the
    /// matrix (the short list): "svær at nå, gør stor forskel for borgeren".
    func place(of card: Card, inColumn index: Int) -> String? {
        guard index > Matrix.quadrants.upperBound, let quadrant = card.quadrant else { return nil }
        return matrix?.place(ofColumn: quadrant)
    }

    /// What the minutes say in brackets after a card: its place on the axes and its dots.
    private func note(_ card: Card, column index: Int, votes: String?) -> String {
        let parts = [place(of: card, inColumn: index), votes].compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }

    /// The board's part of the Markdown minutes, as blocks.
    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        for (index, column) in columns.enumerated() {
            blocks.append("### " + MinutesMarkdown.inline(exportTitle(ofColumn: index)))
            let ranks = voteRanks(column: index)
            guard !column.cards.isEmpty else { blocks.append("*\(labels.emptyColumn)*"); continue }
            // Written into one string: a string per card first cost 16 bytes and more a card.
            var list = ""
            for (position, card) in column.cards.enumerated() {
                if position > 0 { list += "\n" }
                list += column.isRanked ? "\(position + 1). " : "- "
                list += MinutesMarkdown.inline(card.text)
                list += MinutesMarkdown.inline(note(card, column: index, votes: card.votes > 0 ? labels.votes(card.votes, tied: ranks[position].isTied) : nil), atLineStart: false)
            }
            blocks.append(list)
        }
        return blocks
    }

    /// The board's part of the HTML minutes.
    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        html += "<div class=\"board\">\n"
        for (index, column) in columns.enumerated() {
            html += "<div class=\"column\">\n<h3>\(MinutesHTML.escape(exportTitle(ofColumn: index)))</h3>\n"
            let ranks = voteRanks(column: index)
            if column.cards.isEmpty {
                html += "<p class=\"empty\">\(MinutesHTML.escape(labels.emptyColumn))</p>\n"
            } else {
                html += column.isRanked ? "<ol>\n" : "<ul>\n"
                for (position, card) in column.cards.enumerated() {
                    let over = column.isRanked && column.limit.map { position >= $0 } == true
                    var votes = ""
                    if card.votes > 0 {
                        votes = " <span class=\"votes\">"
                            + String(repeating: "●", count: min(card.votes, 10)) + " " + MinutesHTML.escape(labels.votes(card.votes, tied: ranks[position].isTied)) + "</span>"
                    }
                    let place = self.place(of: card, inColumn: index).map { " <span class=\"place\">(" + MinutesHTML.escape($0) + ")</span>" } ?? ""
                    html += "<li\(over ? " class=\"over\"" : "")>\(MinutesHTML.escape(card.text))\(place)\(votes)</li>\n"
                }
                html += column.isRanked ? "</ol>\n" : "</ul>\n"
            }
            html += "</div>\n"
        }
        html += "</div>\n"
        return html
    }

    /// The board's lines of the plain-text minutes.
    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        for (index, column) in columns.enumerated() {
            lines += ["", MinutesText.clean(exportTitle(ofColumn: index)) + ":"]
            let ranks = voteRanks(column: index)
            if column.cards.isEmpty { lines.append("    " + labels.emptyColumn) }
            for (position, card) in column.cards.enumerated() {
                let note = note(card, column: index, votes: card.votes > 0 ? labels.votes(card.votes, tied: ranks[position].isTied) : nil)
                lines.append("    " + (column.isRanked ? "\(position + 1). " : "- ") + MinutesText.clean(card.text) + MinutesText.clean(note))
            }
        }
    }

    /// The board's rows of the CSV export, in the columns of its header.
    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        var rows: [[String]] = []
        for (index, column) in columns.enumerated() {
            for (position, card) in column.cards.enumerated() {
                rows.append([section, words.card, exportTitle(ofColumn: index), column.isRanked ? String(position + 1) : "",
                             String(card.votes), card.text, "", "", ""])
            }
        }
        return rows
    }
}
