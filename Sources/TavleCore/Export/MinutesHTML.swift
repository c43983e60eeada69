/// The minutes as one self-contained, printable HTML page: inline CSS with an A4 print
/// stylesheet, no JavaScript, no fonts or images from elsewhere. Every text is escaped.
public enum MinutesHTML {
    /// The page, its dates in `dateStyle` as on screen.
    public static func render(_ workshop: Workshop, labels: MinutesLabels = .danish, dateStyle: Settings.DateStyle = .danish) -> String {
        var body = ""
        let agreement = Agreement.of(workshop, labels: labels)
        if let agreement {
            body += agreementHTML(agreement, workshop, labels, dateStyle)
            body += "<h1 class=\"appendix\">\(escape(labels.appendix))</h1>\n"
        }
        body += "<header>\n<h1>\(escape(workshop.title))</h1>\n"
        let facts = WorkshopExport.meetingFacts(workshop, labels: labels, dateStyle: dateStyle)
        if !facts.isEmpty {
            body += "<dl class=\"facts\">\n" + facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined(separator: "\n") + "\n</dl>\n"
        }
        if let source = workshop.metadata(.source) {
            body += "<p class=\"source\">\(escape(labels.kitSource)): \(escape(source))"
                + (workshop.metadata(.publisher).map { ", " + escape($0) } ?? "") + "</p>\n"
        }
        body += "</header>\n"
        let (sections, notReached) = WorkshopExport.reached(workshop)
        for section in sections { body += sectionHTML(section, workshop, labels, dateStyle) }
        if !notReached.isEmpty {
            body += "<p class=\"not-reached\"><strong>\(escape(labels.notReached)):</strong> "
                + notReached.map(escape).joined(separator: ", ") + "</p>\n"
        }
        let title = agreement?.title ?? workshop.title
        return """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private static func sectionHTML(_ section: Section, _ workshop: Workshop, _ labels: MinutesLabels, _ dateStyle: Settings.DateStyle) -> String {
        var html = "<section>\n<h2>\(escape(section.title))</h2>\n"
        if let progress = section.progress, case .checklist = section.body {
            html += "<p class=\"progress\">\(escape(labels.progress(progress.done, progress.total, labels.points)))</p>\n"
        }
        if !section.guidance.isEmpty { html += "<div class=\"guidance\">\(paragraphs(section.guidance))</div>\n" }
        html += section.body.content.html(labels: labels, dateStyle: dateStyle)
        return html + "</section>\n"
    }

    private static func agreementHTML(_ agreement: Agreement, _ workshop: Workshop, _ labels: MinutesLabels, _ dateStyle: Settings.DateStyle) -> String {
        var html = "<article class=\"agreement\">\n<h1>\(escape(agreement.title))</h1>\n"
        let facts = WorkshopExport.meetingFacts(workshop, labels: labels, dateStyle: dateStyle)
        if !facts.isEmpty {
            html += "<dl class=\"facts\">\n" + facts.map { "<dt>\(escape($0.label))</dt><dd>\(escape($0.value))</dd>" }.joined(separator: "\n") + "\n</dl>\n"
        }
        if case .questions(let parts) = workshop.sections[agreement.section].body {
            for part in parts {
                html += "<h2>\(escape(part.text))</h2>\n"
                html += part.notes.isEmpty ? "<p class=\"blank\">&nbsp;</p>\n" : "<div class=\"part\">\(paragraphs(part.notes))</div>\n"
            }
        }
        if let label = agreement.nextDateLabel {
            html += "<p class=\"next\"><strong>\(escape(label)):</strong> \(escape(agreement.nextDate.map(dateStyle.format) ?? "________________"))</p>\n"
        }
        html += "<div class=\"signatures\">\n"
        for party in agreement.parties {
            html += "<div class=\"signature\"><div class=\"line\"></div><p>\(escape(labels.signature)), \(escape(party.lowercasedFirst))</p></div>\n"
        }
        return html + "</div>\n</article>\n"
    }

    /// Text with blank lines between paragraphs and line breaks inside them.
    static func paragraphs(_ text: String) -> String {
        WorkshopSerializer.lines(of: text).split(separator: "", omittingEmptySubsequences: true)
            .map { "<p>" + $0.map(escape).joined(separator: "<br>") + "</p>" }.joined()
    }

    /// Escapes text for HTML element content and attribute values; control characters other
    /// than tab and line feed are dropped (`VisibleText.keepingLineBreaks`), as HTML cannot
    /// hold them.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in VisibleText.keepingLineBreaks(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let style = """
    :root { --ink: #1b1b1b; --muted: #5c5c5c; --line: #c8c8c8; --accent: #1f5f8b; }
    body { font-family: "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
    h1 { font-size: 1.8rem; margin: 0 0 .5rem; }
    h2 { font-size: 1.3rem; margin: 1.8rem 0 .4rem; border-bottom: 1px solid var(--line); color: var(--accent); }
    h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0 1rem; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; }
    .source, .guidance, .progress, .empty, .place { color: var(--muted); }
    .guidance p { margin: .3rem 0; }
    ul.checklist { list-style: none; padding-left: 0; }
    ul.checklist li.sub { padding-left: 1.8rem; }
    ul.checklist .box { font-size: 1.1em; }
    ul.checklist li.done { color: var(--muted); }
    blockquote { margin: .3rem 0 .8rem; padding: .2rem .8rem; border-left: 3px solid var(--line); }
    blockquote p { margin: .2rem 0; }
    .board { display: flex; gap: 1rem; flex-wrap: wrap; }
    .board .column { flex: 1 1 12rem; border: 1px solid var(--line); border-radius: 4px; padding: .2rem .8rem .6rem; }
    .board li.over { color: #a00; }
    .votes { color: var(--accent); white-space: nowrap; }
    table.actions { border-collapse: collapse; width: 100%; }
    table.actions th, table.actions td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
    table.actions tr.done td { color: var(--muted); }
    .agreement .part { margin: .2rem 0 1rem; }
    .agreement .blank { border-bottom: 1px solid var(--line); min-height: 2.5rem; }
    .signatures { display: flex; gap: 3rem; margin-top: 3rem; }
    .signature { flex: 1; }
    .signature .line { border-bottom: 1px solid var(--ink); height: 3rem; }
    .signature p { margin: .3rem 0; color: var(--muted); font-size: .9rem; }
    h1.appendix { page-break-before: always; break-before: page; font-size: 1.4rem; margin-top: 3rem; }
    @media print {
      @page { size: A4; margin: 18mm 16mm; }
      body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
      h2 { break-after: avoid; }
      h3 { break-after: avoid; }
      li, tr, blockquote, .signature { break-inside: avoid; }
      .board .column { break-inside: avoid; }
    }
    """
}

extension String {
    /// The text with its first letter in lower case: "For kommunen" inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
