// A board as a section's content: its folder's rules, answered for the dispatch.

extension Board: SectionContent {
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        withNewItem(section: section, at: cursor).map { (.board($0.0), $0.1, $0.2) }
    }

    func serialize(to file: inout WorkshopSerializer.Output) {
        WorkshopSerializer.appendBoard(self, to: &file)
    }

    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        WorkshopCheck.checkBoard(self, title: title, line: line, items: items, flag: flag)
    }

    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        MinutesMarkdown.blocks(of: self, labels: labels, dateStyle: dateStyle)
    }

    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        MinutesHTML.html(of: self, labels: labels, dateStyle: dateStyle)
    }

    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        MinutesText.add(self, progress: progress, labels: labels, dateStyle: dateStyle, to: &lines)
    }

    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        MinutesCSV.rows(of: self, section: section, words: words)
    }
}
