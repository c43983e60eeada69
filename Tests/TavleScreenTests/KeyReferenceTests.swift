import Foundation
import Testing
import TavleCore
@testable import TavleScreen

@Suite("Key reference")
struct KeyReferenceTests {
    @Test("docs/keys.md lists exactly the keys of the key map (TAVLE_RECORD_SNAPSHOTS=1 rewrites it)")
    func documentation() throws {
        let path = ScreenTestFiles.repository.appendingPathComponent("docs/keys.md")
        let document = try String(contentsOf: path, encoding: .utf8)
        let begin = try #require(document.range(of: "<!-- keys:begin -->\n"))
        let end = try #require(document.range(of: "<!-- keys:end -->"))
        let generated = "\n" + KeyReference.markdown(.standard) + "\n"
        if ProcessInfo.processInfo.environment["TAVLE_RECORD_SNAPSHOTS"] == "1" {
            let updated = document[..<begin.upperBound] + generated + document[end.lowerBound...]
            try String(updated).write(to: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(document[begin.upperBound..<end.lowerBound]) == generated)
    }

    @Test("every binding of the key map appears in the help screen")
    func helpShowsEveryKey() {
        let groups = KeyReference.groups(.standard)
        let listed = groups.flatMap { $0.rows.flatMap { $0.keys.split(separator: " ").map(String.init) } }
        for binding in KeyMap.standard.bindings {
            for key in binding.keys {
                #expect(listed.contains(key.name), "\(key.name) in \(binding.scope)")
            }
        }
        #expect(groups.map(\.title) == KeyScope.allCases.map(DanishText().title(of:)))
    }

    @Test("no key means two things in the same place")
    func noConflicts() {
        for scope in KeyScope.allCases {
            let keys = KeyMap.standard.bindings.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(scope)")
        }
    }
}
