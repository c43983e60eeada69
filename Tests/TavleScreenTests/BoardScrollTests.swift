import Testing
@testable import TavleCore
@testable import TavleScreen
import TavleTestSupport

/// The board lays out only the cards near the focus (a card shows at most four rows). Whatever it shows must be exactly what
/// laying out every card and then scrolling by the plain rule would show, its top row the start of a card.
@Suite("Board scrolling")
struct BoardScrollTests {
    static func state(cards: [String], focus: Int) -> AppState {
        let board = Board(columns: [Column(title: "Alle forslag", cards: cards.map { Card(text: $0) })])
        var state = AppState(workshop: Workshop(title: "T", sections: [Section(title: "S", body: .board(board))]), documentPath: "x")
        for _ in 0..<focus { _ = state.handle(.keyPressed(.down)) }
        return state
    }

    /// The board drawn alone into a rectangle of `width` x `height`.
    static func draw(_ state: AppState, width: Int, height: Int) -> Frame {
        var frame = Frame(width: width, height: height)
        guard case .board(let board) = state.workshop.sections[0].body else { return frame }
        BoardView(board: board, section: 0, cursor: state.cursor, move: nil, edit: nil, text: state.text)
            .draw(into: &frame, rect: Rect(x: 0, y: 0, width: width, height: height))
        return frame
    }

    /// The card area of the only column: its rows as text, without trailing blanks, and whether
    /// each is focused. The column's last cell, where ↑ and ↓ stand, is left out.
    static func cardRows(_ frame: Frame) -> [(text: String, focused: Bool)] {
        let end = 59  // the cells of a 60-wide column without its gutter
        let top = frame.grid.lines.firstIndex { $0.contains("───") }! + 1
        return (top..<frame.grid.height).map { y in
            let text = String((0..<min(end, frame.grid.width)).map { frame.grid.character(x: $0, y: y) })
            return (String(text.trimmingWhitespace), frame.grid[0, y].style == .focus)
        }
    }

    @Test("what is drawn equals laying out every card and scrolling by the plain rule")
    func sameAsPlainLayout() throws {
        var random = SeededRandom(seed: TestSeed.seed(11))
        let words = ["Ældresagen", "i", "Ærø", "Biblioteket", "Ungdomsskolen", "på", "Åbenrå", "kirke", "og", "frivillige"]
        for _ in 0..<120 {
            let count = 1 + random.int(below: 60)
            let cards = (0..<count).map { _ in
                (0..<(1 + random.int(below: 14))).map { _ in words[random.int(below: words.count)] }.joined(separator: " ")
            }
            let focus = random.int(below: count)
            let height = 12 + random.int(below: 30)
            let state = Self.state(cards: cards, focus: focus)

            // Plain: every card laid out in a frame tall enough for all of them. A column that
            // scrolls keeps its last cell for the arrows, so its cards wrap as in a column a cell
            // narrower.
            let visible = Self.cardRows(Self.draw(state, width: 60, height: height)).map(\.text)
            let unscrolled = Self.cardRows(Self.draw(state, width: 60, height: 4 * count + 20))
            let scrolls = (unscrolled.lastIndex { !$0.text.isEmpty } ?? -1) + 1 > visible.count
            let all = scrolls ? Self.cardRows(Self.draw(state, width: 59, height: 4 * count + 20)) : unscrolled
            let total = (all.lastIndex { !$0.text.isEmpty } ?? -1) + 1
            let focusTop = try #require(all.firstIndex { $0.focused }, "\(random.replay)")
            let focusBottom = (all.lastIndex { $0.focused } ?? focusTop) + 1
            var offset = 0
            if focusBottom > visible.count {
                offset = min(focusTop, focusBottom - visible.count + visible.count / 3)
                offset = max(0, min(offset, total - visible.count, focusTop))
                // The top row starts a card ("• " or, focused, "▶ "): the one cut at the top
                // whole where the focus still fits below it, else the next.
                let starts = all.indices.filter { all[$0].text.hasPrefix("•") || all[$0].text.hasPrefix("▶") }
                let up = starts.last { $0 <= offset } ?? 0
                offset = focusBottom - up <= visible.count ? up : (starts.first { $0 >= offset } ?? offset)
            }
            let expected = (0..<visible.count).map { offset + $0 < all.count ? all[offset + $0].text : "" }
            #expect(visible == expected, "\(count) cards, focus \(focus), height \(height), \(random.replay)")
            if visible != expected { return }
        }
    }
}
