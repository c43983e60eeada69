/// The action items of a section as its content; its rules are in this folder (`+Focus`,
/// `+Editing`, `+Format`, `+Export`). A type of its own, since an array cannot conform to the
/// protocol for two element types.
struct ActionList: SectionContent {
    /// The action items, in the file's order.
    let actions: [ActionItem]
}
