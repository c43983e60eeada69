/// A problem in a workshop or kit file, located so an editor can jump to it.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters.
    public var column: Int
    /// What is wrong, in one sentence a facilitator can act on.
    public var message: String

    /// Creates an error at a place in the file.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line:column: message`; the caller puts the file name in front.
    public var description: String { "\(line):\(column): \(message)" }

    /// The error as `file:line:column: message`, the form compilers and editors understand.
    public func located(in file: String) -> String { "\(file):\(description)" }
}
