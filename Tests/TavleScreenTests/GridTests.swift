import Testing
import TavleCore
@testable import TavleScreen
import TavleTestSupport

@Suite("Grid, widths and wrapping")
struct GridTests {
    @Test("Danish letters take one cell, CJK and emoji two, and lines read back once each")
    func widths() {
        var grid = Grid(width: 12, height: 1)
        let end = grid.put("æøå日本🙂x", x: 0, y: 0, style: .normal)
        #expect(end == 10)
        #expect(grid.lines == ["æøå日本🙂x"])
        #expect(grid[4, 0].isContinuation && !grid[3, 0].isContinuation)
    }

    @Test("a wide character that would cross the limit is left out, never half drawn")
    func clipping() {
        var grid = Grid(width: 6, height: 1)
        grid.put("abc日本", x: 0, y: 0, style: .normal, limit: 4)
        #expect(grid.lines == ["abc"])
        grid.put("xy", x: 4, y: 0, style: .normal)
        grid.put("日", x: 3, y: 0, style: .normal)
        #expect(grid.lines == ["abc日y"])
        grid.put("z", x: 4, y: 0, style: .normal)
        #expect(grid.lines == ["abc zy"], "overwriting half a wide character blanks the other half")
    }

    @Test("control characters from files are drawn as visible escapes", arguments: [
        ("a\u{1B}[31mb", "a^[[31mb"),
        ("bell\u{7}", "bell^G"),
        ("del\u{7F}", "del^?"),
        ("c1\u{9B}x", "c1<U+009B>x"),
        ("\u{202E}evil", "<U+202E>evil"),
        ("tab\tx", "tab^Ix"),
        ("\u{301}lone", "<U+0301>lone"),
    ])
    func controls(input: String, shown: String) {
        var grid = Grid(width: 30, height: 1)
        grid.put(input, x: 0, y: 0, style: .normal)
        #expect(grid.lines == [shown])
        #expect((0..<grid.height).allSatisfy { y in
            (0..<grid.width).allSatisfy { grid.character(x: $0, y: y).unicodeScalars.allSatisfy { !VisibleText.isControl($0) } }
        })
    }

    @Test("wrapping breaks at spaces, breaks long words, and keeps hard line breaks")
    func wrapping() {
        #expect(TextWrap.wrap("hej med dig", width: 7).map(\.text) == ["hej med", "dig"])
        #expect(TextWrap.wrap("partnerskabsaftale", width: 8).map(\.text) == ["partners", "kabsafta", "le"])
        #expect(TextWrap.wrap("a\n\nb", width: 5).map(\.text) == ["a", "", "b"])
        #expect(TextWrap.wrap("", width: 5).map(\.text) == [""])
        #expect(TextWrap.wrap("日本語です", width: 5).map(\.text) == ["日本", "語で", "す"])
    }

    @Test("every single-cell scalar is one character, one cell and drawn as itself by the general path")
    func singleCellScalars() {
        let scalars = (0...0x2FFF).compactMap(Unicode.Scalar.init).filter(DisplayWidth.isSingleCell)
        #expect(scalars.count > 1_000)
        for scalar in scalars {
            let character = Character(scalar)
            #expect(VisibleText.escape(character) == nil, "U+\(String(scalar.value, radix: 16))")
            #expect(!VisibleText.isZeroWidth(scalar) && !DisplayWidth.isWide(scalar), "U+\(String(scalar.value, radix: 16))")
            for neighbour in ["a", "æ", "─", "…"] {
                #expect((String(scalar) + neighbour).count == 2 && (neighbour + String(scalar)).count == 2, "U+\(String(scalar.value, radix: 16)) next to \(neighbour)")
            }
        }
    }

    /// Puts random words both ways over grids with wide characters in random places, and
    /// expects the same grid and the same end column.
    private func compare(seed: UInt64, words: [String], fast: (inout Grid, String, Int, Int?) -> Int) {
        var random = SeededRandom(seed: TestSeed.seed(seed))
        for _ in 0..<3_000 {
            var grid = Grid(width: 12, height: 2)
            for _ in 0..<random.int(below: 4) {
                grid.put(["日本", "🙂", "æø", "x日"][random.int(below: 4)], x: random.int(below: 12), y: 0, style: .card)
            }
            var shortcut = grid
            var characters = grid
            let text = words[random.int(below: words.count)]
            let x = random.int(below: 20) - 6
            let limit: Int? = random.int(below: 2) == 0 ? nil : random.int(below: 14)
            let byShortcut = fast(&shortcut, text, x, limit)
            let byCharacters = characters.putCharacters(text, x: x, y: 0, style: .focus, limit: limit)
            #expect(shortcut == characters && byShortcut == byCharacters,
                    "\(text.debugDescription) at \(x), limit \(String(describing: limit)) over \(grid.lines), \(random.replay)")
        }
    }

    @Test("single-cell text is put scalar by scalar exactly as character by character, over wide characters too")
    func singleCellShortcut() {
        let words = ["æ", "Ærø og Åbo", "", "─┤ Tavle ├─", "  ø", "▶ [✓] ", "«citat» – slut…"]
        compare(seed: 44, words: words) { $0.putSingleCells($1, x: $2, y: 0, style: .focus, limit: $3) }
        for text in words { #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + max(DisplayWidth.of($1), 1) }) }
    }

    @Test("ASCII text is put byte by byte exactly as character by character, over wide characters too")
    func asciiShortcut() {
        compare(seed: 43, words: ["a", "ab c", "", "Tavle", "  x", "[ ] ", "1234567890abc"]) {
            $0.putASCII($1, x: $2, y: 0, style: .focus, limit: $3)
        }
    }

    @Test("the one-row shortcut gives the same rows as wrapping character by character")
    func wrapShortcut() {
        var random = SeededRandom(seed: TestSeed.seed(41))
        let pieces = ["a", " ", "æ", "Å", "─", "…", "日", "🙂", "e\u{301}", "\u{301}", "\u{9B}", "\u{202E}", "\t", "\n", "ﬃ", "👩‍👩‍👧"]
        for _ in 0..<5_000 {
            let text = (0..<random.int(below: 12)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
            let width = random.int(below: 30)
            #expect(TextWrap.wrap(text, width: width) == TextWrap.wrapCharacters(text, width: width), "\(text.debugDescription) at \(width), \(random.replay)")
        }
    }

    @Test("Danish text over several rows and lines wraps by scalar exactly as character by character")
    func wrapSingleCell() {
        var random = SeededRandom(seed: TestSeed.seed(47))
        let pieces = ["a", "bc", " ", "  ", "æø", "Å", "–", "…", "─", "\n", "Ærø", "frivillige", "▶"]
        for _ in 0..<5_000 {
            let text = (0..<random.int(below: 24)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
            let width = random.int(below: 16)
            #expect(TextWrap.wrap(text, width: width) == TextWrap.wrapCharacters(text, width: width), "\(text.debugDescription) at \(width), \(random.replay)")
        }
    }

    @Test("the cursor is located on the wrapped row and cell where it is drawn")
    func locate() {
        let rows = TextWrap.wrap("hej med dig\nø", width: 7)
        #expect(TextWrap.locate(offset: 0, in: rows) == (0, 0))
        #expect(TextWrap.locate(offset: 7, in: rows) == (0, 7))
        #expect(TextWrap.locate(offset: 8, in: rows) == (1, 0))
        #expect(TextWrap.locate(offset: 11, in: rows) == (1, 3))
        #expect(TextWrap.locate(offset: 12, in: rows) == (2, 0))
        #expect(TextWrap.locate(offset: 13, in: rows) == (2, 1))
    }

    @Test("truncation ends in an ellipsis and respects wide characters")
    func truncate() {
        #expect(TextWrap.truncate("Partnerskab", width: 6) == "Partn…")
        #expect(TextWrap.truncate("日本語", width: 4) == "日…")
        #expect(TextWrap.truncate("kort", width: 4) == "kort")
    }
}

@Suite("Themes")
struct ThemeTests {
    static let themeNames = ["dark", "light", "contrast", "mono"]

    @Test("every theme in themes/ parses and gives every semantic style a look; focus is never colour alone",
          arguments: themeNames)
    func bundled(name: String) throws {
        let theme = try Theme.parse(try ScreenTestFiles.read("themes/\(name).theme"), name: name)
        #expect(theme.definedStyles == Style.themable)
        #expect(theme.appearanceWithoutColor(of: .focus).reverse, "the focus is a bar without colour too")
        let warning = theme.appearanceWithoutColor(of: .warning)
        #expect(warning.bold || warning.underline, "warnings stand out without colour too")
    }

    @Test("themes/ holds the four themes the room needs, and nothing unparsed")
    func folder() throws {
        let names = try ScreenTestFiles.list("themes").filter { $0.hasSuffix(".theme") }.map { String($0.dropLast(6)) }
        #expect(Set(names) == Set(Self.themeNames))
    }

    @Test("mono uses no colour; high contrast only the 16 basic colours every projector has")
    func colourUse() throws {
        let mono = try Theme.parse(try ScreenTestFiles.read("themes/mono.theme"), name: "mono")
        #expect(mono.definedStyles.map(mono.appearance).allSatisfy { $0 == $0.withoutColor })
        let contrast = try Theme.parse(try ScreenTestFiles.read("themes/contrast.theme"), name: "contrast")
        for appearance in contrast.definedStyles.map(contrast.appearance) {
            for color in [appearance.foreground, appearance.background] {
                if case .index(let index) = color { #expect(index < 16) }
            }
        }
    }

    @Test("256 colours fold to the nearest of 16 and of 8; the terminal's default stays default", arguments: [
        (ThemeColor.index(196), 256, 196), (.index(196), 16, 9), (.index(196), 8, 1), (.index(21), 8, 4),
        (.index(232), 8, 0), (.index(255), 8, 7), (.index(9), 8, 1), (.index(15), 16, 15), (.index(114), 8, 2),
        (.index(221), 8, 3), (.index(25), 8, 4), (.terminalDefault, 256, -1), (.index(3), 0, -1),
    ])
    func folding(color: ThemeColor, colors: Int, expected: Int) {
        #expect(color.number(onTerminalWith: colors) == expected)
    }

    @Test("how each theme looks on 256 colours, 8 colours and none (NO_COLOR), as a text snapshot")
    func resolvedSnapshot() throws {
        var lines: [String] = []
        for name in Self.themeNames {
            let theme = try Theme.parse(try ScreenTestFiles.read("themes/\(name).theme"), name: name)
            lines.append("\(name):")
            for style in Style.allCases {
                let look = theme.appearance(of: style)
                let plain = theme.appearanceWithoutColor(of: style)
                let attributes = [("bold", plain.bold), ("reverse", plain.reverse), ("underline", plain.underline), ("dim", plain.dim)]
                    .filter(\.1).map(\.0).joined(separator: " ")
                let colours = [256, 8].map { count in
                    "\(count): \(look.foreground.number(onTerminalWith: count))/\(look.background.number(onTerminalWith: count))"
                }.joined(separator: "  ")
                let padded = style.rawValue + String(repeating: " ", count: max(1, 16 - style.rawValue.count))
                lines.append("  \(padded) \(colours)  none: \(attributes.isEmpty ? "plain" : attributes)")
            }
        }
        Snapshot.assertMatches(text: lines.joined(separator: "\n") + "\n", named: "themes-resolved")
    }

    @Test("a theme saved with CRLF or CR-only line ends, or with Danish comments, reads as the same theme")
    func lineEnds() throws {
        let text = "# Mørk, med æ ø å\nheader = 16 on cyan bold # overskrift\nfocus = reverse\n"
        let plain = try Theme.parse(text, name: "x")
        #expect(try Theme.parse(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n"), name: "x") == plain)
        #expect(try Theme.parse(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r"), name: "x") == plain, "CR alone")
        #expect(throws: FormatError(line: 3, column: 1, .themeLineSyntax)) { try Theme.parse("focus = reverse\r\rvrøvl\r", name: "x") }
        #expect(plain.appearance(of: .header) == Appearance(foreground: .index(16), background: .index(6), bold: true))
        #expect(plain.appearance(of: .focus) == Appearance(reverse: true))
    }

    @Test("a broken theme names the line, the column and the problem", arguments: [
        ("focus reverse", 1, 1, "expected 'style = colours"),
        ("\nfokus = bold", 2, 1, "unknown style 'fokus'"),
        ("muted = grey", 1, 9, "unknown colour or attribute 'grey'"),
        ("card = red blue", 1, 12, "a second colour needs 'on'"),
        ("card = on red", 1, 8, "'on' goes between"),
        ("card = red on", 1, 14, "must be followed by a background"),
    ])
    func errors(text: String, line: Int, column: Int, message: String) {
        #expect {
            try Theme.parse(text, name: "x")
        } throws: { error in
            guard let error = error as? FormatError else { return false }
            return error.line == line && error.column == column && EnglishText().describe(error.problem).contains(message)
        }
    }

    @Test("without colour every style keeps its attributes and loses its colours")
    func withoutColor() {
        let look = Appearance(foreground: .index(1), background: .index(3), bold: true, reverse: true)
        #expect(look.withoutColor == Appearance(bold: true, reverse: true))
    }

    @Test("without colour, styles a theme tells apart by colour alone still differ", arguments: ThemeTests.themeNames)
    func distinctWithoutColor(name: String) throws {
        let theme = try Theme.parse(try ScreenTestFiles.read("themes/\(name).theme"), name: name)
        for style in [Style.muted, .done, .warning, .focus, .heading, .timer] {
            #expect(theme.appearanceWithoutColor(of: style) != Appearance(), "\(name): \(style) is plain without colour")
        }
    }
}
