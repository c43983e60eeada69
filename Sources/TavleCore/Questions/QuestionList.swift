/// The reflection questions of a section as its content; its rules are in this folder
/// (`+Focus`, `+Editing`, `+Format`, `+Export`). A type of its own, since an array cannot
/// conform to the protocol for two element types.
struct QuestionList: SectionContent {
    /// The questions, in the file's order.
    let questions: [Question]
}
