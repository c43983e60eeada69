import Glibc
import TavleScreen

/// Messages for the person at the terminal that are not the command's output.
enum StandardError {
    /// Writes one line to standard error; text from files in it is data, so anything that
    /// could act on a terminal is shown as a visible escape.
    static func line(_ text: String) {
        let bytes = Array((VisibleText.printable(text) + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
