/* The floor for Tavle's terminal benchmark: the least a C ncursesw program does for the same
 * job. A 30-point checklist: draw it, move a highlight with j/k, tick with space, quit with q.
 * scripts/bench builds it in the same run as Tavle, so the results are ratios. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

#define POINTS 30

static void draw(const int ticked[], int focus) {
    int rows = LINES - 2;
    int first = focus >= rows ? focus - rows + 1 : 0;
    mvaddstr(0, 0, " Floor · tjekliste");
    for (int row = 0; row < rows && first + row < POINTS; row++) {
        int index = first + row;
        if (index == focus) attron(A_REVERSE | A_BOLD);
        mvprintw(row + 1, 0, "%s [%c] Punkt %d om samarbejdet med foreningen", index == focus ? ">" : " ",
                 ticked[index] ? 'x' : ' ', index + 1);
        clrtoeol();
        if (index == focus) attroff(A_REVERSE | A_BOLD);
    }
    mvaddstr(LINES - 1, 0, " j/k flyt  space kryds  q afslut  ok");
    refresh();
}

int main(void) {
    int ticked[POINTS] = {0};
    int focus = 0;
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    draw(ticked, focus);
    for (;;) {
        int key = getch();
        if (key == 'q') break;
        if ((key == 'j' || key == KEY_DOWN) && focus < POINTS - 1) focus++;
        if ((key == 'k' || key == KEY_UP) && focus > 0) focus--;
        if (key == ' ') ticked[focus] = !ticked[focus];
        draw(ticked, focus);
    }
    endwin();
    return 0;
}
