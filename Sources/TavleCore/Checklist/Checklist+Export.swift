// How a checklist is written into each export format.

extension Checklist {
    /// The checklist's part of the Markdown minutes, as blocks.
    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        var list = ""
        for entry in entries {
            switch entry {
            case .group(let group):
                if !list.isEmpty { blocks.append(list); list = "" }
                blocks.append("### " + MinutesMarkdown.inline(group.title))
            case .point(let point):
                if !list.isEmpty { list += "\n" }
                list += (point.isSubpoint ? "  " : "") + (point.isDone ? "- [x] " : "- [ ] ") + MinutesMarkdown.inline(point.text, atLineStart: false)
            }
        }
        if !list.isEmpty { blocks.append(list) }
        return blocks
    }

    /// The checklist's part of the HTML minutes.
    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        var open = false
        for entry in entries {
            switch entry {
            case .group(let group):
                if open { html += "</ul>\n"; open = false }
                html += "<h3>\(MinutesHTML.escape(group.title))</h3>\n"
                if !group.description.isEmpty { html += "<div class=\"guidance\">\(MinutesHTML.paragraphs(group.description))</div>\n" }
            case .point(let point):
                if !open { html += "<ul class=\"checklist\">\n"; open = true }
                let box = point.isDone ? "☑" : "☐"
                let classes = [point.isDone ? "done" : nil, point.isSubpoint ? "sub" : nil].compactMap { $0 }.joined(separator: " ")
                html += "<li\(classes.isEmpty ? "" : " class=\"\(classes)\"")><span class=\"box\">\(box)</span> \(MinutesHTML.escape(point.text))</li>\n"
            }
        }
        if open { html += "</ul>\n" }
        return html
    }

    /// The checklist's lines of the plain-text minutes.
    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        if let progress { lines.append(labels.progress(progress.done, progress.total, labels.points)) }
        for entry in entries {
            switch entry {
            case .group(let group): lines += ["", MinutesText.clean(group.title) + ":"]
            case .point(let point): lines.append((point.isSubpoint ? "    " : "") + (point.isDone ? "[x] " : "[ ] ") + MinutesText.clean(point.text))
            }
        }
    }

    /// The checklist's rows of the CSV export, in the columns of its header.
    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        var rows: [[String]] = []
        var group = ""
        for entry in entries {
            switch entry {
            case .group(let heading): group = heading.title
            case .point(let point): rows.append([section, words.point, group, "", "", point.text, "", "", point.isDone ? words.yes : words.no])
            }
        }
        return rows
    }
}
