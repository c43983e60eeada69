// How a questions section is written into each export format.

extension QuestionList {
    /// The questions' part of the Markdown minutes, as blocks.
    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        var blocks: [String] = []
        for question in questions {
            blocks.append("### " + MinutesMarkdown.inline(question.text))
            blocks.append(question.notes.isEmpty ? "*\(labels.noNotes)*" : MinutesMarkdown.quote(question.notes))
        }
        return blocks
    }

    /// The questions' part of the HTML minutes.
    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        var html = ""
        for question in questions {
            html += "<h3>\(MinutesHTML.escape(question.text))</h3>\n"
            if !question.hint.isEmpty { html += "<div class=\"guidance\">\(MinutesHTML.paragraphs(question.hint))</div>\n" }
            html += question.notes.isEmpty
                ? "<p class=\"empty\">\(MinutesHTML.escape(labels.noNotes))</p>\n"
                : "<blockquote>\(MinutesHTML.paragraphs(question.notes))</blockquote>\n"
        }
        return html
    }

    /// The questions' lines of the plain-text minutes.
    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        for question in questions {
            lines += ["", MinutesText.clean(question.text)]
            if question.notes.isEmpty {
                lines.append("    " + labels.noNotes)
            } else {
                WorkshopSerializer.forEachLine(of: question.notes) { line in
                    lines.append(line.isEmpty ? "" : "    " + MinutesText.clean(String(line)))
                }
            }
        }
    }

    /// The questions' rows of the CSV export, in the columns of its header.
    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        var rows: [[String]] = []
        for question in questions {
            rows.append([section, words.note, question.text, "", "", question.notes, "", "", question.isAnswered ? words.yes : words.no])
        }
        return rows
    }
}
