// Shim between Swift and ncursesw.
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef TAVLE_CNCURSES_SHIM_H
#define TAVLE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1

#endif
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// The C library's cell width of a character, as ncurses measures cells (declared by wchar.h
// only under _XOPEN_SOURCE, which would change more than this needs).
extern int wcwidth(wchar_t c);
static inline int tavle_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

// Globals that Swift 6 rejects as shared mutable state, read through functions.
static inline WINDOW *tavle_stdscr(void) { return stdscr; }
static inline int tavle_colors(void) { return COLORS; }
static inline int tavle_color_pairs(void) { return COLOR_PAIRS; }

// Macros Swift cannot import.
static inline attr_t tavle_a_normal(void) { return A_NORMAL; }
static inline attr_t tavle_a_bold(void) { return A_BOLD; }
static inline attr_t tavle_a_reverse(void) { return A_REVERSE; }
static inline attr_t tavle_a_underline(void) { return A_UNDERLINE; }
static inline attr_t tavle_a_dim(void) { return A_DIM; }
static inline int tavle_key_mouse(void) { return KEY_MOUSE; }
static inline int tavle_key_resize(void) { return KEY_RESIZE; }
static inline int tavle_lines(void) { return LINES; }
static inline int tavle_cols(void) { return COLS; }
/// Presses, releases, wheel and motion only: asking for clicks makes ncurses merge a run of
/// reports that arrive together (two quick clicks in different places become one double
/// click at the second), and Tavle makes its own clicks from a press and a release.
static inline mmask_t tavle_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED | REPORT_MOUSE_POSITION;
}
static inline mmask_t tavle_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t tavle_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t tavle_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t tavle_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t tavle_button5_pressed(void) { return BUTTON5_PRESSED; }

// Signals that end the program arrive as a flag the run loop polls: a handler may not call
// ncurses, and the flag lets the loop restore the terminal on its own path.
static volatile sig_atomic_t tavle_pending_signal = 0;
// The run loop's wake-up descriptor (a pipe's write end): a signal writes to it, so one that arrives
// just before the loop goes to sleep still wakes it.
static volatile int tavle_wake_descriptor = -1;
static inline void tavle_wake_loop(void) {
    int fd = tavle_wake_descriptor;
    if (fd < 0) return;
    int saved = errno;
    char one = 1;
    ssize_t written = write(fd, &one, 1);
    (void)written;
    errno = saved;
}
static inline void tavle_signal_handler(int signo) { tavle_pending_signal = signo; tavle_wake_loop(); }
// ncurses notices a resize in its own SIGWINCH handler; this one calls it and then wakes the loop.
static inline struct sigaction *tavle_curses_winch(void) {
    static struct sigaction saved;
    return &saved;
}
static inline void tavle_winch_handler(int signo) {
    void (*curses)(int) = tavle_curses_winch()->sa_handler;
    if (curses != SIG_DFL && curses != SIG_IGN && curses != 0) curses(signo);
    tavle_wake_loop();
}
/// Makes every signal Tavle handles, the resize included, also write to `fd`. Call after initscr,
/// which installs ncurses' resize handler.
static inline void tavle_wake_on_signals(int fd) {
    // ncurses' handler is kept before this one goes in, so no resize falls between the two.
    struct sigaction previous;
    sigaction(SIGWINCH, 0, &previous);
    if (previous.sa_handler != tavle_winch_handler) *tavle_curses_winch() = previous;
    tavle_wake_descriptor = fd;
    struct sigaction action;
    action.sa_handler = tavle_winch_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGWINCH, &action, 0);
}
/// Stops the handlers writing to the run loop's descriptor, before it is closed and its number
/// can name another file.
static inline void tavle_stop_waking(void) { tavle_wake_descriptor = -1; }
/// Installs handlers without SA_RESTART so a blocking read returns and the loop sees the flag.
/// Also unblocks the signals Tavle relies on: a parent may have started it with them blocked
/// (threads of many runtimes block signals), and then a resize would never be noticed.
///
/// Every signal whose default would end the process ends Tavle through the run loop instead,
/// so the terminal is restored and the last edits are written; the ones vim ignores (SIGALRM,
/// which other programs' alarm() may send, SIGUSR1, and SIGPIPE) are ignored.
static inline void tavle_install_signal_handlers(void) {
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGTSTP);
    sigaddset(&wanted, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &wanted, 0);
    struct sigaction action;
    action.sa_handler = tavle_signal_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    int ending[] = {
        SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR2, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
#ifdef SIGPWR
        SIGPWR,  // Linux only, like SIGSTKFLT (docs/platforms.md)
#endif
#ifdef SIGSTKFLT
        SIGSTKFLT,
#endif
    };
    for (unsigned i = 0; i < sizeof(ending) / sizeof(ending[0]); i++) {
        sigaddset(&wanted, ending[i]);
        sigaction(ending[i], &action, 0);
    }
    sigprocmask(SIG_UNBLOCK, &wanted, 0);
    signal(SIGALRM, SIG_IGN);
    signal(SIGUSR1, SIG_IGN);
    signal(SIGPIPE, SIG_IGN);
}
static inline int tavle_take_pending_signal(void) {
    int signo = tavle_pending_signal;
    tavle_pending_signal = 0;
    return signo;
}
// Restoring the terminal when Tavle dies of a fatal signal (a Swift trap is SIGILL or
// SIGTRAP). Only async-signal-safe calls: write() of strings prepared in advance and
// tcsetattr() with the modes saved before ncurses started.
// Kept in a function-local static: Swift's importer emits those with the function, while a
// file-level static array or struct would not be emitted at all.
typedef struct {
    struct termios modes;
    int have_modes;
    char reset[256];
    size_t length;
} tavle_restore_state;

static inline tavle_restore_state *tavle_restore(void) {
    static tavle_restore_state state;
    return &state;
}

/// Saves the terminal's modes; call before initscr.
static inline void tavle_save_terminal_modes(void) {
    tavle_restore()->have_modes = tcgetattr(STDIN_FILENO, &tavle_restore()->modes) == 0;
}

static inline void tavle_append_reset(const char *text) {
    tavle_restore_state *state = tavle_restore();
    if (text == 0 || text == (char *)-1) return;
    size_t length = strlen(text);
    if (state->length + length >= sizeof(state->reset)) return;
    memcpy(state->reset + state->length, text, length);
    state->length += length;
}

static inline void tavle_crash_handler(int signo) {
    tavle_restore_state *state = tavle_restore();
    if (state->length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, state->reset, state->length);
        (void)ignored;
    }
    if (state->have_modes) tcsetattr(STDIN_FILENO, TCSANOW, &state->modes);
    signal(signo, SIG_DFL);
    raise(signo);
}

/// Prepares the reset strings from terminfo and installs the handler; call after initscr.
static inline void tavle_install_crash_handlers(const char *mouse_off) {
    tavle_restore()->length = 0;
    tavle_append_reset(mouse_off);
    tavle_append_reset(tigetstr("sgr0"));
    tavle_append_reset(tigetstr("cnorm"));
    tavle_append_reset(tigetstr("rmcup"));
    tavle_append_reset(tigetstr("rmkx"));
    int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS };
    for (unsigned i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
        struct sigaction action;
        action.sa_handler = tavle_crash_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(fatal[i], &action, 0);
    }
}

#endif
