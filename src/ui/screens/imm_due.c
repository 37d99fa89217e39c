/*
 * screens/imm_due: "Sasaran imunisasi", the due list of a posyandu day:
 * every child under five with a dose that is due, late or catch-up on
 * that day, grouped by dose, with the age, the status, since when, the
 * mother's name and the address. 'd' picks another day, 'c' writes the
 * list to a new text file for printing (0600, or 0660 for a shared
 * group), Enter opens the child's card. A kader sees their own posyandu;
 * nakes and admin choose with Tab.
 */
#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "store/immunisation.h"
#include "store/posyandu.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct due_line {
	int heading; /* 1: a dose's heading, rows[i..i+count-1] follow */
	size_t i;
	size_t count;
};

struct due {
	int can_choose;
	struct posyandu *pos;
	size_t npos;
	int pos_sel; /* -1 = every posyandu */
	struct date day;
	struct imm_due_row *rows;
	size_t n, children;
	struct due_line *lines;
	size_t nlines;
	struct list list;
};

static const char *
due_place_name(const struct due *d)
{
	if (d->can_choose && d->pos_sel < 0)
		return tr(MSG_IMM_DUE_ALL);
	return d->npos > 0 ? d->pos[d->pos_sel >= 0 ? d->pos_sel : 0].name
			   : "-";
}

static const char *
due_place_code(const struct due *d)
{
	if (d->can_choose && d->pos_sel < 0)
		return "semua";
	return d->npos > 0 ? d->pos[d->pos_sel >= 0 ? d->pos_sel : 0].code
			   : "-";
}

static void
due_layout(struct due *d)
{
	size_t i, j;

	free(d->lines);
	d->lines = xcalloc(2 * d->n + 1, sizeof *d->lines);
	d->nlines = 0;
	for (i = 0; i < d->n; i = j) {
		for (j = i; j < d->n && d->rows[j].target == d->rows[i].target;
		     j++)
			;
		d->lines[d->nlines].heading = 1;
		d->lines[d->nlines].i = i;
		d->lines[d->nlines++].count = j - i;
		for (; i < j; i++)
			d->lines[d->nlines++].i = i;
	}
	list_set_count(&d->list, (int)d->nlines);
}

static void
due_load(struct due *d, struct app *app)
{
	char *cause = NULL;
	const char *pid =
		d->can_choose && d->pos_sel >= 0 ? d->pos[d->pos_sel].id : NULL;

	imm_due_rows_free(d->rows, d->n);
	d->rows = NULL;
	d->n = 0;
	if (store_imm_due_rows(app_store(app), app_settings(app)->schedule, pid,
			       d->day, &d->rows, &d->n, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	d->children = imm_due_rows_children(d->rows, d->n);
	due_layout(d);
}

static void
due_enter(struct screen *s, struct app *app, void *arg)
{
	struct due *d = xcalloc(1, sizeof *d);
	const struct store_actor *a = store_actor(app_store(app));
	const char *mine = app_settings(app)->posyandu;
	char *cause = NULL;
	size_t i;

	(void)arg;
	d->day = app_today(app);
	d->can_choose = store_can(app_store(app), PERM_ALL_POSYANDU);
	if (store_posyandu_list(app_store(app), &d->pos, &d->npos, &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	d->pos_sel = d->npos > 0 ? 0 : -1;
	for (i = 0; i < d->npos; i++)
		if ((!str_empty(mine) && str_eq(d->pos[i].code, mine)) ||
		    (a != NULL && str_eq(d->pos[i].id, a->posyandu_id)))
			d->pos_sel = (int)i;
	list_init(&d->list, 0);
	due_load(d, app);
	s->state = d;
}

static void
due_leave(struct screen *s, struct app *app)
{
	struct due *d = s->state;

	(void)app;
	imm_due_rows_free(d->rows, d->n);
	posyandu_list_free(d->pos, d->npos);
	free(d->lines);
	free(d);
}

static void
due_resume(struct screen *s, struct app *app)
{
	struct due *d = s->state;
	int sel = d->list.sel;

	due_load(d, app);
	if (sel >= 0 && sel < (int)d->nlines)
		d->list.sel = sel;
}

static void
due_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct due *d = ctx;
	const struct due_line *l = &d->lines[row];
	const struct imm_due_row *r = &d->rows[l->i];
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	const struct schedule *s = app_settings(app)->schedule;
	char age[32];

	if (l->heading) {
		draw_textf(y, x, w, attr | A_BOLD, MSG_IMM_DUE_GROUP,
			   s->targets[r->target].name, l->count);
		return;
	}
	draw_text(y, x + 2, 22, r->name, attr, 0);
	draw_text(y, x + 25, 10, imm_age_words(r->dob, d->day, age, sizeof age),
		  attr, 0);
	draw_text(y, x + 36, 16, schedule_status_name(r->status),
		  attr | (r->status == SCHEDULE_DUE
				  ? 0
				  : app_attr(app, APP_ATTR_ERROR)),
		  0);
	draw_text(y, x + 53, w - 53,
		  r->mother_name[0] != '\0' ? r->mother_name : "-", attr, 0);
}

static void
due_draw(struct screen *s, struct app *app)
{
	struct due *d = s->state;
	int y = app_body_top(app) + 1, h = app_body_height(app) - 6;
	char day[DATE_ISO_LEN], *where;
	static const enum msg_id days[7] = {
		MSG_UI_DAY_MON, MSG_UI_DAY_TUE, MSG_UI_DAY_WED, MSG_UI_DAY_THU,
		MSG_UI_DAY_FRI, MSG_UI_DAY_SAT, MSG_UI_DAY_SUN};

	where = trf(MSG_UI_IMM_POSYANDU, due_place_name(d));
	draw_text(y, 2, 40, where, app_attr(app, APP_ATTR_HEADING), 0);
	free(where);
	draw_textf(y, 44, COLS - 46, app_attr(app, APP_ATTR_HEADING),
		   MSG_UI_IMM_DUE_DAY, tr(days[date_weekday(d->day)]),
		   date_format_ui(d->day, day));
	if (d->n == 0) {
		draw_wrapped(y + 2, 2, COLS - 4, 0, 2, tr(MSG_IMM_DUE_NONE),
			     A_NORMAL);
		return;
	}
	draw_textf(y + 1, 2, COLS - 4, A_NORMAL, MSG_IMM_DUE_TOTAL, d->n,
		   d->children);
	draw_text(y + 2, 2, COLS - 4, tr(MSG_UI_IMM_DUE_HEAD),
		  app_attr(app, APP_ATTR_HEADING), 0);
	list_draw(app, &d->list, y + 3, 2, h, COLS - 4, due_row, d);
	if (d->list.sel >= 0 && !d->lines[d->list.sel].heading) {
		const struct imm_due_row *r = &d->rows[d->lines[d->list.sel].i];

		draw_textf(y + 3 + h, 2, COLS - 4, A_NORMAL,
			   MSG_UI_IMM_DUE_WHERE,
			   date_format_ui(r->earliest, day), r->address);
	}
}

/* ---- the day and the file ------------------------------------------- */

static int
due_set_day(struct app *app, void *ctx, const char *text, char **cause)
{
	struct due *d = ctx;
	struct date today = app_today(app), day;

	if (validate_date_range(text, date_add_years(today, -1),
				date_add_years(today, 1), &day, cause) < 0)
		return -1;
	d->day = day; /* the list reloads when the prompt closes */
	return 0;
}

/* "~/x" is the home directory's x. */
static char *
due_path(const char *text)
{
	const char *home = getenv("HOME");

	if (text[0] == '~' && text[1] == '/' && !str_empty(home))
		return xasprintf("%s/%s", home, text + 2);
	return xstrdup(text);
}

static int
due_write(struct app *app, void *ctx, const char *text, char **cause)
{
	struct due *d = ctx;
	mode_t mode = app_settings(app)->group_access ? 0660 : 0600;
	char *path = due_path(text);
	FILE *f = NULL;
	int fd, rc = -1;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	if (fd < 0) {
		*cause = errno == EEXIST ? trf(MSG_BACKUP_EXISTS, path)
					 : trf(MSG_BACKUP_CANNOT_CREATE, path,
					       strerror(errno));
		goto out;
	}
	(void)fchmod(fd, mode);
	f = fdopen(fd, "w");
	if (f == NULL) {
		close(fd);
		*cause = trf(MSG_BACKUP_CANNOT_CREATE, path, strerror(errno));
		goto out;
	}
	imm_due_write_text(f, app_settings(app)->schedule, due_place_name(d),
			   d->day, d->rows, d->n);
	if (fclose(f) != 0) {
		*cause = trf(MSG_BACKUP_CANNOT_CREATE, path, strerror(errno));
		(void)unlink(path);
		goto out;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_IMM_PRINT_DONE, path);
	rc = 0;
out:
	free(path);
	return rc;
}

static void
due_ask(struct due *d, struct app *app, int file)
{
	struct imm_prompt *p = xcalloc(1, sizeof *p);
	char day[DATE_ISO_LEN];
	const char *home = getenv("HOME");

	p->ctx = d;
	if (file) {
		p->title = MSG_UI_IMM_PRINT_TITLE;
		p->heading = MSG_UI_IMM_PRINT_HEADING;
		p->label = MSG_UI_IMM_F_FILE;
		p->help = MSG_UI_IMM_F_FILE_HELP;
		p->maxlen = 200;
		p->text = xasprintf(
			"%s%ssasaran-%s-%s.txt", str_empty(home) ? "" : home,
			str_empty(home) ? "" : "/", due_place_code(d),
			date_format_iso(d->day, day));
		p->submit = due_write;
	} else {
		p->title = MSG_UI_IMM_DAY_TITLE;
		p->heading = MSG_UI_IMM_DAY_HEADING;
		p->label = MSG_UI_IMM_F_DAY;
		p->help = MSG_UI_IMM_F_DAY_HELP;
		p->maxlen = 10;
		p->text = xstrdup(date_format_ui(d->day, day));
		p->submit = due_set_day;
	}
	app_push(app, &screen_imm_prompt, p);
}

static enum screen_result
due_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct due *d = s->state;
	int n = (int)d->npos + 1;

	if (list_key(&d->list, k))
		return SCREEN_HANDLED;
	if (k->fn && k->code == KEY_ENTER) {
		if (d->list.sel >= 0 && !d->lines[d->list.sel].heading)
			app_push(app, &screen_imm_card,
				 xstrdup(d->rows[d->lines[d->list.sel].i]
						 .person_id));
		return SCREEN_HANDLED;
	}
	if (d->can_choose && d->npos > 0 &&
	    ((!k->fn && k->ch == '\t') || (k->fn && k->code == KEY_BTAB))) {
		int i = d->pos_sel < 0 ? (int)d->npos : d->pos_sel;

		i = (i + (k->fn ? n - 1 : 1)) % n;
		d->pos_sel = i == (int)d->npos ? -1 : i;
		d->list.sel = d->list.top = 0;
		due_load(d, app);
		return SCREEN_HANDLED;
	}
	if (k->fn)
		return SCREEN_IGNORED;
	switch (k->ch) {
	case 'd':
		due_ask(d, app, 0);
		return SCREEN_HANDLED;
	case 'c':
		due_ask(d, app, 1);
		return SCREEN_HANDLED;
	case 'q':
		app_pop(app);
		return SCREEN_HANDLED;
	default:
		return SCREEN_IGNORED;
	}
}

static const struct keyhint due_keys[] = {
	{"d", MSG_UI_KEY_DAY},      {"c", MSG_UI_KEY_PRINT},
	{"Enter", MSG_UI_KEY_CARD}, {"Tab", MSG_UI_KEY_POSYANDU},
	{"Esc", MSG_UI_KEY_BACK},   {NULL, 0},
};

const struct screen_ops screen_imm_due = {
	.name = "imm-due",
	.enter = due_enter,
	.leave = due_leave,
	.draw = due_draw,
	.key = due_key,
	.resume = due_resume,
	.title = MSG_UI_IMM_DUE_TITLE,
	.help = MSG_UI_IMM_DUE_HELP,
	.keys = due_keys,
};
