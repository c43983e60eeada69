// The file syntax of a questions section: how it is read, written and checked (docs/file-format.md).

extension WorkshopParser {
    /// Reads questions: each heading is a question, with its hint and the group's notes as a quote.
    mutating func parseQuestions() throws(FormatError) -> [Question] {
        var questions: [Question] = []
        while let line = nextInSection() {
            switch line {
            case .heading(3, let text):
                recordItem()
                advance()
                var question = Question(text: String(text), hint: readText())
                // Built as it is read: an array of the lines first cost 32 bytes a line.
                var notes = ""
                var isFirst = true
                reading: while hasLine {
                    // (Matched, not compared: comparing kinds compares their text.)
                    switch current {
                    case .quote(let text):
                        if !isFirst { notes += "\n" }
                        notes += text
                        isFirst = false
                    case .blank: break
                    default: break reading
                    }
                    advance()
                }
                question.notes = notes
                questions.append(question)
            case .quote where questions.isEmpty:
                throw error(.notesOutsideQuestion)
            default:
                throw unexpected(inside: .questions)
            }
        }
        return questions
    }
}

extension QuestionList {
    /// Each question as a heading, its hint, and the notes as a quote.
    func serialize(to file: inout WorkshopSerializer.Output) {
        for question in questions {
            file.block("### " + WorkshopSerializer.line(question.text))
            WorkshopSerializer.appendText(question.hint, to: &file)
            if !question.notes.isEmpty {
                file.startBlock()
                WorkshopSerializer.forEachLine(of: question.notes) { note in
                    if note.isEmpty { file.line(">") } else { file.text += "> "; file.line(note) }
                }
            }
        }
    }

    /// Empty questions, and a questions section without any.
    func check(title: String, line: Int, items: [Int], flag: WorkshopCheck.Flag) {
        for (question, itemLine) in zip(questions, items) where question.text.trimmingWhitespace.isEmpty {
            flag(itemLine, 5, .questionEmpty)
        }
        if questions.isEmpty { flag(line, 1, .questionsWithoutQuestions(title)) }
    }
}
