/// The reflection questions of a section as a section's content: the array's rules, answered for the dispatch (an
/// array cannot itself conform for two element types).
struct QuestionList: SectionContent {
    let questions: [Question]

    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        questions.movedFocus(cursor, by: command)
    }

    func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        questions.editStart(section: section, at: cursor)
    }

    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        nil
    }

    func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        questions.deletion(section: section, at: cursor)
    }

    func serialize(to file: inout WorkshopSerializer.Output) {
        WorkshopSerializer.appendQuestions(questions, to: &file)
    }

    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        WorkshopCheck.checkQuestions(questions, title: title, line: line, items: items, flag: flag)
    }

    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String] {
        MinutesMarkdown.blocks(of: questions, labels: labels, dateStyle: dateStyle)
    }

    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String {
        MinutesHTML.html(of: questions, labels: labels, dateStyle: dateStyle)
    }

    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines) {
        MinutesText.add(questions, progress: progress, labels: labels, dateStyle: dateStyle, to: &lines)
    }

    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]] {
        MinutesCSV.rows(of: questions, section: section, words: words)
    }
}
