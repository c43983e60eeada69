// The one place that names the operating system's C library. Every other file of the product
// imports TavlePlatform and gets the calls Linux and macOS share (open, rename, fsync, poll,
// pipe, O_NOFOLLOW, O_CLOEXEC, ...) from here; the calls that differ between the two have a
// type of their own beside this file (FileTime, ExtendedAttributes, FolderChanges).
// PlatformSeamTests fails when another file imports Glibc or Darwin itself.
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#else
#error("Tavle is written for Linux (Glibc); see docs/platforms.md")
#endif
