/*
 * ui/screen: the interface every screen implements (tmux's window modes,
 * tig's views, ncdu's init/draw/key): enter allocates private state from
 * an argument, draw repaints everything from state and changes nothing,
 * key changes state and says whether it used the key, leave frees.
 */
#ifndef ILP_UI_SCREEN_H
#define ILP_UI_SCREEN_H

#include <wchar.h>

#include "core/i18n.h"

struct app;

/* A key as curses gives it: a character, or a function key code. */
struct ui_key {
	int fn;    /* 1: code is a KEY_* value; 0: ch is a character */
	int code;  /* KEY_F(1), KEY_UP, ... */
	wint_t ch; /* a character, incl. control characters (Ctrl-S = 0x13) */
};

#define UI_CTRL(c) ((c)&0x1f)

enum screen_result {
	SCREEN_HANDLED, /* the key was used */
	SCREEN_IGNORED  /* let the app try its global keys */
};

/* One entry of the key bar at the bottom: "F2/^S Simpan". */
struct keyhint {
	const char *keys; /* "F2/^S", "Enter", "1-9" (not translated) */
	enum msg_id label;
};

#define SCREEN_MODAL 0x1    /* draw the screen below first (dialogs) */
#define SCREEN_NO_LOGIN 0x2 /* usable without a logged-in user */
#define SCREEN_OWN_F1 0x4   /* F1 means something else here; ^B is help */

struct screen {
	const struct screen_ops *ops;
	void *state;
};

struct screen_ops {
	const char *name;
	unsigned flags;
	/* Allocates s->state from arg. */
	void (*enter)(struct screen *s, struct app *app, void *arg);
	/* Frees s->state. */
	void (*leave)(struct screen *s, struct app *app);
	/* Repaints the body from state. */
	void (*draw)(struct screen *s, struct app *app);
	enum screen_result (*key)(struct screen *s, struct app *app,
				  const struct ui_key *k);
	/* 1 when leaving now would lose typed input (NULL: never). */
	int (*dirty)(struct screen *s);
	/* Called when the screen is on top again after the one above left. */
	void (*resume)(struct screen *s, struct app *app);
	/* Called about once a second while waiting for a key (may be NULL). */
	void (*tick)(struct screen *s, struct app *app);
	/* Where the terminal cursor goes (-1: hidden); may be NULL. */
	void (*cursor)(struct screen *s, struct app *app, int *y, int *x);
	/* The title shown in the title bar, unless title_fn gives one. */
	enum msg_id title;
	const char *(*title_fn)(struct screen *s);
	/* The help text for F1, and the key bar entries (0-terminated). */
	enum msg_id help;
	const struct keyhint *keys;
	/*
	 * 0 hides entry k of keys for now (a key that does nothing for this
	 * user or on this row); NULL: every entry is shown.
	 */
	int (*key_shown)(struct screen *s, const struct keyhint *k);
};

#endif
