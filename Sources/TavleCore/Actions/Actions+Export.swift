// How an actions section is written into each export format.

extension MinutesMarkdown {
    /// The action items' part of the Markdown minutes, as blocks.
    static func blocks(of items: [ActionItem], labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        guard !items.isEmpty else { blocks.append("*\(labels.noActions)*"); return blocks }
        var table = ["| \(labels.what) | \(labels.who) | \(labels.due) | \(labels.status) |", "| --- | --- | --- | --- |"]
        for item in items {
            table.append("| \(cell(item.what)) | \(cell(item.who)) | \(item.due.map(dateStyle.format) ?? labels.noDue) | \(item.isDone ? labels.done : labels.open) |")
        }
        blocks.append(table.joined(separator: "\n"))
        return blocks
    }
}

extension MinutesHTML {
    /// The action items' part of the HTML minutes.
    static func html(of items: [ActionItem], labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        if items.isEmpty {
            html += "<p class=\"empty\">\(escape(labels.noActions))</p>\n"
        } else {
            html += "<table class=\"actions\">\n<thead><tr><th>\(escape(labels.what))</th><th>\(escape(labels.who))</th><th>\(escape(labels.due))</th><th>\(escape(labels.status))</th></tr></thead>\n<tbody>\n"
            for item in items {
                html += "<tr\(item.isDone ? " class=\"done\"" : "")><td>\(escape(item.what))</td><td>\(escape(item.who))</td><td>\(escape(item.due.map(dateStyle.format) ?? labels.noDue))</td><td>\(item.isDone ? "☑ " + escape(labels.done) : "☐ " + escape(labels.open))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html
    }
}

extension MinutesText {
    /// The action items' lines of the plain-text minutes.
    static func add(_ items: [ActionItem], progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, to lines: inout Lines) {
        if items.isEmpty { lines.append(labels.noActions) }
        for item in items {
            let details = [item.who.isEmpty ? nil : clean(item.who), item.due.map(dateStyle.format)].compactMap { $0 }.joined(separator: ", ")
            lines.append((item.isDone ? "[x] " : "[ ] ") + clean(item.what) + (details.isEmpty ? "" : " (\(details))"))
        }
    }
}

extension MinutesCSV {
    /// The action items' rows of the CSV export, in the columns of its header.
    static func rows(of items: [ActionItem], section: String, words: Words) -> [[String]] {
        var rows: [[String]] = []
        for item in items {
            rows.append([section, words.action, "", "", "", item.what, item.who, item.due?.description ?? "", item.isDone ? words.yes : words.no])
        }
        return rows
    }
}
