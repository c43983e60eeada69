import Testing
import TavleCore
@testable import TavleScreen
import TavleTestSupport

/// The terminal backend copies only the runs `Grid.changes(from:)` reports, so the runs must
/// cover every changed cell and never split a wide character.
@Suite("Changed cells between two screens")
struct GridChangesTests {
    @Test("an unchanged screen has nothing to copy; a first screen or a new size copies every row")
    func wholeAndNothing() {
        var grid = Grid(width: 10, height: 3)
        grid.put("æøå", x: 0, y: 1, style: .normal)
        #expect(grid.changes(from: grid).isEmpty)
        #expect(grid.changes(from: nil) == (0..<3).map { ChangedRun(y: $0, x: 0, count: 10) })
        #expect(grid.changes(from: Grid(width: 9, height: 3)).count == 3)
    }

    @Test("a changed style or letter is one run; neighbours close together join")
    func runs() {
        let before = Grid(width: 10, height: 2)
        var after = before
        after.put("ab", x: 2, y: 1, style: .focus)
        after.put("c", x: 5, y: 1, style: .normal)
        #expect(after.changes(from: before) == [ChangedRun(y: 1, x: 2, count: 2), ChangedRun(y: 1, x: 5, count: 1)])
        var restyled = after
        restyled[3, 1].style = .done
        #expect(restyled.changes(from: after) == [ChangedRun(y: 1, x: 3, count: 1)])
    }

    @Test("a run that touches either half of a wide character copies the whole character")
    func wideCharacters() {
        var before = Grid(width: 8, height: 1)
        before.put("a日b", x: 0, y: 0, style: .normal)
        var after = before
        after[2, 0].style = .focus   // only the continuation cell's style differs
        let runs = after.changes(from: before)
        #expect(runs == [ChangedRun(y: 0, x: 1, count: 2)])
        #expect(after.applying(runs, to: before) == after)
    }

    @Test("random edits: the runs cover every changed cell and start on whole characters", arguments: TestSeed.seeds([5, 6, 7]))
    func randomEdits(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let pieces = ["a", "æ", "日本", "🙂", " ", "ø x", "\u{1B}"]
        let styles = Style.allCases
        var shown = Grid(width: 13, height: 5)
        for step in 0..<2_000 {
            var next = shown
            for _ in 0..<random.int(below: 4) {
                let text = pieces[random.int(below: pieces.count)]
                let style = styles[random.int(below: styles.count)]
                next.put(text, x: random.int(below: 13), y: random.int(below: 5), style: style)
            }
            let runs = next.changes(from: shown)
            #expect(next.applying(runs, to: shown) == next, "\(random.replay), step \(step)")
            #expect(runs.allSatisfy { !next[$0.x, $0.y].isContinuation && $0.x + $0.count <= 13 }, "\(random.replay), step \(step)")
            shown = next
        }
    }
}
