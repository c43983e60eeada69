/// The lines of a text file as every reader of Tavle splits them (workshops and kits, the
/// config, themes): a line ends at a line feed, at carriage returns followed by a line feed
/// (CRLF, and CR CR LF from a file converted twice), or at a carriage return alone (old Mac
/// files). A line end is never part of a line, and a last line end does not start a line.
///
/// Lines are found one at a time without copying: each is a slice of the text, so reading a
/// file line by line costs no memory per line.
public struct TextLines: Sequence, IteratorProtocol {
    private let text: Substring
    private var position: String.Index
    /// Carriage returns before this index are known to be line ends on their own (the run they
    /// stand in is not followed by a line feed), so a long run is looked at once, not per line.
    private var loneReturnsEnd: String.Index

    /// The lines of `text`.
    public init(_ text: String) {
        self.init(text[...])
    }

    /// The lines of a part of a text.
    public init(_ text: Substring) {
        self.text = text
        position = text.startIndex
        loneReturnsEnd = text.startIndex
    }

    /// The next line, without its line end; nil after the last.
    public mutating func next() -> Substring? {
        let bytes = text.utf8
        let end = bytes.endIndex
        guard position < end else { return nil }
        var index = position
        // The line end is searched for in the text's own storage when it has one (a native
        // string always does): stepping a String.Index byte by byte was most of reading a line.
        let start = bytes.distance(from: bytes.startIndex, to: position)
        let found = bytes.withContiguousStorageIfAvailable { buffer in
            var offset = start
            while offset < buffer.count, buffer[offset] != 0x0A, buffer[offset] != 0x0D { offset += 1 }
            return offset
        }
        if let found {
            index = bytes.index(position, offsetBy: found - start)
        } else {
            while index < end {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D { break }
                bytes.formIndex(after: &index)
            }
        }
        let line = text[position..<index]
        guard index < end else {
            position = end
            return line
        }
        if bytes[index] == 0x0A {
            position = bytes.index(after: index)
        } else if index < loneReturnsEnd {
            position = bytes.index(after: index)
        } else {
            var after = index
            while after < end, bytes[after] == 0x0D { bytes.formIndex(after: &after) }
            if after < end, bytes[after] == 0x0A {
                position = bytes.index(after: after)
            } else {
                loneReturnsEnd = after
                position = bytes.index(after: index)
            }
        }
        return line
    }

}
