/// The agreements kits end in: which section holds the agreement's parts, which action items
/// hold its review date, and who signs. An export of such a workshop reads as the
/// agreement, with the meeting's minutes as an appendix.
public struct Agreement: Equatable, Sendable {
    /// The agreement's heading.
    public var title: String
    /// The section whose questions are the agreement's parts.
    public var section: Int
    /// The deadline of the review, if an action item carries one.
    public var nextDate: CalendarDate?
    /// What the date is for ("Næste gennemgang"); nil when the agreement has no date line of
    /// its own (partnerskab's follow-up is one of its parts, written in words).
    public var nextDateLabel: String?
    /// The parties who sign, one line each.
    public var parties: [String]

    /// The bundled kits that end in an agreement, by kit name: the agreement section's title
    /// starts with `sectionPrefix`; a review date, where the kit has one, is its own review
    /// item's (the open item of the section titled `review.sectionPrefix…` starting with
    /// `review.itemPrefix`), else the soonest open dated item there. partnerskab's has none: the date set before going home
    /// from its first meeting is for following up the first contact, not the partnership,
    /// whose follow-up the agreement's last part says.
    private static let templates: [(kit: String, title: String, sectionPrefix: String, review: (sectionPrefix: String, itemPrefix: String)?, parties: [String])] = [
        ("forventninger", "Forventningsaftale", "Forventningsaftalen", ("Dato for næste gennemgang", "Gennemgå forventningsaftalen"),
         ["For kommunen", "For foreningen eller organisationen"]),
        ("partnerskab", "Partnerskabsaftale", "Trin 5", nil, ["For foreningen", "For partneren"]),
    ]

    /// The agreement a workshop ends in, or nil when its kit has none, or when nothing of it
    /// has been written yet: then the export is the meeting's minutes, not an empty contract.
    public static func of(_ workshop: Workshop, labels: MinutesLabels = .danish) -> Agreement? {
        guard let kit = workshop.metadata(.kit), let template = templates.first(where: { $0.kit == kit }),
              let section = workshop.sections.firstIndex(where: { $0.title.hasPrefix(template.sectionPrefix) }),
              case .questions(let parts) = workshop.sections[section].body,
              parts.contains(where: { !$0.notes.trimmingWhitespace.isEmpty }) else { return nil }
        var date: CalendarDate?
        if let review = template.review {
            for candidate in workshop.sections where candidate.title.hasPrefix(review.sectionPrefix) {
                guard case .actions(let items) = candidate.body else { continue }
                // Done items are history: their dates are no review.
                let open = items.filter { !$0.isDone }
                date = open.first(where: { $0.what.hasPrefix(review.itemPrefix) && $0.due != nil })?.due
                    ?? open.compactMap(\.due).min()
            }
        }
        return Agreement(
            title: template.title, section: section, nextDate: date,
            nextDateLabel: template.review == nil ? nil : labels.review, parties: template.parties
        )
    }
}
