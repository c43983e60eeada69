import Foundation
import Testing
@testable import TavleScreen

/// Every bundled theme is legible on a projector, on a black terminal and on a white one:
/// body text at least 4.5:1 against what it is drawn on, headings and block letters 3:1, and
/// the focus bar 3:1 against the rows around it (WCAG's thresholds for text and for parts of a
/// user interface).
@Suite("Themes: contrast on black and on white terminals")
struct ThemeContrastTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")
    static let names = ["dark", "light", "contrast", "mono"]
    static let body: [Style] = [.normal, .muted, .done, .card, .warning, .status, .editing, .vote, .timer, .drop, .focus]
    static let large: [Style] = [.header, .heading, .column, .banner]

    static func theme(_ name: String) throws -> Theme {
        let text = try String(contentsOf: themesFolder.appendingPathComponent(name + ".theme"), encoding: .utf8)
        return try Theme.parse(text, name: name)
    }

    @Test("each style's text against its background, and the focus bar against its neighbours", arguments: names)
    func legible(name: String) throws {
        let theme = try Self.theme(name)
        var failures: [String] = []
        for terminal in [Theme.TerminalColors.dark, .light] {
            func ratio(_ style: Style) -> Double {
                let seen = theme.seenColors(of: style, on: terminal)
                return Theme.contrastRatio(seen.text, seen.background)
            }
            for style in Self.body where ratio(style) < 4.5 {
                failures.append("\(style) on a \(terminal.name) terminal: \(String(format: "%.2f", ratio(style))):1, body text needs 4.5")
            }
            for style in Self.large where ratio(style) < 3 {
                failures.append("\(style) on a \(terminal.name) terminal: \(String(format: "%.2f", ratio(style))):1, headings need 3")
            }
            let focus = theme.seenColors(of: .focus, on: terminal).background
            for neighbour in [Style.normal, .card] {
                let around = theme.seenColors(of: neighbour, on: terminal).background
                let distinct = Theme.contrastRatio(focus, around)
                if distinct < 3 {
                    failures.append("focus bar against \(neighbour) on a \(terminal.name) terminal: \(String(format: "%.2f", distinct)):1, needs 3")
                }
            }
        }
        #expect(failures.isEmpty, "\(name):\n\(failures.joined(separator: "\n"))")
    }

    @Test("the ratio is WCAG's: black on white is 21, a colour against itself 1, #777 on white about 4.48")
    func ratio() {
        #expect(abs(Theme.contrastRatio((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
        #expect(abs(Theme.contrastRatio((90, 40, 200), (90, 40, 200)) - 1) < 0.0001)
        #expect(abs(Theme.contrastRatio((119, 119, 119), (255, 255, 255)) - 4.48) < 0.01)
    }

    @Test("a theme with a background for normal paints every style on it")
    func canvas() throws {
        let theme = try Theme.parse("normal = 252 on 235\nmuted = 245\nheader = 16 on cyan", name: "t")
        #expect(theme.appearance(of: .muted).background == .index(235))
        #expect(theme.appearance(of: .header).background == .index(6))
        #expect(theme.paintsBackground)
    }
}
