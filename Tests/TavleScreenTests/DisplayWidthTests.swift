import Foundation
import Testing
import TavleCore
@testable import TavleScreen

/// Display widths come from Unicode's data: the generated East Asian Width table, the
/// standard library's emoji and general-category data, and nothing picked by hand.
@Suite("Display widths from Unicode's data")
struct DisplayWidthTests {
    @Test("WideScalars.swift is exactly what scripts/generate-widths makes from this machine's Unicode data")
    func generatedTableIsCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ScreenTestFiles.repository.appendingPathComponent("scripts/generate-widths").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    /// Scalars with the width Unicode gives them (East Asian Width and general category from
    /// EastAsianWidth.txt and UnicodeData.txt 14.0, emoji presentation from emoji-data.txt).
    /// The ones marked "hand table" were wrong in the ranges picked by hand before.
    @Test("single scalars take the cells Unicode's data says", arguments: [
        (0x0041, 1),   // A, Na
        (0x00E6, 1),   // æ, A: ambiguous is narrow
        (0x00C5, 1),   // Å, N
        (0x1100, 2),   // Hangul choseong kiyeok, W
        (0x1160, 1),   // Hangul jungseong filler, N
        (0x231A, 2),   // watch, W
        (0x2329, 2),   // left-pointing angle bracket, W (hand table: 1)
        (0x2E80, 2),   // CJK radical repeat, W
        (0x2E9A, 1),   // unassigned, N (hand table: 2)
        (0x3000, 2),   // ideographic space, F
        (0x303F, 1),   // ideographic half fill space, N
        (0x3042, 2),   // hiragana a, W
        (0x4E00, 2),   // CJK ideograph, W
        (0xA4D0, 1),   // Lisu letter ba, N
        (0xAC00, 2),   // Hangul syllable ga, W
        (0xFE30, 2),   // vertical two dot leader, W
        (0xFE53, 1),   // unassigned, N
        (0x3248, 1),   // circled number ten on black square, A (hand table: 2)
        (0xFF01, 2),   // fullwidth exclamation mark, F
        (0xFF61, 1),   // halfwidth ideographic full stop, H
        (0xFFE0, 2),   // fullwidth cent sign, F
        (0x20A9, 1),   // won sign, H
        (0x2614, 2),   // umbrella with rain drops, W
        (0x27A1, 1),   // black rightwards arrow, N (text presentation)
        (0x16FE0, 2),  // Tangut iteration mark, W (hand table: 1)
        (0x17000, 2),  // Tangut ideograph, W (hand table: 1)
        (0x1B000, 2),  // katakana letter archaic e, W (hand table: 1)
        (0x1F004, 2),  // mahjong tile red dragon, W
        (0x1F200, 2),  // square hiragana hoka, W (hand table: 1)
        (0x1F321, 1),  // thermometer, N (hand table: 2)
        (0x1F336, 1),  // hot pepper, N (hand table: 2)
        (0x1F600, 2),  // grinning face, W
        (0x1F90C, 2),  // pinched fingers, W
        (0x1F93B, 1),  // modern pentathlon, N (hand table: 2)
        (0x1F946, 1),  // rifle, N (hand table: 2)
        (0x1F3FB, 2),  // emoji modifier, W
        (0x1F1E6, 2),  // regional indicator A, N but Emoji_Presentation: a flag's letter
        (0x1FAE8, 2),  // shaking face, Unicode 15: Emoji_Presentation, newer than the table
        (0x2A6E0, 2),  // unassigned in Plane 2, which defaults to W
        (0x0301, 0),   // combining acute accent, Mn
        (0x20DD, 0),   // combining enclosing circle, Me
        (0x3099, 0),   // combining voiced sound mark, Mn (and W): a mark first
        (0x200B, 0),   // zero width space, Cf
        (0xE0001, 0),  // language tag, Cf
    ])
    func samples(value: UInt32, width: Int) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(DisplayWidth.of(Character(scalar)) == width)
    }

    @Test("every emoji with emoji presentation is wide, and all the table's Unicode version knows are in the table but a flag's letters")
    func emojiPresentation() throws {
        let version = WideScalars.unicodeVersion.split(separator: ".").compactMap { Int($0) }
        let tableVersion = try #require(version.count >= 2 ? (major: version[0], minor: version[1]) : nil)
        var checked = 0
        for scalar in (0...0x10FFFF).compactMap(Unicode.Scalar.init) where scalar.properties.isEmojiPresentation {
            checked += 1
            #expect(DisplayWidth.isWide(scalar), "U+\(String(scalar.value, radix: 16))")
            guard let age = scalar.properties.age, (age.major, age.minor) <= tableVersion,
                  !(0x1F1E6...0x1F1FF).contains(scalar.value) else { continue }
            #expect(DisplayWidth.isEastAsianWide(scalar.value), "U+\(String(scalar.value, radix: 16)) is Emoji_Presentation but not W")
        }
        #expect(checked > 1_000)
    }

    @Test("a mark or format character alone takes no cell, from U+0300 on")
    func zeroWidth() {
        for scalar in (0x300...0x10FFFF).compactMap(Unicode.Scalar.init) {
            let category = scalar.properties.generalCategory
            let isMark = category == .nonspacingMark || category == .enclosingMark || category == .format
            #expect((DisplayWidth.of(Character(scalar)) == 0) == isMark, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("the generated ranges are in order and merged, and the search finds what a scan of them finds")
    func tableAndSearch() {
        let bounds = WideScalars.bounds
        #expect(bounds.count % 2 == 0 && bounds.count > 100)
        let ranges = stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]...bounds[$0 + 1] }
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound + 1 < $1.lowerBound })
        // Every scalar in order, walking the ranges alongside.
        var next = 0
        for value in UInt32(0)...0x10FFFF {
            while next < ranges.count, ranges[next].upperBound < value { next += 1 }
            let scanned = next < ranges.count && ranges[next].contains(value)
            if DisplayWidth.isEastAsianWide(value) != scanned {
                Issue.record("U+\(String(value, radix: 16))")
                return
            }
        }
    }
}
