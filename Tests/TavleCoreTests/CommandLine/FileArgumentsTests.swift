import Testing
import TavleCore

@Suite("File names that start with a dash")
struct FileArgumentsTests {
    static let values: Set<String> = ["--keys", "--size", "--format"]

    @Test("a single dash and two or more letters is a file name, written ./NAME")
    func dashNames() {
        #expect(FileArguments.protectingDashNames(["check", "-dash.md", "a.md", "-x.md"], valueOptions: Self.values)
            == ["check", "./-dash.md", "a.md", "./-x.md"])
        #expect(FileArguments.protectingDashNames(["-dash.md"], valueOptions: Self.values) == ["./-dash.md"])
        #expect(FileArguments.protectingDashNames(["check", "-hjælp"], valueOptions: Self.values) == ["check", "./-hjælp"])
    }

    @Test("options, one-letter options, - alone, values of value options and everything after -- are left alone")
    func leftAlone() {
        let arguments = ["export", "m.md", "-o", "-", "--format", "md", "-h", "--help", "--lang=en"]
        #expect(FileArguments.protectingDashNames(arguments, valueOptions: Self.values) == arguments)
        #expect(FileArguments.protectingDashNames(["replay", "m.md", "--keys", "-ab", "--size", "-80x24"], valueOptions: Self.values)
            == ["replay", "m.md", "--keys", "-ab", "--size", "-80x24"])
        #expect(FileArguments.protectingDashNames(["check", "--", "-dash.md", "--help"], valueOptions: Self.values)
            == ["check", "--", "-dash.md", "--help"])
        #expect(FileArguments.protectingDashNames(["check", "-a.md", "--", "-b.md"], valueOptions: Self.values)
            == ["check", "./-a.md", "--", "-b.md"])
    }

    @Test("a path value of an option that is not listed may start with a dash: -o -ud.html writes ./-ud.html")
    func pathValues() {
        #expect(FileArguments.protectingDashNames(["export", "m.md", "-o", "-ud.html"], valueOptions: Self.values)
            == ["export", "m.md", "-o", "./-ud.html"])
    }
}
