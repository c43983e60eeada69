/// Where a workshop stands, in one line: what `tavle status` shows for each file.
public struct WorkshopStatus: Equatable, Sendable {
    public var title: String
    public var kit: String?
    /// The meeting's date, or else the date the workshop was created.
    public var date: String?
    public var pointsTicked: Int
    public var points: Int
    public var questionsAnswered: Int
    public var questions: Int
    public var cardsRanked: Int
    /// Places in ranked columns (their limits, or their cards where a column has no limit).
    public var rankedPlaces: Int
    public var openActions: Int
    public var overdueActions: Int

    /// Counts a workshop; overdue is measured against `today`.
    public init(_ workshop: Workshop, today: CalendarDate?) {
        title = workshop.title
        kit = workshop.metadata(.kit)
        date = workshop.meetingDate?.description ?? workshop.metadata(.created)
        (pointsTicked, points, questionsAnswered, questions, cardsRanked, rankedPlaces, openActions, overdueActions) = (0, 0, 0, 0, 0, 0, 0, 0)
        for section in workshop.sections {
            switch section.body {
            case .checklist(let checklist):
                pointsTicked += checklist.tickedCount
                points += checklist.pointCount
            case .questions(let list):
                questionsAnswered += list.filter(\.isAnswered).count
                questions += list.count
            case .board(let board):
                for column in board.columns where column.isRanked {
                    let places = column.limit ?? column.cards.count
                    cardsRanked += min(column.cards.count, places)
                    rankedPlaces += places
                }
            case .actions(let items):
                openActions += items.filter { !$0.isDone }.count
                overdueActions += items.filter { $0.isOverdue(on: today) }.count
            }
        }
    }

    /// The line `tavle status` prints after the file name, in the words a catalogue gives.
    /// `open` words the count of open action items, singular or plural as the language needs.
    /// A workshop without ranked places (no board, or none ranked) shows no ranking figure.
    public func line(kit kitWord: String, points pointsWord: String, questions questionsWord: String, ranked rankedWord: String,
                     open openWords: (Int) -> String, overdue overdueWord: String) -> String {
        var parts = [title]
        if let kit { parts.append("\(kitWord) \(kit)") }
        if let date { parts.append(date) }
        parts.append("\(pointsTicked)/\(points) \(pointsWord)")
        parts.append("\(questionsAnswered)/\(questions) \(questionsWord)")
        if rankedPlaces > 0 { parts.append("\(cardsRanked)/\(rankedPlaces) \(rankedWord)") }
        parts.append("\(openActions) \(openWords(openActions))" + (overdueActions > 0 ? " (\(overdueActions) \(overdueWord))" : ""))
        return parts.joined(separator: " · ")
    }

    /// The status as a JSON object, for scripts; `file` names the workshop.
    public func json(file: String) -> String {
        func string(_ value: String?) -> String { value.map(JSONText.quote) ?? "null" }
        return "{\"file\":\(JSONText.quote(file)),\"title\":\(string(title)),\"kit\":\(string(kit)),\"date\":\(string(date)),"
            + "\"points\":{\"ticked\":\(pointsTicked),\"total\":\(points)},"
            + "\"questions\":{\"answered\":\(questionsAnswered),\"total\":\(questions)},"
            + "\"ranked\":{\"filled\":\(cardsRanked),\"places\":\(rankedPlaces)},"
            + "\"actions\":{\"open\":\(openActions),\"overdue\":\(overdueActions)}}"
    }
}

/// JSON strings without Foundation: quotes, backslashes and control characters escaped
/// (`VisibleText.isControl`, and the line separators JavaScript reads as line ends).
public enum JSONText {
    /// The text as a JSON string literal.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if VisibleText.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
