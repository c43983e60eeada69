import Testing
@testable import TavleCore
import TavleTestSupport

/// `ChunkedList` keeps card columns cheap to snapshot; it must behave exactly as an array.
@Suite("Chunked lists")
struct ChunkedListTests {
    @Test("random inserts, removals, changes and replacements give the same list as an array", arguments: TestSeed.seeds([61, 62, 63]))
    func sameAsArray(seed: UInt64) {
        var random = SeededRandom(seed: seed)
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
                #expect(list.remove(at: index) == array.remove(at: index), "\(random.replay), step \(step)")
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
            #expect(list.count == array.count, "\(random.replay), step \(step)")
            #expect(Array(list) == array, "\(random.replay), step \(step)")
            if Array(list) != array { return }
        }
        #expect(list.indices.map { list[$0] } == array, "indexing agrees with iterating, \(random.replay)")
        // Snapshots taken along the way are untouched by the edits after them.
        for (expected, snapshot) in snapshots {
            #expect(Array(snapshot) == expected, "\(random.replay)")
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

extension ChunkedListTests {
    @Test("== agrees with comparing the elements, whether the lists are split alike or not", arguments: TestSeed.seeds([81, 82]))
    func equality(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var list = ChunkedList(0..<Int.random(in: 0..<500, using: &random))
        for step in 0..<800 {
            let before = list
            switch Int.random(in: 0..<4, using: &random) {
            case 0: list.insert(step % 7, at: Int.random(in: 0...list.count, using: &random))
            case 1 where !list.isEmpty: list.remove(at: Int.random(in: 0..<list.count, using: &random))
            case 2 where !list.isEmpty: list[Int.random(in: 0..<list.count, using: &random)] = step % 3
            default: break
            }
            let resplit = ChunkedList(Array(list))
            #expect(list == resplit && resplit == list, "a list equals the same elements split afresh, \(random.replay), step \(step)")
            #expect((list == before) == (Array(list) == Array(before)), "\(random.replay), step \(step)")
        }
    }
}

/// A checklist finds points and keeps its counts without walking every entry on every key;
/// it must agree with walking them.
@Suite("Checklist navigation and counts")
struct ChecklistNavigationTests {
    @Test("next, previous, first and last point and the counts agree with the plain computation after random edits",
          arguments: TestSeed.seeds([71, 72, 73]))
    func sameAsPlain(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        func randomEntry() -> ChecklistEntry {
            Int.random(in: 0..<4, using: &random) == 0
                ? .group(ChecklistGroup(title: "G"))
                : .point(ChecklistPoint(text: "p", isDone: Bool.random(using: &random), isSubpoint: Bool.random(using: &random)))
        }
        var checklist = Checklist(entries: (0..<Int.random(in: 0..<200, using: &random)).map { _ in randomEntry() })
        for _ in 0..<600 {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: checklist.entries.insert(randomEntry(), at: Int.random(in: 0...checklist.entries.count, using: &random))
            case 1 where !checklist.entries.isEmpty: checklist.entries.remove(at: Int.random(in: 0..<checklist.entries.count, using: &random))
            case 2 where !checklist.entries.isEmpty: checklist.entries[Int.random(in: 0..<checklist.entries.count, using: &random)] = randomEntry()
            default: break
            }
            let all = Array(checklist.entries)
            let points = all.indices.filter { all[$0].isPoint }
            #expect(checklist.pointCount == points.count, "\(random.replay)")
            #expect(checklist.tickedCount == all.filter { if case .point(let point) = $0 { point.isDone } else { false } }.count, "\(random.replay)")
            #expect(checklist.firstPoint == points.first && checklist.lastPoint == points.last, "\(random.replay)")
            for index in -1...all.count {
                #expect(checklist.isPoint(at: index) == points.contains(index), "\(random.replay), index \(index)")
                #expect(checklist.point(after: index) == points.first { $0 > index }, "\(random.replay), index \(index)")
                #expect(checklist.point(before: index) == points.last { $0 < index }, "\(random.replay), index \(index)")
            }
        }
    }
}
