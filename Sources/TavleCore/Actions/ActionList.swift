/// The action items of a section as a section's content: the array's rules, answered for the dispatch (an
/// array cannot itself conform for two element types).
struct ActionList: SectionContent {
    let actions: [ActionItem]

    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        actions.movedFocus(cursor, by: command)
    }

    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        actions.editStart(section: section, at: cursor)
    }

    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        actions.withNewItem(section: section, at: cursor).map { (.actions($0.0), $0.1, $0.2) }
    }

    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        actions.deletion(section: section, at: cursor)
    }

    func serialize(to file: inout WorkshopSerializer.Output) {
        WorkshopSerializer.appendActions(actions, to: &file)
    }

    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        WorkshopCheck.checkActions(actions, title: title, line: line, items: items, flag: flag)
    }

    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        MinutesMarkdown.blocks(of: actions, labels: labels, dateStyle: dateStyle)
    }

    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        MinutesHTML.html(of: actions, labels: labels, dateStyle: dateStyle)
    }

    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        MinutesText.add(actions, progress: progress, labels: labels, dateStyle: dateStyle, to: &lines)
    }

    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        MinutesCSV.rows(of: actions, section: section, words: words)
    }
}
