// How a questions section is written into each export format.

extension MinutesMarkdown {
    /// The questions' part of the Markdown minutes, as blocks.
    static func blocks(of questions: [Question], labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        for question in questions {
            blocks.append("### " + inline(question.text))
            blocks.append(question.notes.isEmpty ? "*\(labels.noNotes)*" : quote(question.notes))
        }
        return blocks
    }
}

extension MinutesHTML {
    /// The questions' part of the HTML minutes.
    static func html(of questions: [Question], labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        for question in questions {
            html += "<h3>\(escape(question.text))</h3>\n"
            if !question.hint.isEmpty { html += "<div class=\"guidance\">\(paragraphs(question.hint))</div>\n" }
            html += question.notes.isEmpty
                ? "<p class=\"empty\">\(escape(labels.noNotes))</p>\n"
                : "<blockquote>\(paragraphs(question.notes))</blockquote>\n"
        }
        return html
    }
}

extension MinutesText {
    /// The questions' lines of the plain-text minutes.
    static func add(_ questions: [Question], progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, to lines: inout Lines) {
        for question in questions {
            lines += ["", clean(question.text)]
            if question.notes.isEmpty {
                lines.append("    " + labels.noNotes)
            } else {
                WorkshopSerializer.forEachLine(of: question.notes) { line in
                    lines.append(line.isEmpty ? "" : "    " + clean(String(line)))
                }
            }
        }
    }
}

extension MinutesCSV {
    /// The questions' rows of the CSV export, in the columns of its header.
    static func rows(of questions: [Question], section: String, words: Words) -> [[String]] {
        var rows: [[String]] = []
        for question in questions {
            rows.append([section, words.note, question.text, "", "", question.notes, "", "", question.isAnswered ? words.yes : words.no])
        }
        return rows
    }
}
