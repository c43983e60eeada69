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
    /// starts with `sectionPrefix`; the date comes from the first dated item of `dateSection`.
    private static let templates: [(kit: String, title: String, sectionPrefix: String, dateSectionPrefix: String, review: Bool, parties: [String])] = [
        ("forventninger", "Forventningsaftale", "Forventningsaftalen", "Dato for næste gennemgang", true,
         ["For kommunen", "For foreningen eller organisationen"]),
        ("partnerskab", "Partnerskabsaftale", "Trin 5", "Trin 3: Ansvar", false,
         ["For foreningen", "For partneren"]),
    ]

    /// The agreement a workshop ends in, or nil when its kit has none.
    public static func of(_ workshop: Workshop, labels: MinutesLabels = .danish) -> Agreement? {
        guard let kit = workshop.metadata("kit"), let template = templates.first(where: { $0.kit == kit }),
              let section = workshop.sections.firstIndex(where: { $0.title.hasPrefix(template.sectionPrefix) }),
              case .questions = workshop.sections[section].body else { return nil }
        var date: CalendarDate?
        for candidate in workshop.sections where candidate.title.hasPrefix(template.dateSectionPrefix) {
            if case .actions(let items) = candidate.body { date = items.compactMap(\.due).min() }
        }
        return Agreement(
            title: template.title, section: section, nextDate: date,
            nextDateLabel: template.review ? labels.review : labels.followUp, parties: template.parties
        )
    }
}
