/// The words exports use around the workshop's own text, in the minutes' language (Danish,
/// like the kits): one table, so an English one can sit beside it.
public struct MinutesLabels: Sendable {
    public var date = "Dato"
    public var place = "Sted"
    public var participants = "Deltagere"
    public var points = "punkter"
    public var answered = "besvaret"
    public var of = "af"
    public var noNotes = "(ingen noter)"
    public var emptyColumn = "(ingen kort)"
    public var dots = "prikker"
    public var dot = "prik"
    public var what = "Hvad"
    public var who = "Hvem"
    public var due = "Frist"
    public var status = "Status"
    public var done = "gjort"
    public var open = "åben"
    public var noDue = "ingen frist"
    public var noActions = "(ingen handlingspunkter)"
    public var minutesOf = "Referat"
    public var appendix = "Bilag: mødets referat"
    public var signature = "Dato og underskrift"
    public var review = "Næste gennemgang"
    public var kitSource = "Guide"
    public var notReached = "Ikke nået"
    public var tied = "stemmelighed"
    public var meeting = "Møde"

    /// Danish, the default.
    public static let danish = MinutesLabels()

    /// "3 af 5 punkter".
    func progress(_ done: Int, _ total: Int, _ what: String) -> String { "\(done) \(of) \(total) \(what)" }

    /// "1 prik", "3 prikker".
    func votes(_ count: Int) -> String { "\(count) \(count == 1 ? dot : dots)" }

    /// "1 prik", or "1 prik, stemmelighed" when another card has as many: the tie in words,
    /// not the board's `=` mark.
    func votes(_ count: Int, tied: Bool) -> String { votes(count) + (tied ? ", " + self.tied : "") }
}
