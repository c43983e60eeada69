// The one place meant to name the operating system's C library: importing TavlePlatform gives
// the calls Linux and macOS share (open, rename, fsync, poll, pipe, O_NOFOLLOW, O_CLOEXEC, ...);
// the calls that differ between the two have a type of their own beside this file (FileTime,
// ExtendedAttributes, FolderChanges).
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#else
#error("Tavle is written for Linux (Glibc); see docs/platforms.md")
#endif
