import TavleCore

/// The room's QR code in half-block characters, two modules to a cell row, with the quiet
/// zone scanners need, and the short address and join code below it for those who type.
///
/// Black and white are cell colours, not glyphs alone: a cell whose two modules agree is a
/// space on that background, and one whose modules differ is `▀` in the top colour on the
/// bottom one. Terminals leave thin gaps between rows of block glyphs (xterm with DejaVu Sans
/// Mono does), which a scanner reads as light lines through dark modules; a background has none.
struct ScanCodeView {
    /// The modules of quiet zone around the code, as the QR standard asks.
    static let quietZone = 2

    let code: ScanCode
    let lines: [String]

    /// The cells the code and its lines take.
    var size: (width: Int, height: Int) {
        let side = code.size + 2 * Self.quietZone
        return (max(side, lines.map(DisplayWidth.of).max() ?? 0), (side + 1) / 2 + 1 + lines.count)
    }

    /// Draws the code at the top left of `rect`, the lines under it.
    func draw(into frame: inout Frame, rect: Rect) {
        let side = code.size + 2 * Self.quietZone
        for row in 0..<((side + 1) / 2) {
            for column in 0..<side where rect.x + column < rect.maxX {
                let top = dark(column, 2 * row)
                let bottom = dark(column, 2 * row + 1)
                let (text, style): (String, Style) = switch (top, bottom) {
                case (true, true): (" ", .scanCodeReverse)
                case (false, false): (" ", .scanCode)
                case (true, false): ("▀", .scanCode)
                case (false, true): ("▀", .scanCodeReverse)
                }
                frame.grid.put(text, x: rect.x + column, y: rect.y + row, style: style)
            }
        }
        var y = rect.y + (side + 1) / 2 + 1
        for line in lines where y < rect.maxY {
            frame.grid.put(line, x: rect.x, y: y, style: .heading, limit: rect.maxX)
            y += 1
        }
    }

    private func dark(_ column: Int, _ row: Int) -> Bool {
        code[column - Self.quietZone, row - Self.quietZone]
    }
}
