/// The minutes as plain text: underlined headings, boxes for points, indented notes.
public enum MinutesText {
    /// The document, its dates in `dateStyle` as on screen.
    public static func render(_ workshop: Workshop, labels: MinutesLabels = .danish, dateStyle: Settings.DateStyle = .danish) -> String {
        var lines = Lines()
        lines += [clean(workshop.title), String(repeating: "=", count: max(3, clean(workshop.title).count))]
        for fact in WorkshopExport.meetingFacts(workshop, labels: labels, dateStyle: dateStyle) { lines.append("\(fact.label): \(clean(fact.value))") }
        let (sections, notReached) = WorkshopExport.reached(workshop)
        for section in sections {
            lines += ["", clean(section.title), String(repeating: "-", count: max(3, clean(section.title).count))]
            section.body.content.textLines(progress: section.progress, labels: labels, dateStyle: dateStyle, into: &lines)
        }
        if !notReached.isEmpty {
            lines += ["", labels.notReached + ": " + notReached.map(clean).joined(separator: ", ")]
        }
        return lines.text
    }

    /// The document as it is written, each line ended: an array of every line first cost an
    /// allocation a line.
    struct Lines {
        /// The document so far.
        var text = ""
        /// Adds a line and its end.
        mutating func append(_ line: String) {
            text += line
            text += "\n"
        }
        /// Adds the lines in order.
        static func += (lines: inout Lines, more: [String]) {
            for line in more { lines.append(line) }
        }
    }

    /// One line of text without control characters, which a terminal showing the file would run.
    static func clean(_ text: String) -> String {
        VisibleText.oneLine(text)
    }
}
