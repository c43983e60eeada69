import Testing
@testable import TavleCore
@testable import TavleScreen
import TavleTestSupport

/// Checklists and questions lay out only the items near the focus. Whatever they draw must be
/// exactly what laying out every item and scrolling by the plain rule draws: the same cells,
/// the same click regions, the same cursor.
@Suite("Checklist and questions windows")
struct DocumentWindowTests {
    static let words = ["Ældresagen", "i", "Ærø", "biblioteket", "og", "frivillige", "på", "Åbenrå", "日本", "samarbejdsaftalen"]

    static func sentence(_ random: inout SeededRandom, upTo count: Int) -> String {
        (0..<(1 + random.int(below: count))).map { _ in
            words[random.int(below: words.count)]
        }.joined(separator: random.int(below: 12) == 0 ? "\n" : " ")
    }

    /// Draws a document into a fresh frame, as the section view does, and describes it in
    /// lines a failure can show: the text, then each row's styles, hits and the cursor.
    static func drawn(_ document: Document, width: Int, height: Int) -> [String] {
        var frame = Frame(width: width, height: height)
        document.draw(into: &frame, rect: Rect(x: 0, y: 0, width: width, height: height))
        let styles = (0..<height).map { y in
            (0..<width).map { String(frame.grid[$0, y].style.rawValue.prefix(2)) }.joined()
        }
        let hits = frame.hits.map { "\($0.rect) \($0.target)" }
        return frame.grid.lines + styles + hits + ["cursor \(String(describing: frame.cursor))"]
    }

    static func lead(_ guidance: String) -> (inout Document) -> Void {
        { document in
            guard !guidance.isEmpty else { return }
            document.text(guidance, x: 2, style: .muted)
            document.blank()
        }
    }

    /// Lays the items out both ways and compares what each draws; records the difference.
    static func windowDrawsTheWhole(
        width: Int, height: Int, count: Int, focusItem: Int?, guidance: String,
        whole build: (inout Document) -> Void, item: @escaping (Int, inout Document) -> Void
    ) -> Bool {
        var whole = Document(width: width)
        lead(guidance)(&whole)
        build(&whole)
        let window = Document.window(width: width, height: height, count: count, focusItem: focusItem, lead: lead(guidance), item: item)
        let expected = drawn(whole, width: width, height: height)
        let actual = drawn(window, width: width, height: height)
        #expect(actual == expected)
        return actual == expected
    }

    static func buffer(_ text: String, random: inout SeededRandom) -> TextBuffer {
        var buffer = TextBuffer(text, multiline: true)
        for _ in 0..<random.int(below: text.count + 1) { _ = buffer.apply(.left) }
        return buffer
    }

    @Test("a checklist window draws what the whole checklist draws", arguments: TestSeed.seeds([21, 22, 23]))
    func checklist(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for round in 0..<150 {
            let count = random.int(below: 80)
            let entries: [ChecklistEntry] = (0..<count).map { _ in
                random.int(below: 6) == 0
                    ? .group(ChecklistGroup(title: Self.sentence(&random, upTo: 4), description: random.int(below: 2) == 0 ? "" : Self.sentence(&random, upTo: 20)))
                    : .point(ChecklistPoint(text: Self.sentence(&random, upTo: 25), isDone: random.int(below: 2) == 0, isSubpoint: random.int(below: 3) == 0))
            }
            let checklist = Checklist(entries: entries)
            let focus = count == 0 ? nil : random.int(below: count)
            var edit: TextEdit?
            if let focus, case .point(let point) = entries[focus], random.int(below: 3) == 0 {
                edit = TextEdit(target: .point(section: 0, id: point.id), buffer: Self.buffer(point.text, random: &random), before: Workshop(title: "", sections: []), isNewItem: false)
            }
            let (width, height) = (20 + random.int(below: 80), 3 + random.int(below: 40))
            let guidance = random.int(below: 2) == 0 ? "" : Self.sentence(&random, upTo: 30)
            let view = ChecklistView(checklist: checklist, section: 0, focusedEntry: focus, edit: edit)

            let same = Self.windowDrawsTheWhole(width: width, height: height, count: count, focusItem: view.anchor, guidance: guidance,
                                                whole: view.build(into:), item: view.build(entry:into:))
            #expect(same, "\(random.replay), round \(round): \(count) entries, focus \(String(describing: focus)), \(width)x\(height)")
            if !same { return }
        }
    }

    @Test("a questions window draws what all the questions draw", arguments: TestSeed.seeds([31, 32, 33]))
    func questions(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        for round in 0..<150 {
            let count = random.int(below: 40)
            let questions = (0..<count).map { _ in
                Question(
                    text: Self.sentence(&random, upTo: 20),
                    hint: random.int(below: 3) == 0 ? Self.sentence(&random, upTo: 10) : "",
                    notes: random.int(below: 2) == 0 ? "" : Self.sentence(&random, upTo: 60)
                )
            }
            let focus = count == 0 ? 0 : random.int(below: count)
            var edit: TextEdit?
            if count > 0, random.int(below: 3) == 0 {
                edit = TextEdit(target: .notes(section: 0, question: questions[focus].id), buffer: Self.buffer(questions[focus].notes, random: &random), before: Workshop(title: "", sections: []), isNewItem: false)
            }
            let (width, height) = (20 + random.int(below: 80), 3 + random.int(below: 40))
            let guidance = random.int(below: 2) == 0 ? "" : Self.sentence(&random, upTo: 30)
            let view = QuestionsView(questions: questions, section: 0, focusedQuestion: focus, edit: edit, text: DanishText())

            let same = Self.windowDrawsTheWhole(width: width, height: height, count: count, focusItem: view.anchor, guidance: guidance,
                                                whole: view.build(into:), item: view.build(question:into:))
            #expect(same, "\(random.replay), round \(round): \(count) questions, focus \(focus), \(width)x\(height)")
            if !same { return }
        }
    }
}
