import Testing
import TavlePlatform

/// What `FileWriter` relies on to give a new file the old one's extended attributes: listing
/// them, reading each, and setting it on another file.
@Suite("Extended attributes")
struct ExtendedAttributesTests {
    /// Whether the scratch folder's file system keeps `user.` attributes; where it does not
    /// (an old tmpfs), there is nothing these tests could see.
    static let userAttributesKept: Bool = {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let descriptor = open(folder.file("probe"), O_RDWR | O_CLOEXEC)
        defer { close(descriptor) }
        return ExtendedAttributes.set(Array("user.tavle.probe".utf8CString), to: [1], on: descriptor)
    }()

    /// An attribute set on one file is listed and read back, and carries over to another file
    /// the way `FileWriter` copies them: value for value, binary bytes included.
    @Test(.enabled(if: userAttributesKept))
    func attributesAreListedReadAndCopied() throws {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let source = open(folder.file("old.md"), O_RDWR | O_CLOEXEC)
        let target = open(folder.file("new.md"), O_RDWR | O_CLOEXEC)
        defer { close(source); close(target) }
        let name = Array("user.tavle".utf8CString)
        let value: [UInt8] = [0x6B, 0x65, 0x70, 0x74, 0x00, 0xFF]

        #expect(ExtendedAttributes.names(of: source)?.contains(name) == false)
        #expect(ExtendedAttributes.set(name, to: value, on: source))
        let names = try #require(ExtendedAttributes.names(of: source))
        #expect(names.contains(name))
        #expect(ExtendedAttributes.value(of: name, on: source) == value)

        for each in names {
            let copied = try #require(ExtendedAttributes.value(of: each, on: source))
            #expect(ExtendedAttributes.set(each, to: copied, on: target))
        }
        #expect(ExtendedAttributes.value(of: name, on: target) == value)
    }

    /// A failure says so and leaves `errno` for the caller, which tells "this file system has
    /// no attributes" (ENOTSUP) from a real error.
    @Test func failuresLeaveErrno() {
        #expect(ExtendedAttributes.names(of: -1) == nil)
        #expect(errno == EBADF)
        #expect(ExtendedAttributes.value(of: Array("user.tavle".utf8CString), on: -1) == nil)
        #expect(errno == EBADF)
        #expect(!ExtendedAttributes.set(Array("user.tavle".utf8CString), to: [], on: -1))
        #expect(errno == EBADF)
    }

    /// An attribute the file does not have is nil, not an empty value.
    @Test func missingAttributeIsNil() {
        let folder = ScratchFolder()
        defer { folder.remove() }
        let descriptor = open(folder.file("plain.md"), O_RDONLY | O_CLOEXEC)
        defer { close(descriptor) }
        #expect(ExtendedAttributes.value(of: Array("user.tavle.absent".utf8CString), on: descriptor) == nil)
    }
}
