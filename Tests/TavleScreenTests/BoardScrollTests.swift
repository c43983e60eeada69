import Testing
@testable import TavleCore
@testable import TavleScreen

/// The board lays out only the cards near the focus (a card shows at most four rows). Whatever it shows must be exactly what
/// laying out every card and then scrolling by the plain rule would show.
@Suite("Board scrolling")
struct BoardScrollTests {
    static func state(cards: [String], focus: Int) -> AppState {
        let board = Board(columns: [Column(title: "Alle forslag", cards: cards.map { Card(text: $0) })])
        var state = AppState(workshop: Workshop(title: "T", sections: [Section(title: "S", body: .board(board))]), documentPath: "x")
        for _ in 0..<focus { _ = state.handle(.keyPressed(.down)) }
        return state
    }

    /// The card area of the only column: its rows as text and whether each is focused. The
    /// column's last cell, where ↑ and ↓ stand, is left out.
    static func cardRows(_ frame: Frame) -> [(text: String, focused: Bool)] {
        let top = frame.grid.lines.firstIndex { $0.contains("───") }! + 1
        let x = frame.grid.lines[top - 1].firstIndex(of: "─").map { frame.grid.lines[top - 1].distance(from: frame.grid.lines[top - 1].startIndex, to: $0) }!
        return (top..<(frame.grid.height - 1)).map { y in
            let text = String((x..<(frame.grid.width - 2)).map { frame.grid.character(x: $0, y: y) })
            return (text, frame.grid[x, y].style == .focus)
        }
    }

    @Test("what is drawn equals laying out every card and scrolling by the plain rule")
    func sameAsPlainLayout() throws {
        var random = SeededRandom(seed: 11)
        let words = ["Ældresagen", "i", "Ærø", "Biblioteket", "Ungdomsskolen", "på", "Åbenrå", "kirke", "og", "frivillige"]
        for _ in 0..<120 {
            let count = 1 + Int(random.next(upperBound: 60))
            let cards = (0..<count).map { _ in
                (0..<(1 + Int(random.next(upperBound: 14)))).map { _ in words[Int(random.next(upperBound: UInt64(words.count)))] }.joined(separator: " ")
            }
            let focus = Int(random.next(upperBound: UInt64(count)))
            let height = 12 + Int(random.next(upperBound: 30))
            let state = Self.state(cards: cards, focus: focus)

            // Plain: every card laid out in a frame tall enough for all of them.
            let all = Self.cardRows(WorkshopView.render(state, width: 80, height: 4 * count + 20))
            let total = (all.lastIndex { !$0.text.trimmingWhitespace.isEmpty } ?? -1) + 1
            let focusTop = try #require(all.firstIndex { $0.focused })
            let focusBottom = (all.lastIndex { $0.focused } ?? focusTop) + 1

            let visible = Self.cardRows(WorkshopView.render(state, width: 80, height: height)).map(\.text)
            var offset = 0
            if focusBottom > visible.count {
                offset = min(focusTop, focusBottom - visible.count + visible.count / 3)
                offset = max(0, min(offset, total - visible.count, focusTop))
            }
            let blank = String(repeating: " ", count: visible.first?.count ?? 0)
            let expected = (0..<visible.count).map { offset + $0 < all.count ? all[offset + $0].text : blank }
            #expect(visible == expected, "\(count) cards, focus \(focus), height \(height)")
            if visible != expected { return }
        }
    }
}
