import TavleCore

/// The property every byte string must keep: decoding and parsing either fail with a located
/// error or give a workshop that is written back and read again unchanged; checking never
/// crashes. A failure traps, which is what libFuzzer reports.
enum ParserFuzzTarget {
    /// Checks the property for one input; traps when it does not hold.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let text = try? WorkshopParser.decode(bytes) else { return }
        _ = WorkshopCheck.problems(in: text)
        guard let workshop = try? WorkshopParser.parse(text) else { return }
        let written = WorkshopSerializer.serialize(workshop)
        guard let reread = try? WorkshopParser.parse(written), reread == workshop else {
            fatalError("round trip broken for input of \(bytes.count) bytes")
        }
    }
}

/// libFuzzer's entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkshopParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    ParserFuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
/// libFuzzer's driver, for programs whose `main` is their own.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's `main` to `<Module>_main`; under the fuzzer that entry hands
/// over to libFuzzer's driver, which takes the usual libFuzzer flags.
@_cdecl("TavleFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzWorkshopParser)
}
#else
import TavlePlatform

/// Built without libFuzzer, the target replays files (the seed corpus, or a crash input) so the
/// property is checked in every test run and a fuzzer finding can be reproduced in a debugger.
@main
struct CorpusReplay {
    /// Replays every file named on the command line.
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else {
                print("\(path): cannot open")
                exit(2)
            }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let read = fread(&buffer, 1, buffer.count, file), read > 0 {
                bytes.append(contentsOf: buffer[0..<read])
            }
            fclose(file)
            bytes.withUnsafeBufferPointer(ParserFuzzTarget.run)
            count += 1
        }
        print("replayed \(count) inputs")
    }
}
#endif
