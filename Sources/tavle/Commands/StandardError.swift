import TavleCore
import TavlePlatform

/// Messages for the person at the terminal that are not the command's output.
enum StandardError {
    /// Writes one line to standard error; text from files in it is data, so anything that
    /// could act on a terminal is shown as a visible escape.
    static func line(_ text: String) {
        TerminalStream.write(VisibleText.printable(text) + "\n", to: STDERR_FILENO)
    }

    /// Writes several lines (a message of swift-argument-parser's, a usage text), each escaped
    /// as `line` does: a line feed ends a line and is not shown as `^J`.
    static func lines(_ text: String) {
        TerminalStream.write(VisibleText.printableLines(text), to: STDERR_FILENO)
    }
}

/// A command's output. Every line a command prints goes through here, so a kit's title, a
/// file's name or a config value can never send a terminal an escape sequence.
enum StandardOutput {
    /// Writes one line; anything that could act on a terminal is shown as a visible escape.
    static func line(_ text: String) {
        TerminalStream.write(VisibleText.printable(text) + "\n", to: STDOUT_FILENO)
    }

    /// Writes a document (an export to `-`): unchanged into a pipe or a file, where it is data in
    /// its own format, and escaped line by line when standard output is a terminal.
    static func document(_ text: String) {
        TerminalStream.write(isatty(STDOUT_FILENO) == 1 ? VisibleText.printableLines(text) : text, to: STDOUT_FILENO)
    }
}

/// The one way Tavle's commands write to standard output and standard error.
enum TerminalStream {
    /// Writes every byte, going on after an interrupted or partial write; a closed stream
    /// ends the output quietly, as `print` does.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = TavlePlatform.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
