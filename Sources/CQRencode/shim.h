// libqrencode (Debian: libqrencode-dev), for the room's QR code in tavle-room only.
#ifndef TAVLE_CQRENCODE_SHIM_H
#define TAVLE_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
