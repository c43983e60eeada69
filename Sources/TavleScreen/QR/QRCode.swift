/// A QR code's modules: true is dark. Encodes text as bytes (UTF-8) at error correction level M,
/// the smallest version (1–10) that holds it; why: a join address on a projector must scan from the back row.
///
/// Follows ISO/IEC 18004: byte mode, Reed–Solomon error correction over GF(256), and the mask
/// (of eight) with the lowest penalty score. Standard library only, so it builds everywhere Tavle does.
public struct QRCode: Equatable, Sendable {
    /// Modules per side, without the quiet zone (21 for version 1).
    public let size: Int
    /// The symbol version, 1 through 10; each step adds four modules per side.
    public let version: Int
    /// Row-major modules, true is dark; `size * size` of them.
    private let modules: [Bool]

    /// Encodes `text` as UTF-8 bytes; nil when the text does not fit version 10-M (213 bytes).
    public init?(_ text: String) {
        guard let version = Self.smallestVersion(holding: text.utf8.count) else { return nil }
        let bytes = Array(text.utf8)
        let layout = BlockLayout.levelM[version - 1]
        let data = Self.dataCodewords(for: bytes, version: version, capacity: layout.dataCodewordCount)
        let codewords = Self.interleavedCodewords(data, layout: layout)

        var unmasked = Canvas(version: version)
        unmasked.placeCodewords(codewords)

        var best = unmasked
        var bestPenalty = Int.max
        for mask in 0..<8 {
            var candidate = unmasked
            candidate.applyMask(mask)
            candidate.drawFormatInformation(mask: mask)
            let penalty = candidate.penalty()
            if penalty < bestPenalty {
                best = candidate
                bestPenalty = penalty
            }
        }
        self.version = version
        self.size = best.size
        self.modules = best.modules
    }

    /// Whether the module at column `x`, row `y` is dark; false outside the symbol, so callers can draw the quiet zone freely.
    public subscript(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    // MARK: - Data encoding

    /// The smallest version whose level-M data capacity holds `byteCount` bytes in byte mode, or nil past version 10.
    private static func smallestVersion(holding byteCount: Int) -> Int? {
        for version in 1...BlockLayout.levelM.count {
            let capacityBits = BlockLayout.levelM[version - 1].dataCodewordCount * 8
            let neededBits = 4 + characterCountBits(version: version) + byteCount * 8
            if neededBits <= capacityBits { return version }
        }
        return nil
    }

    /// The width of the byte-mode character count: 8 bits up to version 9, 16 from version 10.
    private static func characterCountBits(version: Int) -> Int {
        version <= 9 ? 8 : 16
    }

    /// Mode indicator, count, bytes, terminator and pad codewords, filling exactly `capacity` codewords.
    private static func dataCodewords(for bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: characterCountBits(version: version))
        for byte in bytes {
            bits.append(Int(byte), count: 8)
        }
        let capacityBits = capacity * 8
        bits.append(0, count: min(4, capacityBits - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var padIndex = 0
        while codewords.count < capacity {
            codewords.append(padIndex % 2 == 0 ? 0xEC : 0x11)
            padIndex += 1
        }
        return codewords
    }

    /// Splits data into blocks, adds each block's error correction, and interleaves them column by column as the reader expects.
    private static func interleavedCodewords(_ data: [UInt8], layout: BlockLayout) -> [UInt8] {
        let divisor = ReedSolomon.divisor(degree: layout.ecCodewordsPerBlock)
        var dataBlocks: [[UInt8]] = []
        var ecBlocks: [[UInt8]] = []
        var offset = 0
        for length in layout.dataBlockLengths {
            let block = Array(data[offset..<offset + length])
            offset += length
            dataBlocks.append(block)
            ecBlocks.append(ReedSolomon.remainder(of: block, divisor: divisor))
        }
        var result: [UInt8] = []
        result.reserveCapacity(layout.totalCodewordCount)
        let longestData = dataBlocks.map(\.count).max() ?? 0
        for index in 0..<longestData {
            for block in dataBlocks where index < block.count {
                result.append(block[index])
            }
        }
        for index in 0..<layout.ecCodewordsPerBlock {
            for block in ecBlocks {
                result.append(block[index])
            }
        }
        return result
    }

    // MARK: - Block structure

    /// How one version at level M splits its codewords into blocks; the reader needs the exact split to correct errors.
    private struct BlockLayout {
        /// Error correction codewords in every block.
        let ecCodewordsPerBlock: Int
        /// Number of blocks in group 1.
        let group1Blocks: Int
        /// Data codewords per block in group 1.
        let group1DataCodewords: Int
        /// Number of blocks in group 2, each holding one more data codeword than group 1.
        let group2Blocks: Int

        /// Data codewords per block in group 2.
        var group2DataCodewords: Int { group1DataCodewords + 1 }

        /// Each block's data length, group 1 first.
        var dataBlockLengths: [Int] {
            Array(repeating: group1DataCodewords, count: group1Blocks)
                + Array(repeating: group2DataCodewords, count: group2Blocks)
        }

        /// All data codewords of the symbol.
        var dataCodewordCount: Int {
            group1Blocks * group1DataCodewords + group2Blocks * group2DataCodewords
        }

        /// Data plus error correction codewords of the symbol.
        var totalCodewordCount: Int {
            dataCodewordCount + (group1Blocks + group2Blocks) * ecCodewordsPerBlock
        }

        /// Versions 1–10 at level M, from ISO/IEC 18004 table 9.
        static let levelM: [BlockLayout] = [
            BlockLayout(ecCodewordsPerBlock: 10, group1Blocks: 1, group1DataCodewords: 16, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 16, group1Blocks: 1, group1DataCodewords: 28, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 26, group1Blocks: 1, group1DataCodewords: 44, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 18, group1Blocks: 2, group1DataCodewords: 32, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 24, group1Blocks: 2, group1DataCodewords: 43, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 16, group1Blocks: 4, group1DataCodewords: 27, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 18, group1Blocks: 4, group1DataCodewords: 31, group2Blocks: 0),
            BlockLayout(ecCodewordsPerBlock: 22, group1Blocks: 2, group1DataCodewords: 38, group2Blocks: 2),
            BlockLayout(ecCodewordsPerBlock: 22, group1Blocks: 3, group1DataCodewords: 36, group2Blocks: 2),
            BlockLayout(ecCodewordsPerBlock: 26, group1Blocks: 4, group1DataCodewords: 43, group2Blocks: 1),
        ]
    }

    /// Alignment pattern centre coordinates per version (1–10); version 1 has none.
    private static let alignmentCentres: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34],
        [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    // MARK: - Bits and Reed–Solomon

    /// A growing string of bits, most significant first, as the data stream is specified.
    private struct BitBuffer {
        /// Packed bytes; the last may be partly filled.
        private(set) var bytes: [UInt8] = []
        /// Number of bits appended.
        private(set) var count = 0

        /// Appends the low `count` bits of `value`, most significant first.
        mutating func append(_ value: Int, count bitCount: Int) {
            guard bitCount > 0 else { return }
            for shift in stride(from: bitCount - 1, through: 0, by: -1) {
                if count % 8 == 0 { bytes.append(0) }
                if (value >> shift) & 1 == 1 {
                    bytes[bytes.count - 1] |= UInt8(0x80 >> (count % 8))
                }
                count += 1
            }
        }
    }

    /// Reed–Solomon error correction over GF(256) with polynomial 0x11D, so a smudged or distant code still reads.
    private enum ReedSolomon {
        /// The generator polynomial (x − α⁰)…(x − α^(degree−1)), leading 1 dropped, highest power first.
        static func divisor(degree: Int) -> [UInt8] {
            var coefficients = [UInt8](repeating: 0, count: degree)
            coefficients[degree - 1] = 1
            var root: UInt8 = 1
            for _ in 0..<degree {
                for index in 0..<degree {
                    coefficients[index] = multiply(coefficients[index], root)
                    if index + 1 < degree {
                        coefficients[index] ^= coefficients[index + 1]
                    }
                }
                root = multiply(root, 0x02)
            }
            return coefficients
        }

        /// The error correction codewords: the remainder of data·x^degree divided by the generator.
        static func remainder(of data: [UInt8], divisor: [UInt8]) -> [UInt8] {
            var result = [UInt8](repeating: 0, count: divisor.count)
            for byte in data {
                let factor = byte ^ result[0]
                result.removeFirst()
                result.append(0)
                for index in 0..<divisor.count {
                    result[index] ^= multiply(divisor[index], factor)
                }
            }
            return result
        }

        /// Product in GF(256) modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D).
        private static func multiply(_ left: UInt8, _ right: UInt8) -> UInt8 {
            var product = 0
            for bit in stride(from: 7, through: 0, by: -1) {
                product = (product << 1) ^ ((product >> 7) * 0x11D)
                product ^= ((Int(right) >> bit) & 1) * Int(left)
            }
            return UInt8(truncatingIfNeeded: product)
        }
    }

    // MARK: - Module placement

    /// The symbol under construction: modules plus which of them are function patterns that masks and data must skip.
    private struct Canvas {
        /// Modules per side.
        let size: Int
        /// Row-major modules, true is dark.
        var modules: [Bool]
        /// Row-major flags for finder, timing, alignment, format and version modules.
        var isFunction: [Bool]

        /// A symbol with all function patterns drawn and the format areas reserved.
        init(version: Int) {
            size = 17 + 4 * version
            modules = Array(repeating: false, count: size * size)
            isFunction = Array(repeating: false, count: size * size)
            drawTimingPatterns()
            drawFinderPattern(centreX: 3, centreY: 3)
            drawFinderPattern(centreX: size - 4, centreY: 3)
            drawFinderPattern(centreX: 3, centreY: size - 4)
            drawAlignmentPatterns(version: version)
            drawFormatInformation(mask: 0)
            drawVersionInformation(version: version)
        }

        /// Sets a module and marks it as a function pattern.
        private mutating func setFunction(x: Int, y: Int, dark: Bool) {
            modules[y * size + x] = dark
            isFunction[y * size + x] = true
        }

        /// The alternating row 6 and column 6 that let the reader find module pitch.
        private mutating func drawTimingPatterns() {
            for index in 0..<size {
                setFunction(x: 6, y: index, dark: index % 2 == 0)
                setFunction(x: index, y: 6, dark: index % 2 == 0)
            }
        }

        /// A 7×7 finder with its light separator, clipped at the symbol edge.
        private mutating func drawFinderPattern(centreX: Int, centreY: Int) {
            for dy in -4...4 {
                for dx in -4...4 {
                    let x = centreX + dx
                    let y = centreY + dy
                    guard x >= 0, y >= 0, x < size, y < size else { continue }
                    let ring = max(abs(dx), abs(dy))
                    setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
                }
            }
        }

        /// The 5×5 alignment patterns of versions 2 and up, skipping the three that would overlap finders.
        private mutating func drawAlignmentPatterns(version: Int) {
            let centres = QRCode.alignmentCentres[version - 1]
            guard let first = centres.first, let last = centres.last else { return }
            for centreY in centres {
                for centreX in centres {
                    let overlapsFinder = (centreX == first && centreY == first)
                        || (centreX == first && centreY == last)
                        || (centreX == last && centreY == first)
                    if overlapsFinder { continue }
                    for dy in -2...2 {
                        for dx in -2...2 {
                            setFunction(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
                        }
                    }
                }
            }
        }

        /// Both copies of the 15-bit format information (level M, `mask`, BCH, XOR 0x5412) plus the dark module.
        mutating func drawFormatInformation(mask: Int) {
            let levelM = 0b00
            let data = levelM << 3 | mask
            var remainder = data
            for _ in 0..<10 {
                remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537)
            }
            let bits = (data << 10 | remainder) ^ 0x5412
            func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }

            for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
            setFunction(x: 8, y: 7, dark: bit(6))
            setFunction(x: 8, y: 8, dark: bit(7))
            setFunction(x: 7, y: 8, dark: bit(8))
            for index in 9..<15 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }

            for index in 0..<8 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
            for index in 8..<15 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
            setFunction(x: 8, y: size - 8, dark: true)
        }

        /// Both 6×3 copies of the 18-bit version information (BCH 0x1F25), present from version 7.
        private mutating func drawVersionInformation(version: Int) {
            guard version >= 7 else { return }
            var remainder = version
            for _ in 0..<12 {
                remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25)
            }
            let bits = version << 12 | remainder
            for index in 0..<18 {
                let dark = (bits >> index) & 1 == 1
                let along = index / 3
                let across = size - 11 + index % 3
                setFunction(x: across, y: along, dark: dark)
                setFunction(x: along, y: across, dark: dark)
            }
        }

        /// Lays the codewords in the two-column zigzag from the bottom right, skipping function modules; leftover remainder bits stay light.
        mutating func placeCodewords(_ codewords: [UInt8]) {
            let totalBits = codewords.count * 8
            var bitIndex = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                let upward = (right + 1) & 2 == 0
                for step in 0..<size {
                    let y = upward ? size - 1 - step : step
                    for x in [right, right - 1] where !isFunction[y * size + x] && bitIndex < totalBits {
                        let byte = codewords[bitIndex / 8]
                        modules[y * size + x] = (byte >> (7 - bitIndex % 8)) & 1 == 1
                        bitIndex += 1
                    }
                }
                right -= 2
            }
        }

        /// Flips every non-function module where mask pattern `mask` (0–7) holds.
        mutating func applyMask(_ mask: Int) {
            for y in 0..<size {
                for x in 0..<size where !isFunction[y * size + x] && Self.maskHolds(mask, x: x, y: y) {
                    modules[y * size + x].toggle()
                }
            }
        }

        /// The eight mask conditions of ISO/IEC 18004 section 7.8.2, with x the column and y the row.
        private static func maskHolds(_ mask: Int, x: Int, y: Int) -> Bool {
            switch mask {
            case 0: return (x + y) % 2 == 0
            case 1: return y % 2 == 0
            case 2: return x % 3 == 0
            case 3: return (x + y) % 3 == 0
            case 4: return (x / 3 + y / 2) % 2 == 0
            case 5: return x * y % 2 + x * y % 3 == 0
            case 6: return (x * y % 2 + x * y % 3) % 2 == 0
            default: return ((x + y) % 2 + x * y % 3) % 2 == 0
            }
        }

        // MARK: Penalty

        /// The sum of the four penalty rules; the encoder keeps the mask that scores lowest, as it reads most reliably.
        func penalty() -> Int {
            var total = 0
            for index in 0..<size {
                let row = (0..<size).map { modules[index * size + $0] }
                let column = (0..<size).map { modules[$0 * size + index] }
                total += Self.runPenalty(row) + Self.finderLikePenalty(row)
                total += Self.runPenalty(column) + Self.finderLikePenalty(column)
            }
            total += blockPenalty()
            total += balancePenalty()
            return total
        }

        /// Rule 1: 3 points for each run of five same-coloured modules, plus 1 per module beyond five.
        private static func runPenalty(_ line: [Bool]) -> Int {
            var penalty = 0
            var runLength = 0
            for index in line.indices {
                runLength = (index > 0 && line[index] == line[index - 1]) ? runLength + 1 : 1
                if runLength == 5 {
                    penalty += 3
                } else if runLength > 5 {
                    penalty += 1
                }
            }
            return penalty
        }

        /// Rule 2: 3 points for each 2×2 square of one colour (overlapping squares all count).
        private func blockPenalty() -> Int {
            var penalty = 0
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let colour = modules[y * size + x]
                    if modules[y * size + x + 1] == colour,
                       modules[(y + 1) * size + x] == colour,
                       modules[(y + 1) * size + x + 1] == colour {
                        penalty += 3
                    }
                }
            }
            return penalty
        }

        /// Rule 3: 40 points for each dark-light-dark×3-light-dark pattern with four light modules before or after it (the quiet zone counts as light).
        private static func finderLikePenalty(_ line: [Bool]) -> Int {
            let margin = 4
            let padded = [Bool](repeating: false, count: margin) + line + [Bool](repeating: false, count: margin)
            let core: [Bool] = [true, false, true, true, true, false, true]
            var penalty = 0
            for start in margin...(padded.count - margin - core.count) {
                guard padded[start..<start + core.count].elementsEqual(core) else { continue }
                let lightBefore = !padded[(start - margin)..<start].contains(true)
                let afterEnd = start + core.count
                let lightAfter = !padded[afterEnd..<(afterEnd + margin)].contains(true)
                if lightBefore || lightAfter { penalty += 40 }
            }
            return penalty
        }

        /// Rule 4: 10 points for every full 5% the dark share strays from 50%.
        private func balancePenalty() -> Int {
            let total = modules.count
            let dark = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
            let deviationInFivePercentSteps = abs(dark * 20 - total * 10) / total
            return deviationInFivePercentSteps * 10
        }
    }
}
