// The few C library calls the Glibc module does not bring into Swift (extended attributes,
// inotify, a pipe closed on exec, closing descriptors in a started program), for TavlePlatform
// only; on macOS the Darwin module has sys/xattr.h already.
#ifndef TAVLE_CPLATFORM_SHIM_H
#define TAVLE_CPLATFORM_SHIM_H

#include <sys/types.h>
#include <sys/xattr.h>
#ifdef __linux__
#include <sys/inotify.h>
#include <spawn.h>
#include <unistd.h>

// GNU extensions the Glibc module leaves out (it is built without _GNU_SOURCE): glibc 2.34
// and later have both.
extern int pipe2(int fds[2], int flags);
extern int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);

/// A pipe whose ends close on exec, made in one step (no other thread can start a program
/// between making the pipe and marking it).
static inline int tavle_pipe2(int fds[2], int flags) { return pipe2(fds, flags); }
/// Closes every descriptor from `from` on in a started program.
static inline int tavle_spawn_closefrom(posix_spawn_file_actions_t *actions, int from) {
    return posix_spawn_file_actions_addclosefrom_np(actions, from);
}
#endif

#endif
