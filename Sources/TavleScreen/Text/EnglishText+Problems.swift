import TavleCore

extension EnglishText {
    /// What is wrong in a file, as one sentence a facilitator can act on.
    public func describe(_ problem: FormatProblem) -> String {
        switch problem {
        case .nulByte: "the file contains a NUL byte; it is not a text file"
        case .invalidUTF8: "invalid UTF-8; save the file as UTF-8"
        case .system(let error): describe(error)
        case .isFolder: "is a folder, not a workshop file"
        case .notRegularFile: "is not a regular file"
        case .unknownTheme(let known): "no colour theme has that name; choose \(known.joined(separator: ", ")) or a theme file's path"

        case .emptyFile: "the file is empty; a Tavle file starts with \(WorkshopFormat.versionLine)"
        case .notTavleFile: "not a Tavle file: the first line must be \(WorkshopFormat.versionLine)"
        case .versionNotNumber: "the format version must be a number"
        case .newerVersion(let version):
            "this file is format \(version), written by a newer Tavle; this Tavle reads format \(WorkshopFormat.version)"
        case .unknownVersion(let version): "unknown format version \(version)"
        case .titleMissing: "expected the workshop's title, a line starting with '# '"
        case .metadataSyntax: "metadata is written '- key: value' with a lower-case key"
        case .sectionMarkerMissing(let section):
            "the section '\(section)' needs a marker line after its heading, e.g. <!-- checklist -->, <!-- questions --> or <!-- board -->"
        case .unknownSectionKind(let kind): "unknown section kind '\(kind)'; use checklist, questions, board or actions"
        case .checklistPointSyntax: "a checklist point is written '- [ ] text' (or '- [x] text' when ticked)"
        case .notesOutsideQuestion: "notes must stand under a question (a line starting with '### ')"
        case .columnMarkerSyntax: "a column's marker is <!-- ranked --> or <!-- ranked limit=3 -->"
        case .cardOutsideColumn: "a card must stand under a column heading (a line starting with '### ')"
        case .actionItemSyntax: "an action item is written '- [ ] what' (or '- [x] what' when done)"
        case .actionWhoTwice: "the action item already has a 'who' line"
        case .actionDueTwice: "the action item already has a 'due' line"
        case .actionDueDate: "a due date is written YYYY-MM-DD and must exist, e.g. 2026-12-01"
        case .actionDetailSyntax: "an action item's detail is '  - who: name' or '  - due: YYYY-MM-DD'"
        case .actionDetailOutsideItem: "'  - who:' and '  - due:' lines stand under an action item"
        case .unknownMarkerSetting(let word, let expected): "unknown setting '\(word)'; expected \(expected)=N"
        case .markerSettingRange(let name, let range):
            "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .unexpected(let line): describe(line)

        case .titleEmpty: "the title is empty"
        case .metadataKeyTwice(let key): "metadata key '\(key)' is given twice"
        case .unknownMetadataKey(let key, let known): "unknown metadata key '\(key)'; known keys are \(known.joined(separator: ", "))"
        case .audienceValue(let known): "audience must be one of \(known.joined(separator: ", "))"
        case .answersValue(let known): "answers must be one of \(known.joined(separator: ", "))"
        case .workshopLanguage(let known): "language must be one of \(known.joined(separator: ", "))"
        case .metadataDate(let key): "\(key) must be a date written YYYY-MM-DD"
        case .metadataEmpty(let key): "metadata '\(key)' has no value"
        case .sectionTitleEmpty: "the section's title is empty"
        case .groupHeadingEmpty: "the group heading is empty"
        case .pointEmpty: "the point has no text"
        case .checklistWithoutPoints(let section): "the checklist '\(section)' has no points"
        case .questionEmpty: "the question is empty"
        case .questionsWithoutQuestions(let section): "the questions section '\(section)' has no questions"
        case .columnTitleEmpty: "the column has no title"
        case .columnTwice(let column): "the column '\(column)' appears twice on this board"
        case .boardWithoutColumns(let section): "the board '\(section)' has no columns"
        case .meetingWithoutSections: "a meeting needs at least one section after its marker <!-- meeting: … -->"
        case .matrixQuadrantsMissing(let section): "the matrix '\(section)' needs five columns: one for the cards before they are placed, and one for each of the four quadrants"
        case .matrixAxisMissing(let axis): "a matrix needs its \(axis) axis right after its marker: <!-- \(axis): \(axis == "x" ? "LEFT | RIGHT" : "TOP | BOTTOM") -->"
        case .matrixAxisSyntax(let axis): "an axis is written <!-- \(axis): \(axis == "x" ? "LEFT | RIGHT" : "TOP | BOTTOM") --> with words at both ends"
        case .actionWithoutWhat: "the action item says nothing about what is to be done"

        case .tableHeadingSyntax: "a table heading is written [name]"
        case .tableNameSyntax: "a table name is letters, digits, - and _"
        case .textAfterTableHeading: "nothing may follow a table heading but a comment"
        case .keyValueSyntax: "expected 'key = value'; a key is letters, digits, - and _"
        case .equalsMissing(let key): "expected '=' after '\(key)'"
        case .textAfterValue: "unexpected text after the value"
        case .setTwice(let key): "'\(key)' is set twice"
        case .valueMissing: "a value is missing after '='"
        case .listSyntax: "a list holds strings in quotes, separated by commas"
        case .listNotClosed: "the list is not closed with ']'"
        case .bareWord(let word): "'\(word)' is not a value; text goes in quotes, e.g. \"\(word)\""
        case .unknownEscape(let character): "unknown escape '\\\(character)'; use \\\" \\\\ \\n or \\t"
        case .stringNotClosed(let quote): "the string is not closed with \(quote)"

        case .languageValue: "language is \"da\" or \"en\""
        case .dateFormatValue(let styles): "date-format is one of \(styles.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .unknownCommand(let command): "unknown command '\(command)'; `tavle config --commands` lists them"
        case .keysValue: "keys are a string like \"z\" or \"<C-r>\", or a list of them"
        case .notAKey(let name): "'\(name)' is not a key; write a character, or a name like <Enter>, <Tab>, <C-r>, <S-Right>"
        case .editorKeyIsCharacter: "an editor command needs a special key such as <C-s> or <Esc>; a character would be typed"
        case .wrongType(let setting, let expectsList, let found):
            "\(setting) must be \(expectsList ? "a list of folders" : "a string"), not \(describe(found))"
        case .unknownSetting(let name): "unknown setting '\(name)'; settings are theme, language, kits, date-format and [keys]"

        case .themeLineSyntax: "expected 'style = colours and attributes'"
        case .unknownStyle(let name, let known): "unknown style '\(name)'; styles are \(known.joined(separator: ", "))"
        case .misplacedOn: "'on' goes between a foreground and a background colour"
        case .unknownColour(let word): "unknown colour or attribute '\(word)'"
        case .secondColourWithoutOn: "a second colour needs 'on' before it, e.g. 'black on cyan'"
        case .backgroundMissing: "'on' must be followed by a background colour"

        case .unknownKey(let name): "unknown key <\(name)>"
        }
    }

    private func describe(_ line: UnexpectedLine) -> String {
        switch line {
        case .secondTitle: "unexpected second title ('# '); a file has one title"
        case .subheadingOutsideSection: "unexpected '### ' heading outside a section; put a '## ' section heading above it"
        case .heading: "unexpected heading"
        case .marker: "unexpected marker comment here; markers stand right after a '## ' or '### ' heading"
        case .listItemInQuestions: "unexpected list item in a questions section; notes are lines starting with '>'"
        case .listItem: "unexpected list item here"
        case .numberedLine: "unexpected numbered line here; numbered cards belong in a board column"
        case .quote: "unexpected quote line ('>') here; notes belong under a question"
        case .text: "unexpected text here; text goes right after a heading, before the items (start the line with '\\' to keep it as text)"
        case .endOfFile: "the file ends unexpectedly here"
        }
    }

    private func describe(_ kind: ConfigFile.ValueKind) -> String {
        switch kind {
        case .string: "a string"
        case .integer: "a number"
        case .bool: "true or false"
        case .strings: "a list of strings"
        }
    }

    /// What the operating system said, in this language where Tavle knows the case.
    public func describe(_ error: SystemError) -> String {
        switch error {
        case .noSuchFile: "no such file or folder"
        case .permissionDenied: "permission denied"
        case .diskFull: "no space left on the disk"
        case .readOnlyFileSystem: "the file system is read-only"
        case .notAFolder: "a part of the path is a file, not a folder"
        case .notARegularFile: "something other than a plain file (e.g. a link) is there"
        case .other(let words): words
        }
    }

    /// Why a write failed.
    public func describe(_ reason: SaveFailure.Reason) -> String {
        switch reason {
        case .system(let error): describe(error)
        case .changedOutside: "the file was changed outside Tavle"
        case .exists: "the file exists already"
        case .isTheWorkshop: "that is the workshop itself; choose another file"
        case .unreadable(let problem): describe(problem)
        case .missing: "the file was deleted or moved since Tavle opened it"
        case .heldElsewhere(let holder): "the file is open in another Tavle" + (holder.map { " (\($0))" } ?? "")
        }
    }

    /// Why the workshop is open read-only.
    public func describe(_ reason: ReadOnlyReason) -> String {
        switch reason {
        case .liveView: "live view, following the file"
        case .asked: "opened with --read-only"
        case .heldElsewhere(let holder): "open in another Tavle" + (holder.map { " (\($0))" } ?? "")
        case .lockUnavailable(let error): "the lock file could not be taken (\(describe(error)))"
        }
    }
}
