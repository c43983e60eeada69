// A checklist as a section's content: its folder's rules (+Focus, +Editing, +Format, +Export)
// are its answers to the dispatch; only adding an item needs the body it returns.

extension Checklist: SectionContent {
    /// The body with a new empty item where this kind puts one.
    func addingItem(section: Int, at cursor: Cursor) -> (body: SectionBody, cursor: Cursor, edit: EditStart)? {
        withNewItem(section: section, at: cursor).map { (.checklist($0.0), $0.1, $0.2) }
    }
}
