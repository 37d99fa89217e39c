/*
 * screens/recap: "Laporan", the monthly recap of ILP.md §8 (store_recap)
 * for a month (this month at first) and a posyandu: a kader their own,
 * nakes and admin the whole area or one posyandu (Tab). The indicators
 * scroll under their section headings; F1 or '?' shows the
 * definition of the indicator under the cursor, and Ctrl-B the screen's
 * help. Left/Right or '<' and '>'
 * change the month; 'c' writes the recap to a text file and a
 * CSV file in the home directory (0600, or 0660 for a shared group),
 * named on the status line.
 */
#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "core/i18n.h"
#include "store/db.h"
#include "store/posyandu.h"
#include "store/recap.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

/* A line of the list: a section heading (ind < 0) or an indicator. */
struct rc_line {
	int section;
	int ind;
};

struct rc {
	int year, month;
	int can_choose;
	struct posyandu *pos;
	size_t npos;
	int pos_sel; /* -1: the whole area (or a kader's own) */
	struct recap r;
	int loaded;
	struct rc_line *lines;
	size_t nlines;
	struct list list;
};

static void
rc_layout(struct rc *c)
{
	size_t i;
	int section = -1;

	free(c->lines);
	c->lines = xcalloc(recap_indicator_count + RECAP_SECTION_COUNT,
			   sizeof *c->lines);
	c->nlines = 0;
	for (i = 0; i < recap_indicator_count; i++) {
		if ((int)recap_indicators[i].section != section) {
			section = (int)recap_indicators[i].section;
			c->lines[c->nlines].section = section;
			c->lines[c->nlines++].ind = -1;
		}
		c->lines[c->nlines].section = section;
		c->lines[c->nlines++].ind = (int)i;
	}
	list_set_count(&c->list, c->loaded ? (int)c->nlines : 0);
}

static void
rc_load(struct rc *c, struct app *app)
{
	const struct settings *set = app_settings(app);
	struct recap_params p = {set->schedule, set->checklists,
				 app_today(app)};
	char *cause = NULL;

	recap_free(&c->r);
	c->loaded = store_recap(app_store(app), &p,
				c->pos_sel >= 0 ? c->pos[c->pos_sel].id : NULL,
				c->year, c->month, &c->r, &cause) == 0;
	if (!c->loaded)
		app_status_take(app, APP_MSG_ERROR, cause);
	rc_layout(c);
}

static void
rc_enter(struct screen *s, struct app *app, void *arg)
{
	struct rc *c = xcalloc(1, sizeof *c);
	char *cause = NULL;

	(void)arg;
	c->year = app_today(app).y;
	c->month = app_today(app).m;
	c->pos_sel = -1;
	c->can_choose = store_can(app_store(app), PERM_ALL_POSYANDU);
	if (c->can_choose &&
	    store_posyandu_list(app_store(app), &c->pos, &c->npos, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_init(&c->list, 0);
	s->state = c;
	rc_load(c, app);
}

static void
rc_leave(struct screen *s, struct app *app)
{
	struct rc *c = s->state;

	(void)app;
	recap_free(&c->r);
	posyandu_list_free(c->pos, c->npos);
	free(c->lines);
	free(c);
}

static void
rc_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct rc *c = ctx;
	const struct rc_line *l = &c->lines[row];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	const struct recap_indicator *d;
	char value[RECAP_VALUE_MAX], *line;
	int indent;

	if (l->ind < 0) {
		draw_text(y, x, w, recap_section_name(l->section),
			  attr | app_attr(app, APP_ATTR_HEADING), 1);
		return;
	}
	d = &recap_indicators[l->ind];
	indent = d->sub ? 4 : 2;
	recap_value_text(&c->r, (size_t)l->ind, value, sizeof value);
	if (d->kind == RECAP_KIND_PERCENT)
		line = xasprintf("%s (%ld/%ld)", value, c->r.v[l->ind].num,
				 c->r.v[l->ind].den);
	else
		line = xasprintf("%18s", value);
	draw_text(y, x, w, "", attr, 1);
	draw_text(y, x + indent, w - indent - 20, tr(d->name), attr, 0);
	draw_text(y, x + w - 19, 18, line, attr,
		  0); /* the last column: the scroll mark */
	free(line);
}

static void
rc_draw(struct screen *s, struct app *app)
{
	struct rc *c = s->state;
	int y = app_body_top(app), h = app_body_height(app);
	char first[DATE_ISO_LEN], asof[DATE_ISO_LEN];

	draw_textf(y, 1, COLS - 2, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_RECAP_HEADING, c->year, c->month);
	if (!c->loaded)
		return;
	if (c->r.posyandu_code[0] != '\0')
		draw_textf(y + 1, 1, COLS - 2, A_NORMAL, MSG_RECAP_POSYANDU,
			   c->r.posyandu_code, c->r.posyandu_name);
	else
		draw_text(y + 1, 1, COLS - 2, c->r.posyandu_name, A_NORMAL, 0);
	draw_textf(y + 2, 1, COLS - 2, app_attr(app, APP_ATTR_DIM),
		   MSG_UI_RECAP_ASOF, date_format_ui(c->r.first, first),
		   date_format_ui(c->r.asof, asof));
	list_draw(app, &c->list, y + 3, 1, h - 3, COLS - 2, rc_row, c);
}

/* F1 and '?': the definition of the indicator under the cursor. */
static void
rc_define(struct rc *c, struct app *app)
{
	const struct rc_line *l;
	const struct recap_indicator *d;
	char *text;

	if (c->list.sel < 0 || (size_t)c->list.sel >= c->nlines)
		return;
	l = &c->lines[c->list.sel];
	if (l->ind < 0) {
		app_status(app, APP_MSG_INFO, tr(MSG_UI_RECAP_PICK));
		return;
	}
	d = &recap_indicators[l->ind];
	text = xasprintf("%s\n\n%s: %s", tr(d->definition), tr(MSG_UI_RECAP_ID),
			 d->id);
	dialog_text(app, tr(d->name), text);
	free(text);
}

static void
rc_month(struct rc *c, struct app *app, int delta)
{
	struct date today = app_today(app);
	int m = c->year * 12 + (c->month - 1) + delta;

	if (m > today.y * 12 + today.m - 1) {
		app_status(app, APP_MSG_INFO, tr(MSG_UI_RECAP_NO_FUTURE));
		return;
	}
	if (m < 1900 * 12)
		return;
	c->year = m / 12;
	c->month = m % 12 + 1;
	rc_load(c, app);
}

/* Opens home/name (with -2, -3... when taken) for writing. */
static FILE *
rc_create(struct app *app, const char *base, const char *ext, char **path)
{
	mode_t mode = app_settings(app)->group_access ? 0660 : 0600;
	int fd = -1, i;
	FILE *f;

	for (i = 1; i < 100 && fd < 0; i++) {
		free(*path);
		*path = i == 1 ? xasprintf("%s.%s", base, ext)
			       : xasprintf("%s-%d.%s", base, i, ext);
		fd = open(*path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0)
		return NULL;
	(void)fchmod(fd, mode);
	f = fdopen(fd, "w");
	if (f == NULL)
		close(fd);
	return f;
}

static int
rc_write_one(struct rc *c, struct app *app, const char *base, int csv,
	     char **path)
{
	FILE *f = rc_create(app, base, csv ? "csv" : "txt", path);
	int rc;

	if (f == NULL) {
		app_status_take(
			app, APP_MSG_ERROR,
			trf(MSG_BACKUP_CANNOT_CREATE, *path, strerror(errno)));
		return -1;
	}
	rc = csv ? recap_write_csv(f, &c->r) : recap_write_text(f, &c->r);
	if (fclose(f) != 0 || rc < 0) {
		app_status_take(
			app, APP_MSG_ERROR,
			trf(MSG_BACKUP_CANNOT_CREATE, *path, strerror(errno)));
		(void)unlink(*path);
		return -1;
	}
	return 0;
}

static void
rc_write(struct rc *c, struct app *app)
{
	const char *home = getenv("HOME");
	char *base, *txt = NULL, *csv = NULL;

	if (!c->loaded)
		return;
	base = xasprintf("%s%srekap-%s-%04d-%02d", str_empty(home) ? "" : home,
			 str_empty(home) ? "" : "/",
			 c->r.posyandu_code[0] != '\0' ? c->r.posyandu_code
						       : "semua",
			 c->year, c->month);
	if (rc_write_one(c, app, base, 0, &txt) == 0 &&
	    rc_write_one(c, app, base, 1, &csv) == 0)
		app_statusf(app, APP_MSG_OK, MSG_UI_RECAP_WRITTEN, txt, csv);
	free(base);
	free(txt);
	free(csv);
}

static enum screen_result
rc_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct rc *c = s->state;

	if ((k->fn && k->code == KEY_F(1)) || (!k->fn && k->ch == '?')) {
		rc_define(c, app);
		return SCREEN_HANDLED;
	}
	if (list_key(&c->list, k))
		return SCREEN_HANDLED;
	if ((k->fn && k->code == KEY_LEFT) || (!k->fn && k->ch == '<')) {
		rc_month(c, app, -1);
		return SCREEN_HANDLED;
	}
	if ((k->fn && k->code == KEY_RIGHT) || (!k->fn && k->ch == '>')) {
		rc_month(c, app, 1);
		return SCREEN_HANDLED;
	}
	if (c->can_choose &&
	    ((!k->fn && k->ch == '\t') || (k->fn && k->code == KEY_BTAB))) {
		int n = (int)c->npos + 1,
		    i = c->pos_sel < 0 ? (int)c->npos : c->pos_sel;

		i = (i + (k->fn ? n - 1 : 1)) % n;
		c->pos_sel = i == (int)c->npos ? -1 : i;
		rc_load(c, app);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'c') {
		rc_write(c, app);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

/* Tab chooses a posyandu only for those who see several. */
static int
rc_key_shown(struct screen *s, const struct keyhint *k)
{
	const struct rc *r = s->state;

	return k->label != MSG_UI_KEY_POSYANDU || r->can_choose;
}

static const struct keyhint rc_keys[] = {
	{"F1/?", MSG_UI_KEY_DEFINE},  {"</>", MSG_UI_KEY_MONTH},
	{"Tab", MSG_UI_KEY_POSYANDU}, {"c", MSG_UI_KEY_WRITE},
	{"Esc", MSG_UI_KEY_BACK},     {NULL, 0},
};

const struct screen_ops screen_recap = {
	.name = "recap",
	.flags = SCREEN_OWN_F1,
	.enter = rc_enter,
	.leave = rc_leave,
	.draw = rc_draw,
	.key = rc_key,
	.title = MSG_UI_RECAP_TITLE,
	.help = MSG_UI_RECAP_HELP,
	.keys = rc_keys,
	.key_shown = rc_key_shown,
};
