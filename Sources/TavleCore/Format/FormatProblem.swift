/// What is wrong in a file Tavle reads (a workshop, a kit, a theme, the config, a key script),
/// as data. Each language's catalogue words it, so one problem reads in Danish or English,
/// and tests compare problems rather than sentences.
public enum FormatProblem: Equatable, Sendable {
    // MARK: Any text file

    /// The file holds a NUL byte: it is not text.
    case nulByte
    /// The bytes are not UTF-8.
    case invalidUTF8
    /// The file could not be opened or read.
    case system(SystemError)
    /// A folder was given where a file belongs.
    case isFolder
    /// A device, pipe or socket was given where a file belongs.
    case notRegularFile
    /// A theme asked for by a name that is neither a bundled theme nor a file; the bundled
    /// ones are named, so the facilitator can pick one.
    case unknownTheme(known: [String])

    // MARK: Workshop and kit files

    case emptyFile
    /// The first line is not `<!-- tavle 1 -->`.
    case notTavleFile
    case versionNotNumber
    /// Written by a newer Tavle, in this format version.
    case newerVersion(Int)
    case unknownVersion(Int)
    /// No `# ` title line where it belongs.
    case titleMissing
    /// A metadata line that is not `- key: value`.
    case metadataSyntax
    /// A section heading with no `<!-- kind -->` line after it.
    case sectionMarkerMissing(section: String)
    case unknownSectionKind(String)
    case checklistPointSyntax
    case notesOutsideQuestion
    case columnMarkerSyntax
    /// A divider between meetings with no section after it.
    case meetingWithoutSections
    /// A matrix board without its axis line (`x` or `y`) right after its marker.
    case matrixAxisMissing(String)
    /// An axis line that is not `<!-- x: LEFT | RIGHT -->` with words at both ends.
    case matrixAxisSyntax(String)
    case cardOutsideColumn
    case actionItemSyntax
    case actionWhoTwice
    case actionDueTwice
    /// A due date that is not YYYY-MM-DD or does not exist.
    case actionDueDate
    case actionDetailSyntax
    case actionDetailOutsideItem
    /// A word in a marker that is not `name=N`.
    case unknownMarkerSetting(String, expected: String)
    /// `name=N` with N outside the range.
    case markerSettingRange(String, ClosedRange<Int>)
    /// A line the parser did not expect where it stands.
    case unexpected(UnexpectedLine)

    // MARK: What `tavle check` finds in a file that parses

    case titleEmpty
    case metadataKeyTwice(String)
    case unknownMetadataKey(String, known: [String])
    case audienceValue(known: [String])
    /// `answers` is not one of the signatures Tavle knows.
    case answersValue(known: [String])
    /// `language` is not one Tavle speaks.
    case workshopLanguage(known: [String])
    /// A metadata date (`created`, `date`) that is not YYYY-MM-DD.
    case metadataDate(String)
    case metadataEmpty(String)
    case sectionTitleEmpty
    case groupHeadingEmpty
    case pointEmpty
    /// The checklist, by its section's title, has no points.
    case checklistWithoutPoints(String)
    case questionEmpty
    case questionsWithoutQuestions(String)
    case columnTitleEmpty
    case columnTwice(String)
    case boardWithoutColumns(String)
    /// A matrix board with fewer than five columns (the unplaced cards' and four quadrants).
    case matrixQuadrantsMissing(String)
    case actionWithoutWhat

    // MARK: config.toml, its syntax

    case tableHeadingSyntax
    case tableNameSyntax
    case textAfterTableHeading
    case keyValueSyntax
    case equalsMissing(after: String)
    case textAfterValue
    case setTwice(String)
    case valueMissing
    case listSyntax
    case listNotClosed
    /// A bare word where a value belongs; text needs quotes.
    case bareWord(String)
    case unknownEscape(Character)
    case stringNotClosed(Character)

    // MARK: config.toml, its settings

    case languageValue
    case dateFormatValue([String])
    case unknownCommand(String)
    case keysValue
    case notAKey(String)
    /// An editor command mapped to a character, which the editor would type instead.
    case editorKeyIsCharacter
    /// A setting of the wrong type: a string, or a list when `expectsList`.
    case wrongType(setting: String, expectsList: Bool, found: ConfigFile.ValueKind)
    case unknownSetting(String)

    // MARK: Theme files

    case themeLineSyntax
    case unknownStyle(String, known: [String])
    case misplacedOn
    case unknownColour(String)
    case secondColourWithoutOn
    case backgroundMissing

    // MARK: Key scripts (`tavle replay --keys`)

    case unknownKey(String)
}

/// A line the workshop parser found where something else belongs.
public enum UnexpectedLine: Equatable, Sendable {
    case secondTitle
    case subheadingOutsideSection
    case heading
    case marker
    case listItemInQuestions
    case listItem
    case numberedLine
    case quote
    case text
    case endOfFile
}

extension FormatProblem {
    /// Whether the problem is with the file as a whole (it is missing, a folder, not to be
    /// read), so no line and column are named: a position would point at text that was never
    /// read.
    public var isAboutWholeFile: Bool {
        switch self {
        case .system, .isFolder, .notRegularFile, .unknownTheme: true
        default: false
        }
    }
}
