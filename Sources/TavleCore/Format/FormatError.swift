/// A problem in a file, located so an editor can jump to it. The words come from the
/// interface's catalogue (`located(_:in:)` there), so the same error reads in either language.
public struct FormatError: Error, Equatable, Sendable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// What is wrong.
    public var problem: FormatProblem

    /// Creates an error at a place in the file.
    public init(line: Int, column: Int, _ problem: FormatProblem) {
        self.line = line
        self.column = column
        self.problem = problem
    }
}

/// A `FormatError` in a named file: what a `file:line:col: what` line is made of.
public struct FileProblem: Error, Equatable, Sendable {
    /// The file as the person named it.
    public var file: String
    public var error: FormatError

    /// Creates a problem in `file`.
    public init(file: String, error: FormatError) {
        self.file = file
        self.error = error
    }

    /// A problem with the file as a whole (it cannot be opened, it is a folder): line 1, column 1.
    public init(file: String, _ problem: FormatProblem) {
        self.init(file: file, error: FormatError(line: 1, column: 1, problem))
    }
}
