/// File names on the command line that start with `-`.
///
/// swift-argument-parser reads `-dash.md` as the short flags `-d -a -s -h …`, and the `-h` in
/// it printed the help and exited 0 without checking anything. Tavle has no short option
/// longer than one letter and no grouped short flags, so before `--` every argument of a
/// single dash and two or more letters is a file name; it is written `./-dash.md` (the same
/// file) so the parser takes it as one. `-h`, `-o` and `-` stay what they are.
public enum FileArguments {
    /// The arguments with such file names made unambiguous. `valueOptions` are the options
    /// whose next argument is a value that is not a path (`--keys -x` types `-` and `x`).
    public static func protectingDashNames(_ arguments: [String], valueOptions: Set<String>) -> [String] {
        var result: [String] = []
        result.reserveCapacity(arguments.count)
        var previous: String?
        for (offset, argument) in arguments.enumerated() {
            if argument == "--" {
                return result + arguments[offset...]
            }
            let isValue = previous.map(valueOptions.contains) ?? false
            let looksLikeFlags = argument.unicodeScalars.count > 2 && argument.hasPrefix("-") && !argument.hasPrefix("--")
            result.append(!isValue && looksLikeFlags ? "./" + argument : argument)
            previous = argument
        }
        return result
    }
}
