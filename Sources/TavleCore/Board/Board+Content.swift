// A board is a section's content as it is: its rules are in this folder (+Focus, +Editing,
// +Format, +Export).

extension Board: SectionContent {}
