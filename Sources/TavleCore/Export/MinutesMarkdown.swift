/// The minutes as clean Markdown for a wiki or an e-mail (not Tavle's own file format: no
/// markers, numbers and dots written out). Text that Markdown would read as structure is
/// escaped.
public enum MinutesMarkdown {
    /// The document, its dates in `dateStyle` as on screen.
    public static func render(_ workshop: Workshop, labels: MinutesLabels = .danish, dateStyle: Settings.DateStyle = .danish) -> String {
        var blocks: [String] = ["# " + inline(workshop.title)]
        let facts = WorkshopExport.meetingFacts(workshop, labels: labels, dateStyle: dateStyle)
        if !facts.isEmpty { blocks.append(facts.map { "**\(inline($0.label)):** \(inline($0.value, atLineStart: false))  " }.joined(separator: "\n")) }
        let (sections, notReached) = WorkshopExport.reached(workshop)
        for section in sections {
            blocks.append("## " + inline(section.title))
            if case .checklist = section.body, let progress = section.progress {
                blocks.append("*" + labels.progress(progress.done, progress.total, labels.points) + "*")
            }
            blocks += section.body.content.markdownBlocks(labels: labels, dateStyle: dateStyle)
        }
        if !notReached.isEmpty {
            blocks.append("*" + inline(labels.notReached) + ":* " + notReached.map { inline($0, atLineStart: false) }.joined(separator: ", "))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// One line of text inside Markdown: characters that start structure or emphasis are
    /// backslash-escaped, line breaks and tabs made spaces, controls dropped (`VisibleText.oneLine`).
    static func inline(_ text: String, atLineStart: Bool = true) -> String {
        var result = ""
        for scalar in VisibleText.oneLine(text).unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&":
                result += "\\" + String(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        // A line that starts like a list item, a numbered one or a heading's underline is
        // escaped at its start.
        // (A backslash escapes only punctuation: "2. x" becomes "2\. x".)
        // Spaces at the start would be indentation: four after "- ", "1. " or "> " make an
        // indented code block, one or two a nested list. The first is written as a character
        // reference, which Markdown shows as a space and never counts as indentation.
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        if atLineStart, result.first == " " {
            result = "&#32;" + result.dropFirst()
        } else if atLineStart, let first = result.first, first == "-" || first == "+" || first == "=" {
            result = "\\" + result
        } else if atLineStart, !digits.isEmpty, let next = result.dropFirst(digits.count).first, next == "." || next == ")" {
            result = digits + "\\" + result.dropFirst(digits.count)
        }
        return result
    }

    /// A table cell: inline text, its pipes escaped by `inline`.
    static func cell(_ text: String) -> String { inline(text) }

    /// Notes as a block quote, line by line.
    static func quote(_ notes: String) -> String {
        var quoted = ""
        WorkshopSerializer.forEachLine(of: notes) { line in
            if !quoted.isEmpty { quoted += "\n" }
            quoted += line.isEmpty ? ">" : "> " + inline(String(line)) + "  "
        }
        return quoted
    }
}
