extension StringProtocol where SubSequence == Substring {
    /// The text without white space at either end, as a slice of the original so that
    /// column numbers in error messages stay right.
    public var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
