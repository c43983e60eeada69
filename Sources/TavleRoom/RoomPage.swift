import TavleCore

/// The participants' page as HTML, rendered on the laptop for one person from the published
/// step: it works without JavaScript (plain forms that post and come back), and `room.js` only
/// makes it live. Every text from the workshop or a phone is escaped; no inline script or style.
struct RoomPage {
    let words: RoomWords
    /// `/r/TOKEN`: where forms post and the page lives.
    let base: String

    /// The whole document around `main`.
    func document(_ main: String, events: String? = nil) -> String {
        """
        <!doctype html>
        <html lang="\(words.language)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>Tavle</title>
        <link rel="stylesheet" href="/room.css">
        <script src="/room.js" defer></script>
        </head>
        <body\(events.map { " data-events=\"\(escape($0))\"" } ?? "")>
        <main id="room">
        \(main)
        </main>
        </body>
        </html>

        """
    }

    /// Choosing a name: the workshop's participants as buttons, or another name typed.
    func join(participants: [String], submission: String, message: String?) -> String {
        var html = "<h1>\(escape(words.whoAreYou))</h1>\n" + banner(message)
        html += "<form method=\"post\" action=\"\(base)/join\" class=\"names\">\n"
        html += hidden("sid", submission)
        for name in participants {
            html += "<button name=\"p\" value=\"\(escape(name))\">\(escape(name))</button>\n"
        }
        html += "</form>\n"
        html += "<form method=\"post\" action=\"\(base)/join\">\n" + hidden("sid", submission)
        html += "<label>\(escape(words.otherName)) <input name=\"p\" maxlength=\"40\" autocomplete=\"name\" required></label>\n"
        html += "<button>\(escape(words.join))</button>\n</form>\n"
        return html
    }

    /// A form sent that has not reached the disk in time: its page offers it again as it was,
    /// with the same submission id, so sending it again (without JavaScript, by hand) can never
    /// add it twice.
    struct Unsaved: Equatable, Sendable {
        /// The form's `do`.
        var action: String
        /// The card or question it names, if any.
        var target: UInt64?
        var submission: String
        var text: String
    }

    /// The step on the projector and what this person can do on it; `unsaved` is a form to
    /// offer again as it was sent.
    func step(_ step: RoomStep, person: String, key: String, submission: () -> String, message: String?, unsaved: Unsaved? = nil) -> String {
        var html = "<p class=\"step\">\(escape(words.stepOf(step.number, step.count)))</p>\n"
        html += "<h1>\(escape(step.title))</h1>\n" + banner(message)
        if step.isPaused { html += "<p class=\"notice\">\(escape(words.paused))</p>\n" }
        /// The unsaved form, when this is it.
        func again(_ action: String, _ target: UInt64? = nil) -> Unsaved? {
            unsaved.flatMap { $0.action == action && $0.target == target ? $0 : nil }
        }
        func fields(_ action: String, _ target: UInt64? = nil) -> String {
            hidden("k", key) + hidden("sid", again(action, target)?.submission ?? submission()) + hidden("section", String(step.section))
                + hidden("do", action) + (target.map { hidden(action == "answer" ? "q" : "card", String($0)) } ?? "")
        }
        switch step.task {
        case .follow:
            html += "<p>\(escape(words.followAlong))</p>\n"
        case .answer(let question, let text, let anonymous):
            html += "<form method=\"post\" action=\"\(base)/act\">\n" + fields("answer", question.number)
            let typed = again("answer", question.number).map { escape($0.text) } ?? ""
            html += "<label>\(escape(text))<textarea name=\"text\" maxlength=\"200\" rows=\"3\" required>\(typed)</textarea></label>\n"
            html += "<p class=\"small\">\(escape(anonymous ? words.signedAnonymously : words.signedWithName))</p>\n"
            html += "<button>\(escape(words.sendAnswer))</button>\n</form>\n"
        case .board(let board):
            html += "<form method=\"post\" action=\"\(base)/act\">\n" + fields("add")
            let typed = again("add").map { " value=\"\(escape($0.text))\"" } ?? ""
            html += "<label>\(escape(words.writeCard)) <input name=\"text\" maxlength=\"200\" required autocomplete=\"off\"\(typed)></label>\n"
            html += "<button>\(escape(words.sendCard))</button>\n</form>\n"
            let mine = board.hidden.filter { $0.author == person }
            if !mine.isEmpty {
                html += "<h2>\(escape(words.yourCards))</h2>\n<p class=\"small\">\(escape(words.hiddenUntilShown))</p>\n<ul class=\"mine\">\n"
                for card in mine {
                    html += "<li><form method=\"post\" action=\"\(base)/act\">" + fields("edit", card.id.number)
                    html += "<input name=\"text\" maxlength=\"200\" value=\"\(escape(again("edit", card.id.number)?.text ?? card.text))\" required>"
                    html += "<button>\(escape(words.save))</button></form>"
                    html += "<form method=\"post\" action=\"\(base)/act\">" + fields("delete", card.id.number)
                    html += "<button class=\"quiet\">\(escape(words.delete))</button></form></li>\n"
                }
                html += "</ul>\n"
            }
            if let budget = board.dotsPerPerson, !board.cards.isEmpty {
                let placed = board.cards.reduce(0) { $0 + ($1.ballots.first { $0.person == person }?.dots ?? 0) }
                html += "<h2>\(escape(words.dotsLeft(budget - placed, budget)))</h2>\n"
                html += "<p class=\"small\">\(escape(words.votersSoFar))</p>\n<ul class=\"vote\">\n"
                for card in board.cards {
                    let mineOnCard = card.ballots.first { $0.person == person }?.dots ?? 0
                    html += "<li><span class=\"card\">\(escape(card.text))</span>"
                    html += "<span class=\"dots\" aria-label=\"\(escape(words.yourDots))\">\(String(repeating: "●", count: mineOnCard))</span>"
                    html += "<form method=\"post\" action=\"\(base)/act\">" + fields("undot", card.id.number)
                    html += "<button class=\"quiet\" aria-label=\"\(escape(words.takeDot))\"\(mineOnCard == 0 ? " disabled" : "")>−</button></form>"
                    html += "<form method=\"post\" action=\"\(base)/act\">" + fields("dot", card.id.number)
                    html += "<button aria-label=\"\(escape(words.placeDot))\"\(placed >= budget ? " disabled" : "")>+</button></form></li>\n"
                }
                html += "</ul>\n"
            }
        }
        return html
    }

    /// A page with one message: the code form, a refusal, the room closed.
    func message(_ text: String, codeForm: Bool = false) -> String {
        var html = "<h1>Tavle</h1>\n<p class=\"notice\">\(escape(text))</p>\n"
        if codeForm {
            html += "<form method=\"post\" action=\"/code\">\n<label>\(escape(words.codeLabel)) "
            html += "<input name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" maxlength=\"12\" required></label>\n"
            html += "<button>\(escape(words.open))</button>\n</form>\n"
        }
        return html
    }

    private func banner(_ message: String?) -> String {
        message.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>\n" } ?? ""
    }

    private func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(name)\" value=\"\(escape(value))\">"
    }
}

/// Text as HTML on one line: line breaks become spaces, control characters are dropped, and
/// `&`, `<`, `>` and quotes are escaped as the minutes' HTML export escapes them.
func escape(_ text: String) -> String {
    MinutesHTML.escape(VisibleText.oneLine(text))
}
