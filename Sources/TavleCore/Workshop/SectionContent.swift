/// Everything a section kind knows about itself: how the focus moves, what editing, adding and
/// deleting mean, how it is written to the file and checked, and how each export shows it.
///
/// The rest of the code asks a section's `content` instead of switching over kinds, so a new
/// kind conforms in its own folder and is named once, in `SectionBody.content` (and in the
/// parser, which must know the kind before there is a body).
protocol SectionContent: Sendable {
    /// Where the focus goes from `cursor` for a movement command; nil when it does not move.
    func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor?
    /// The focused item's edit; nil when nothing editable is focused.
    func editStart(section: Int, at cursor: Cursor) -> EditStart?
    /// The body with a new empty item, the focus on it and its edit; nil where nothing is added.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)?
    /// What deleting the focused item asks first; nil when there is nothing to delete.
    func deletion(section: Int, at cursor: Cursor) -> Confirmation?
    /// Writes the body in the file format, after the section's heading and guidance.
    func serialize(to file: inout WorkshopSerializer.Output)
    /// Reports what the file may hold but should not (empty titles, no items).
    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag)
    /// The Markdown minutes' blocks.
    func markdownBlocks(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> [String]
    /// The HTML minutes' part.
    func html(labels: MinutesLabels, dateStyle: Settings.DateStyle) -> String
    /// The plain-text minutes' lines.
    func textLines(progress: Progress?, labels: MinutesLabels, dateStyle: Settings.DateStyle, into lines: inout MinutesText.Lines)
    /// The CSV export's rows.
    func csvRows(section: String, words: MinutesCSV.Words) -> [[String]]
}

extension SectionBody {
    /// The kind's own knowledge: the one switch over kinds the rest of the code dispatches
    /// through.
    var content: any SectionContent {
        switch self {
        case .checklist(let checklist): checklist
        case .questions(let questions): QuestionList(questions: questions)
        case .board(let board): board
        case .actions(let items): ActionList(actions: items)
        }
    }

    /// Where the focus goes from `cursor` for a movement command, by the kind's own rules.
    public func movedFocus(_ cursor: Cursor, by command: Command) -> Cursor? {
        content.movedFocus(cursor, by: command)
    }

    /// The focused item's edit, by the kind's own rules; nil when nothing editable is focused.
    public func editStart(section: Int, at cursor: Cursor) -> EditStart? {
        content.editStart(section: section, at: cursor)
    }

    /// The body with a new empty item where the kind puts one, the focus on it and its edit;
    /// nil where the kind adds nothing (questions are the guide's).
    public func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        content.addingItem(section: section, at: cursor)
    }

    /// What deleting the focused item asks first; nil when there is nothing to delete.
    public func deletion(section: Int, at cursor: Cursor) -> Confirmation? {
        content.deletion(section: section, at: cursor)
    }
}
