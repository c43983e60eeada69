import Testing
@testable import TavleCore

/// `ChunkedList` keeps card columns cheap to snapshot; it must behave exactly as an array.
@Suite("Chunked lists")
struct ChunkedListTests {
    @Test("random inserts, removals, changes and replacements give the same list as an array", arguments: [UInt64(61), 62, 63])
    func sameAsArray(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var array: [Int] = Array(0..<Int.random(in: 0..<300, using: &random))
        var list = ChunkedList(array)
        var snapshots: [([Int], ChunkedList<Int>)] = []
        for step in 0..<4_000 {
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3:
                let index = Int.random(in: 0...array.count, using: &random)
                array.insert(step, at: index)
                list.insert(step, at: index)
            case 4...6 where !array.isEmpty:
                let index = Int.random(in: 0..<array.count, using: &random)
                #expect(list.remove(at: index) == array.remove(at: index))
            case 7 where !array.isEmpty:
                let index = Int.random(in: 0..<array.count, using: &random)
                array[index] = -step
                list[index] = -step
            case 8:
                array.append(step)
                list.append(step)
            default:
                let lower = Int.random(in: 0...array.count, using: &random)
                let upper = Int.random(in: lower...min(array.count, lower + 3), using: &random)
                let new = (0..<Int.random(in: 0..<3, using: &random)).map { step * 10 + $0 }
                array.replaceSubrange(lower..<upper, with: new)
                list.replaceSubrange(lower..<upper, with: new)
            }
            if step % 97 == 0 { snapshots.append((array, list)) }
            #expect(list.count == array.count)
            #expect(Array(list) == array, "step \(step)")
            if Array(list) != array { return }
        }
        #expect(list.indices.map { list[$0] } == array, "indexing agrees with iterating")
        // Snapshots taken along the way are untouched by the edits after them.
        for (expected, snapshot) in snapshots {
            #expect(Array(snapshot) == expected)
        }
    }

    @Test("a changed copy leaves the original as it was")
    func sharing() {
        let original = ChunkedList(0..<10_000)
        var copy = original
        copy[5_000] = -1
        copy.insert(-2, at: 7_000)
        #expect(original[5_000] == 5_000 && copy[5_000] == -1 && copy[7_000] == -2 && copy.count == 10_001)
        #expect(original == ChunkedList(0..<10_000))
        #expect(copy != original)
    }
}
