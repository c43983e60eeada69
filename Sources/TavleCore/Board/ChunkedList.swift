/// A list kept as short chunks, so that a changed copy shares all but one chunk with the
/// original: undo keeps a snapshot of the workshop before every edit, and with a plain array
/// each snapshot of a 10,000-card column would hold its own copy of all 10,000 cards.
///
/// Moving, adding or changing a card copies the list of chunk references (a few hundred
/// entries) and one chunk of at most `chunkCapacity * 2` cards.
public struct ChunkedList<Element> {
    /// Chunks are split when they grow past twice this.
    static var chunkCapacity: Int { 64 }

    private var chunks: [[Element]] = []
    /// Where each chunk starts in the whole list.
    private var starts: [Int] = []
    /// Number of elements.
    private var total = 0

    /// An empty list.
    public init() {}

    /// A list of the elements of `elements`, in order.
    public init(_ elements: some Sequence<Element>) {
        let all = Array(elements)
        var start = 0
        while start < all.count {
            let end = Swift.min(start + Self.chunkCapacity, all.count)
            chunks.append(Array(all[start..<end]))
            starts.append(start)
            start = end
        }
        total = all.count
    }

    /// The chunk holding `index`, and the offset in it; `index == count` is the end of the last.
    private func locate(_ index: Int) -> (chunk: Int, offset: Int) {
        precondition(index >= 0 && index <= total, "index \(index) out of range 0...\(total)")
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low, index - starts[low])
    }

    private mutating func shiftStarts(after chunk: Int, by delta: Int) {
        var index = chunk + 1
        while index < starts.count {
            starts[index] += delta
            index += 1
        }
    }

    /// Inserts `element` before position `index`.
    public mutating func insert(_ element: Element, at index: Int) {
        guard !chunks.isEmpty else {
            precondition(index == 0, "index \(index) out of range 0...0")
            chunks = [[element]]
            starts = [0]
            total = 1
            return
        }
        let (chunk, offset) = locate(index)
        chunks[chunk].insert(element, at: offset)
        total += 1
        shiftStarts(after: chunk, by: 1)
        if chunks[chunk].count > Self.chunkCapacity * 2 {
            let half = chunks[chunk].count / 2
            let tail = Array(chunks[chunk][half...])
            chunks[chunk].removeSubrange(half...)
            chunks.insert(tail, at: chunk + 1)
            starts.insert(starts[chunk] + half, at: chunk + 1)
        }
    }

    /// Adds `element` at the end: the last chunk is filled to `chunkCapacity`, then a new one
    /// with room for exactly that many is started. Reading a file of millions of cards costs
    /// the cards and a chunk header per 64 (inserting at the end split full chunks in half
    /// and left each half with the room of the whole: 540 MB for 10 million cards).
    public mutating func append(_ element: Element) {
        if let last = chunks.indices.last, chunks[last].count < Self.chunkCapacity {
            chunks[last].append(element)
        } else {
            var chunk: [Element] = []
            chunk.reserveCapacity(Self.chunkCapacity)
            chunk.append(element)
            chunks.append(chunk)
            starts.append(total)
        }
        total += 1
    }

    /// Removes and returns the element at `index`.
    @discardableResult
    public mutating func remove(at index: Int) -> Element {
        precondition(index >= 0 && index < total, "index \(index) out of range 0..<\(total)")
        let (chunk, offset) = locate(index)
        let element = chunks[chunk].remove(at: offset)
        total -= 1
        shiftStarts(after: chunk, by: -1)
        if chunks[chunk].isEmpty {
            chunks.remove(at: chunk)
            starts.remove(at: chunk)
        }
        return element
    }
}

extension ChunkedList: RandomAccessCollection, MutableCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { total }

    public subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < total, "index \(position) out of range 0..<\(total)")
            let (chunk, offset) = locate(position)
            return chunks[chunk][offset]
        }
        set {
            precondition(position >= 0 && position < total, "index \(position) out of range 0..<\(total)")
            let (chunk, offset) = locate(position)
            chunks[chunk][offset] = newValue
        }
    }

    /// Walks the chunks in order, without looking each position up.
    public func makeIterator() -> FlattenSequence<[[Element]]>.Iterator {
        chunks.joined().makeIterator()
    }
}

extension ChunkedList: RangeReplaceableCollection {
    /// Replaces a range; one insertion or removal touches one chunk, anything else rebuilds.
    public mutating func replaceSubrange<C: Collection<Element>>(_ range: Range<Int>, with newElements: C) {
        if range.isEmpty, newElements.count == 1, let element = newElements.first {
            insert(element, at: range.lowerBound)
        } else if range.count == 1, newElements.isEmpty {
            remove(at: range.lowerBound)
        } else if !(range.isEmpty && newElements.isEmpty) {
            var all = Array(self)
            all.replaceSubrange(range, with: newElements)
            self = ChunkedList(all)
        }
    }
}

extension ChunkedList: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension ChunkedList: Equatable where Element: Equatable {
    /// Lists split alike are compared chunk by chunk, and `Array`'s `==` answers at once for
    /// chunks that share storage: comparing a workshop with its undo snapshot costs what the
    /// edit changed, not the list's length.
    public static func == (lhs: ChunkedList, rhs: ChunkedList) -> Bool {
        guard lhs.count == rhs.count else { return false }
        if lhs.starts == rhs.starts { return lhs.chunks == rhs.chunks }
        return lhs.elementsEqual(rhs)
    }
}

extension ChunkedList: Sendable where Element: Sendable {}

extension ChunkedList: CustomStringConvertible {
    public var description: String { Array(self).description }
}
