// How a checklist is written into each export format.

extension MinutesMarkdown {
    /// The checklist's part of the Markdown minutes, as blocks.
    static func blocks(of checklist: Checklist, labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        var list = ""
        for entry in checklist.entries {
            switch entry {
            case .group(let group):
                if !list.isEmpty { blocks.append(list); list = "" }
                blocks.append("### " + inline(group.title))
            case .point(let point):
                if !list.isEmpty { list += "\n" }
                list += (point.isSubpoint ? "  " : "") + (point.isDone ? "- [x] " : "- [ ] ") + inline(point.text, atLineStart: false)
            }
        }
        if !list.isEmpty { blocks.append(list) }
        return blocks
    }
}

extension MinutesHTML {
    /// The checklist's part of the HTML minutes.
    static func html(of checklist: Checklist, labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        var open = false
        for entry in checklist.entries {
            switch entry {
            case .group(let group):
                if open { html += "</ul>\n"; open = false }
                html += "<h3>\(escape(group.title))</h3>\n"
                if !group.description.isEmpty { html += "<div class=\"guidance\">\(paragraphs(group.description))</div>\n" }
            case .point(let point):
                if !open { html += "<ul class=\"checklist\">\n"; open = true }
                let box = point.isDone ? "☑" : "☐"
                let classes = [point.isDone ? "done" : nil, point.isSubpoint ? "sub" : nil].compactMap { $0 }.joined(separator: " ")
                html += "<li\(classes.isEmpty ? "" : " class=\"\(classes)\"")><span class=\"box\">\(box)</span> \(escape(point.text))</li>\n"
            }
        }
        if open { html += "</ul>\n" }
        return html
    }
}

extension MinutesText {
    /// The checklist's lines of the plain-text minutes.
    static func add(_ checklist: Checklist, progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, to lines: inout Lines) {
        if let progress { lines.append(labels.progress(progress.done, progress.total, labels.points)) }
        for entry in checklist.entries {
            switch entry {
            case .group(let group): lines += ["", clean(group.title) + ":"]
            case .point(let point): lines.append((point.isSubpoint ? "    " : "") + (point.isDone ? "[x] " : "[ ] ") + clean(point.text))
            }
        }
    }
}

extension MinutesCSV {
    /// The checklist's rows of the CSV export, in the columns of its header.
    static func rows(of checklist: Checklist, section: String, words: Words) -> [[String]] {
        var rows: [[String]] = []
        var group = ""
        for entry in checklist.entries {
            switch entry {
            case .group(let heading): group = heading.title
            case .point(let point): rows.append([section, words.point, group, "", "", point.text, "", "", point.isDone ? words.yes : words.no])
            }
        }
        return rows
    }
}
