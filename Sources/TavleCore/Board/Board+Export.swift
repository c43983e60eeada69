// How a board is written into each export format.

extension MinutesMarkdown {
    /// The board's part of the Markdown minutes, as blocks.
    static func blocks(of board: Board, labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        for (index, column) in board.columns.enumerated() {
            blocks.append("### " + inline(column.title))
            let ranks = board.voteRanks(column: index)
            guard !column.cards.isEmpty else { blocks.append("*\(labels.emptyColumn)*"); continue }
            // Written into one string: a string per card first cost 16 bytes and more a card.
            var list = ""
            for (position, card) in column.cards.enumerated() {
                if position > 0 { list += "\n" }
                list += column.isRanked ? "\(position + 1). " : "- "
                list += inline(card.text)
                if card.votes > 0 { list += " (" + labels.votes(card.votes, tied: ranks[position].isTied) + ")" }
            }
            blocks.append(list)
        }
        return blocks
    }
}

extension MinutesHTML {
    /// The board's part of the HTML minutes.
    static func html(of board: Board, labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        html += "<div class=\"board\">\n"
        for (index, column) in board.columns.enumerated() {
            html += "<div class=\"column\">\n<h3>\(escape(column.title))</h3>\n"
            let ranks = board.voteRanks(column: index)
            if column.cards.isEmpty {
                html += "<p class=\"empty\">\(escape(labels.emptyColumn))</p>\n"
            } else {
                html += column.isRanked ? "<ol>\n" : "<ul>\n"
                for (position, card) in column.cards.enumerated() {
                    let over = column.isRanked && column.limit.map { position >= $0 } == true
                    var votes = ""
                    if card.votes > 0 {
                        votes = " <span class=\"votes\">"
                            + String(repeating: "●", count: min(card.votes, 10)) + " " + escape(labels.votes(card.votes, tied: ranks[position].isTied)) + "</span>"
                    }
                    html += "<li\(over ? " class=\"over\"" : "")>\(escape(card.text))\(votes)</li>\n"
                }
                html += column.isRanked ? "</ol>\n" : "</ul>\n"
            }
            html += "</div>\n"
        }
        html += "</div>\n"
        return html
    }
}

extension MinutesText {
    /// The board's lines of the plain-text minutes.
    static func add(_ board: Board, progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, to lines: inout Lines) {
        for (index, column) in board.columns.enumerated() {
            lines += ["", clean(column.title) + ":"]
            let ranks = board.voteRanks(column: index)
            if column.cards.isEmpty { lines.append("    " + labels.emptyColumn) }
            for (position, card) in column.cards.enumerated() {
                let votes = card.votes > 0 ? " (" + labels.votes(card.votes, tied: ranks[position].isTied) + ")" : ""
                lines.append("    " + (column.isRanked ? "\(position + 1). " : "- ") + clean(card.text) + votes)
            }
        }
    }
}

extension MinutesCSV {
    /// The board's rows of the CSV export, in the columns of its header.
    static func rows(of board: Board, section: String, words: Words) -> [[String]] {
        var rows: [[String]] = []
        for column in board.columns {
            for (position, card) in column.cards.enumerated() {
                rows.append([section, words.card, column.title, column.isRanked ? String(position + 1) : "",
                             String(card.votes), card.text, "", "", ""])
            }
        }
        return rows
    }
}
