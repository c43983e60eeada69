import TavleCore
import TavlePlatform
import TavleScreen

/// Benchmarks of the pure layers: handling an event, rendering a screen, parsing and writing,
/// diffing two screens, at 10, 1,000 and 10,000 cards and points. Prints the median and the fastest of many runs.
///
///     swift run -c release TavleBench
///     swift run -c release TavleBench --undo-memory
///     swift run -c release TavleBench --big-files
@main
struct TavleBench {
    /// Prints the table of timings.
    static func main() {
        if CommandLine.arguments.contains("--undo-memory") {
            undoMemory(edits: 10_000)
            return
        }
        if CommandLine.arguments.contains("--big-files") {
            bigFiles()
            return
        }
        print("operation                         size     median µs      min µs")
        for size in [10, 1_000, 10_000] {
            let workshop = Self.workshop(size: size)
            let text = WorkshopSerializer.serialize(workshop)
            measure("parse", size) { _ = try? WorkshopParser.parse(text) }
            measure("serialize", size) { _ = WorkshopSerializer.serialize(workshop) }
            let board = state(workshop, section: 2)
            measure("render board 100x30", size) { _ = WorkshopView.render(board, width: 100, height: 30) }
            let checklist = state(workshop, section: 0)
            measure("render checklist 100x30", size) { _ = WorkshopView.render(checklist, width: 100, height: 30) }
            var moved = checklist
            _ = moved.handle(.keyPressed(.character("j")))
            let before = WorkshopView.render(checklist, width: 100, height: 30).grid
            let after = WorkshopView.render(moved, width: 100, height: 30).grid
            measure("diff screens after j", size) { _ = after.changes(from: before) }
            measure("key: move focus (j)", size) {
                var copy = board
                _ = copy.handle(.keyPressed(.character("j")))
            }
            measure("key: move card (L)", size) {
                var copy = board
                _ = copy.handle(.keyPressed(.character("L")))
            }
            measure("key: tick a point", size) {
                var copy = checklist
                _ = copy.handle(.keyPressed(.character(" ")))
            }
        }
        typing()
    }

    /// A key typed into a question's notes, handled and drawn, on notes of 100 bytes to 1 MB
    /// (the cursor at the end, where typing happens), and a 100 KB paste: typing must cost
    /// the same on a long note as on a short one.
    static func typing() {
        let line = "Vi kontakter idrætsforeningen og biblioteket i næste uge, og så følger vi op.\n"
        for bytes in [100, 100_000, 1_000_000] {
            let notes = String(repeating: line, count: max(1, bytes / line.utf8.count))
            var editing = state(Workshop(title: "Benchmark", sections: [
                Section(title: "Spørgsmål", body: .questions([Question(text: "Hvad gør vi?", notes: notes)])),
            ]), section: 0)
            _ = editing.handle(.keyPressed(.enter))
            measure("key in notes + draw 100x30", bytes) {
                var copy = editing
                _ = copy.handle(.keyPressed(.character("x")))
                _ = WorkshopView.render(copy, width: 100, height: 30)
            }
        }
        var empty = state(Workshop(title: "Benchmark", sections: [
            Section(title: "Spørgsmål", body: .questions([Question(text: "Hvad gør vi?")])),
        ]), section: 0)
        _ = empty.handle(.keyPressed(.enter))
        let pasted = String(repeating: line, count: 100_000 / line.utf8.count)
        measure("paste 100 KB into notes + draw", pasted.utf8.count) {
            var copy = empty
            _ = copy.handle(.pasted(pasted))
            _ = WorkshopView.render(copy, width: 100, height: 30)
        }
    }

    /// Resident memory after `edits` card moves on a 10,000-card board, each one an undo step:
    /// what a long meeting on a big board keeps in memory for undo.
    static func undoMemory(edits: Int) {
        let before = residentMiB()
        var state = state(workshop(size: 10_000), section: 2)
        for index in 0..<edits {
            _ = state.handle(.keyPressed(.character(index % 2 == 0 ? "L" : "H")))
        }
        let after = residentMiB()
        print("\nundo history: \(state.history.undoCount) steps on a 10,000-card board, resident memory \(before) MiB -> \(after) MiB (peak \(peakMiB()) MiB)")
    }

    /// Reading, checking and writing hostile big inputs at two sizes, ten times apart: the time
    /// per MB must stay the same (linear), and the peak memory a small multiple of the input.
    /// Blank lines, a note of short lines, a column of cards, and a config file's long string.
    static func bigFiles() {
        print("input                               MB   parse ms  check ms  write ms  md ms  ms/MB  peak MiB so far")
        for lines in [1_000_000, 10_000_000] {
            let head = "<!-- tavle 1 -->\n# Stor\n"
            let inputs = [
                ("\(lines) blank lines", head + String(repeating: "\n", count: lines) + "## L\n<!-- checklist -->\n- [ ] a\n"),
                ("\(lines / 4) lines of one note", head + "## S\n<!-- questions -->\n### Hvad?\n" + String(repeating: "> et svar\n", count: lines / 4)),
                ("\(lines / 4) cards", head + "## T\n<!-- board -->\n### Alle\n" + String(repeating: "- Biblioteket\n", count: lines / 4)),
            ]
            for (name, text) in inputs {
                let clock = ContinuousClock()
                var workshop: Workshop?
                let parse = clock.measure { workshop = try? WorkshopParser.parse(text) }
                let check = clock.measure { _ = WorkshopCheck.problems(in: text) }
                var written = ""
                let write = clock.measure { written = WorkshopSerializer.serialize(workshop!) }
                let markdown = clock.measure { _ = WorkshopExport.render(workshop!, as: .md) }
                precondition(written.utf8.count > 0)
                report(name, bytes: text.utf8.count, [parse, check, write, markdown])
            }
            let config = "theme = \"" + String(repeating: "æ", count: lines) + "\"\n"
            let clock = ContinuousClock()
            let read = clock.measure { _ = Settings.read(config, file: "config.toml") }
            report("config string of \(lines) æ", bytes: config.utf8.count, [read])
        }
    }

    /// One row of `bigFiles`.
    private static func report(_ name: String, bytes: Int, _ times: [Duration]) {
        func milliseconds(_ duration: Duration) -> Int {
            Int(Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15 + 0.5)
        }
        func column(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        let megabytes = Double(bytes) / 1_000_000
        let cells = (0..<4).map { $0 < times.count ? column(String(milliseconds(times[$0])), $0 == 3 ? 7 : 10) : column("", $0 == 3 ? 7 : 10) }
        let perMB = Double(times.map(milliseconds).reduce(0, +)) / megabytes
        print(name + String(repeating: " ", count: max(0, 32 - name.count)) + column(String(Int(megabytes + 0.5)), 6)
              + cells.joined() + column(String(Int(perMB + 0.5)), 7) + column(String(peakMiB()), 10))
    }

    /// VmRSS of this process in MiB, from /proc/self/status.
    static func residentMiB() -> Int { statusField("VmRSS:") }
    /// VmHWM (peak resident memory) of this process in MiB.
    static func peakMiB() -> Int { statusField("VmHWM:") }

    private static func statusField(_ name: String) -> Int {
        guard let file = fopen("/proc/self/status", "r") else { return -1 }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if text.hasPrefix(name) {
                let kilobytes = text.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                return (Int(kilobytes ?? "") ?? 0) / 1024
            }
        }
        return -1
    }

    /// A workshop with `size` checklist points, `size` cards and a few questions.
    static func workshop(size: Int) -> Workshop {
        let points = (0..<size).map { ChecklistEntry.point(ChecklistPoint(text: "Punkt \($0) om samarbejdet med foreningen", isDone: $0 % 3 == 0)) }
        let cards = (0..<size).map { Card(text: "Partner \($0): Ældresagen i Ærø") }
        let third = max(1, size / 3)
        return Workshop(title: "Benchmark", sections: [
            Section(title: "Tjekliste", body: .checklist(Checklist(entries: points))),
            Section(title: "Spørgsmål", body: .questions((0..<10).map { Question(text: "Spørgsmål \($0)?", notes: "Svar \($0)") })),
            Section(title: "Tavle", body: .board(Board(columns: [
                Column(title: "Alle forslag", cards: Array(cards.prefix(size - 2 * min(third, size / 3)))),
                Column(title: "Top tre", isRanked: true, limit: 3, cards: Array(cards.dropFirst(size - 2 * min(third, size / 3)).prefix(min(third, size / 3)))),
                Column(title: "Plan B", cards: Array(cards.suffix(min(third, size / 3)))),
            ]))),
        ])
    }

    /// The app showing one section of the workshop.
    static func state(_ workshop: Workshop, section: Int) -> AppState {
        var state = AppState(workshop: workshop, documentPath: "bench.md")
        _ = state.handle(.keyPressed(.character(Character(String(section + 1)))))
        return state
    }

    /// Runs `body` for about 300 ms and prints the median and fastest run.
    static func measure(_ name: String, _ size: Int, _ body: () -> Void) {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        let deadline = clock.now.advanced(by: .milliseconds(300))
        repeat {
            samples.append(clock.measure(body))
        } while clock.now < deadline && samples.count < 2_000
        samples.sort()
        func micros(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
            let text = String(Int(value + 0.5))
            return String(repeating: " ", count: max(0, 12 - text.count)) + text
        }
        let label = name + String(repeating: " ", count: max(0, 32 - name.count))
        let sizeText = String(repeating: " ", count: max(0, 6 - String(size).count)) + String(size)
        print("\(label)\(sizeText)  \(micros(samples[samples.count / 2]))  \(micros(samples[0]))")
    }
}
