/// The agreements kits end in: which section holds the agreement's parts, which action items
/// hold its review or follow-up date, and who signs. An export of such a workshop reads as the
/// agreement, with the meeting's minutes as an appendix.
public struct Agreement: Equatable, Sendable {
    /// The agreement's heading.
    public var title: String
    /// The section whose questions are the agreement's parts.
    public var section: Int
    /// The deadline of the review or follow-up, if an action item carries one.
    public var nextDate: CalendarDate?
    /// What the date is for ("Næste gennemgang", "Opfølgning").
    public var nextDateLabel: String
    /// The parties who sign, one line each.
    public var parties: [String]

    /// The bundled kits that end in an agreement, by kit name: the agreement section's title
    /// starts with `sectionPrefix`; the date is the kit's own follow-up item's (the open item of
    /// `dateSection` starting with `dateItemPrefix`), else the soonest open dated item there.
    private static let templates: [(kit: String, title: String, sectionPrefix: String, dateSectionPrefix: String, dateItemPrefix: String, review: Bool, parties: [String])] = [
        ("forventninger", "Forventningsaftale", "Forventningsaftalen", "Dato for næste gennemgang", "Gennemgå forventningsaftalen", true,
         ["For kommunen", "For foreningen eller organisationen"]),
        ("partnerskab", "Partnerskabsaftale", "Trin 5", "Inden I går hjem", "Følg op", false,
         ["For foreningen", "For partneren"]),
    ]

    /// The agreement a workshop ends in, or nil when its kit has none, or when nothing of it
    /// has been written yet: then the export is the meeting's minutes, not an empty contract.
    public static func of(_ workshop: Workshop, labels: MinutesLabels = .danish) -> Agreement? {
        guard let kit = workshop.metadata(.kit), let template = templates.first(where: { $0.kit == kit }),
              let section = workshop.sections.firstIndex(where: { $0.title.hasPrefix(template.sectionPrefix) }),
              case .questions(let parts) = workshop.sections[section].body,
              parts.contains(where: { !$0.notes.trimmingWhitespace.isEmpty }) else { return nil }
        var date: CalendarDate?
        for candidate in workshop.sections where candidate.title.hasPrefix(template.dateSectionPrefix) {
            guard case .actions(let items) = candidate.body else { continue }
            // Done items are history: their dates are no follow-up.
            let open = items.filter { !$0.isDone }
            date = open.first(where: { $0.what.hasPrefix(template.dateItemPrefix) && $0.due != nil })?.due
                ?? open.compactMap(\.due).min()
        }
        return Agreement(
            title: template.title, section: section, nextDate: date,
            nextDateLabel: template.review ? labels.review : labels.followUp, parties: template.parties
        )
    }
}
