// How an actions section is written into each export format.

extension ActionList {
    /// The action items' part of the Markdown minutes, as blocks.
    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        guard !actions.isEmpty else { blocks.append("*\(labels.noActions)*"); return blocks }
        var table = ["| \(labels.what) | \(labels.who) | \(labels.due) | \(labels.status) |", "| --- | --- | --- | --- |"]
        for item in actions {
            table.append("| \(MinutesMarkdown.cell(item.what)) | \(MinutesMarkdown.cell(item.who)) | \(item.due.map(dateStyle.format) ?? labels.noDue) | \(item.isDone ? labels.done : labels.open) |")
        }
        blocks.append(table.joined(separator: "\n"))
        return blocks
    }

    /// The action items' part of the HTML minutes.
    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        if actions.isEmpty {
            html += "<p class=\"empty\">\(MinutesHTML.escape(labels.noActions))</p>\n"
        } else {
            html += "<table class=\"actions\">\n<thead><tr><th>\(MinutesHTML.escape(labels.what))</th><th>\(MinutesHTML.escape(labels.who))</th><th>\(MinutesHTML.escape(labels.due))</th><th>\(MinutesHTML.escape(labels.status))</th></tr></thead>\n<tbody>\n"
            for item in actions {
                html += "<tr\(item.isDone ? " class=\"done\"" : "")><td>\(MinutesHTML.escape(item.what))</td><td>\(MinutesHTML.escape(item.who))</td><td>\(MinutesHTML.escape(item.due.map(dateStyle.format) ?? labels.noDue))</td><td>\(item.isDone ? "☑ " + MinutesHTML.escape(labels.done) : "☐ " + MinutesHTML.escape(labels.open))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html
    }

    /// The action items' lines of the plain-text minutes.
    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        if actions.isEmpty { lines.append(labels.noActions) }
        for item in actions {
            let details = [item.who.isEmpty ? nil : MinutesText.clean(item.who), item.due.map(dateStyle.format)].compactMap { $0 }.joined(separator: ", ")
            lines.append((item.isDone ? "[x] " : "[ ] ") + MinutesText.clean(item.what) + (details.isEmpty ? "" : " (\(details))"))
        }
    }

    /// The action items' rows of the CSV export, in the columns of its header.
    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        var rows: [[String]] = []
        for item in actions {
            rows.append([section, words.action, "", "", "", item.what, item.who, item.due?.description ?? "", item.isDone ? words.yes : words.no])
        }
        return rows
    }
}
