// The few C library calls the Glibc module does not bring into Swift (extended attributes,
// inotify), for TavlePlatform only; on macOS the Darwin module has sys/xattr.h already.
#ifndef TAVLE_CPLATFORM_SHIM_H
#define TAVLE_CPLATFORM_SHIM_H

#include <sys/types.h>
#include <sys/xattr.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#endif
