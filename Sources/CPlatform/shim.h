// The few C library calls the standard Glibc module does not bring into Swift.
#ifndef TAVLE_CPLATFORM_SHIM_H
#define TAVLE_CPLATFORM_SHIM_H

#include <sys/types.h>
#include <sys/xattr.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#endif
