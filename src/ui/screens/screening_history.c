/*
 * screens/screening_history: every screening result of one person,
 * newest first, voided ones marked; Enter shows one in full; a nakes or
 * admin voids a wrong one with a reason (the form below). Nothing is
 * ever deleted.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "store/db.h"
#include "store/screening.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/scrui.h"
#include "ui/widgets.h"
#include "util.h"

struct sh {
	char *id;
	struct screening_person p;
	int loaded;
	struct screening_event *v;
	size_t n;
	struct list list;
};

static void
sh_load(struct sh *s, struct app *app)
{
	char *cause = NULL;

	screening_event_list_free(s->v, s->n);
	s->v = NULL;
	s->n = 0;
	if (store_screening_history(app_store(app), s->id, -1, &s->v, &s->n,
				    &cause) < 0)
		app_status_take(app, APP_MSG_ERROR, cause);
	list_set_count(&s->list, (int)s->n);
}

static void
sh_enter(struct screen *scr, struct app *app, void *arg)
{
	struct sh *s = xcalloc(1, sizeof *s);

	s->id = arg;
	scr->state = s;
	list_init(&s->list, 0);
	s->loaded = scrui_person_load(app, s->id, &s->p) == 0;
	sh_load(s, app);
}

static void
sh_leave(struct screen *scr, struct app *app)
{
	struct sh *s = scr->state;

	(void)app;
	screening_event_list_free(s->v, s->n);
	screening_person_free(&s->p);
	free(s->id);
	free(s);
}

static void
sh_resume(struct screen *scr, struct app *app)
{
	sh_load(scr->state, app);
}

/* "165/95 mmHg: hipertensi derajat 2" (or the category alone). */
static void
sh_result(struct app *app, const struct screening_event *e, char *buf,
	  size_t size, struct screening_eval *ev)
{
	char value[160], *err = NULL;

	if (screening_answers_eval(scrui_config(app), &e->answers, ev, &err) <
	    0) {
		free(err);
		memset(ev, 0, sizeof *ev);
		str_copy(buf, screening_category_name(e->kind, e->category),
			 size);
		return;
	}
	screening_answers_value(&e->answers, ev, value, sizeof value);
	if (e->kind == SCREENING_SKILAS)
		str_copy(buf, value, size);
	else
		snprintf(buf, size, "%s: %s", value,
			 screening_category_name(e->kind, e->category));
}

static void
sh_row(struct app *app, void *ctx, int row, int y, int x, int w, int selected)
{
	struct sh *s = ctx;
	const struct screening_event *e = &s->v[row];
	struct screening_eval ev;
	int attr = selected ? app_attr(app, APP_ATTR_SELECTED) : (int)A_NORMAL;
	char day[DATE_ISO_LEN], result[200];

	sh_result(app, e, result, sizeof result, &ev);
	draw_text(y, x, 10, date_format_ui(e->on, day), attr, 0);
	draw_text(y, x + 11, 14, scrui_kind_short(e->kind), attr, 0);
	draw_text(y, x + 26, 37, result, attr, 0);
	draw_text(y, x + 64, w - 64,
		  e->voided ? tr(MSG_SCRU_HIST_VOIDED) : e->created_by,
		  e->voided && !selected ? app_attr(app, APP_ATTR_ERROR) : attr,
		  0);
}

static void
sh_draw(struct screen *scr, struct app *app)
{
	struct sh *s = scr->state;
	int y = app_body_top(app) + 1;

	if (s->loaded)
		scrui_person_line(app, &s->p, y);
	draw_text(y + 2, 2, COLS - 4, tr(MSG_SCRU_HIST_HEAD),
		  app_attr(app, APP_ATTR_DIM), 0);
	if (s->n == 0)
		draw_text(y + 3, 2, COLS - 4, tr(MSG_SCRU_HIST_EMPTY), A_NORMAL,
			  0);
	list_draw(app, &s->list, y + 3, 2, app_body_height(app) - 4, COLS - 4,
		  sh_row, s);
}

static void
sh_detail(struct app *app, const struct screening_event *e)
{
	struct screening_eval ev;
	struct strbuf sb;
	char day[DATE_ISO_LEN], result[200], *answers, *p, *text, *title, *when;

	sh_result(app, e, result, sizeof result, &ev);
	answers = xstrdup(e->answers_text);
	strbuf_init(&sb);
	for (p = answers; *p != '\0'; p++) {
		if (*p == ';')
			strbuf_adds(&sb, "; ");
		else
			strbuf_addc(&sb, *p);
	}
	when = date_stamp_ui(e->created_at);
	text = trf(MSG_SCRU_DETAIL, date_format_ui(e->on, day),
		   screening_category_name(e->kind, e->category),
		   screening_outcome_name(e->outcome),
		   ev.result.reason[0] != '\0' ? ev.result.reason : result,
		   sb.buf, e->created_by, when);
	free(when);
	strbuf_done(&sb);
	strbuf_init(&sb);
	strbuf_adds(&sb, text);
	if (e->referral_id != NULL)
		strbuf_addf(&sb, "\n%s", tr(MSG_SCRU_DETAIL_REFERRAL));
	if (e->voided) {
		char *v = trf(MSG_SCRU_DETAIL_VOID, e->voided_by, e->voided_at,
			      e->void_reason);

		strbuf_addf(&sb, "\n%s", v);
		free(v);
	}
	title = xasprintf("%s %s", scrui_kind_short(e->kind), day);
	dialog_text(app, title, sb.buf);
	free(title);
	strbuf_done(&sb);
	free(text);
	free(answers);
}

static const struct screen_ops screen_screening_void;

/* What the void form needs. */
struct sh_void {
	char *id;
	long long version;
	char *heading;
};

static enum screen_result
sh_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct sh *s = scr->state;
	const struct screening_event *e;

	if (list_key(&s->list, k))
		return SCREEN_HANDLED;
	if (s->list.sel < 0 || s->list.sel >= (int)s->n) {
		if (!k->fn && k->ch == 'q') {
			app_pop(app);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
	e = &s->v[s->list.sel];
	if (k->fn && k->code == KEY_ENTER) {
		sh_detail(app, e);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'b') {
		struct sh_void *sv;
		struct screening_eval ev;
		char day[DATE_ISO_LEN], result[200];

		if (!store_can(app_store(app), PERM_VOID_RECORD)) {
			app_statusf(
				app, APP_MSG_ERROR, MSG_DB_DENIED,
				role_code(store_actor(app_store(app))->role));
			return SCREEN_HANDLED;
		}
		if (e->voided) {
			app_status(app, APP_MSG_ERROR,
				   tr(MSG_SCRU_VOID_ALREADY));
			return SCREEN_HANDLED;
		}
		sh_result(app, e, result, sizeof result, &ev);
		sv = xcalloc(1, sizeof *sv);
		sv->id = xstrdup(e->id);
		sv->version = e->version;
		sv->heading =
			trf(MSG_SCRU_VOID_HEADING, scrui_kind_short(e->kind),
			    date_format_ui(e->on, day), result);
		app_push(app, &screen_screening_void, sv);
		return SCREEN_HANDLED;
	}
	if (!k->fn && k->ch == 'q') {
		app_pop(app);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint sh_keys[] = {
	{"Enter", MSG_UI_KEY_OPEN},
	{"b", MSG_SCRU_KEY_VOID},
	{"Esc", MSG_UI_KEY_BACK},
	{NULL, 0},
};

const struct screen_ops screen_screening_history = {
	.name = "screening-history",
	.enter = sh_enter,
	.leave = sh_leave,
	.draw = sh_draw,
	.key = sh_key,
	.resume = sh_resume,
	.title = MSG_SCRU_HIST_TITLE,
	.help = MSG_SCRU_HIST_HELP,
	.keys = sh_keys,
};

/* ---- voiding ------------------------------------------------------------ */

static const struct field_spec sv_fields[] = {
	{"reason", MSG_SCRU_VOID_REASON, FIELD_TEXT, 300, 50, 1, NULL, NULL,
	 MSG_SCRU_VOID_REASON_HELP},
};

struct svf {
	struct sh_void *v;
	struct form form;
};

static void
svf_enter(struct screen *scr, struct app *app, void *arg)
{
	struct svf *f = xcalloc(1, sizeof *f);

	(void)app;
	f->v = arg;
	form_init(&f->form, sv_fields, (int)ILP_ARRAY_LEN(sv_fields));
	scr->state = f;
}

static void
svf_leave(struct screen *scr, struct app *app)
{
	struct svf *f = scr->state;

	(void)app;
	form_done(&f->form);
	free(f->v->id);
	free(f->v->heading);
	free(f->v);
	free(f);
}

static void
svf_draw(struct screen *scr, struct app *app)
{
	struct svf *f = scr->state;
	int y = app_body_top(app) + 1;

	draw_wrapped(y, 4, COLS - 8, 0, 2, f->v->heading,
		     app_attr(app, APP_ATTR_HEADING));
	form_draw(app, &f->form, y + 3, 4, COLS - 8, y + 5);
}

static void
svf_cursor(struct screen *scr, struct app *app, int *y, int *x)
{
	struct svf *f = scr->state;

	(void)app;
	form_cursor(&f->form, y, x);
}

static int
svf_dirty(struct screen *scr)
{
	struct svf *f = scr->state;

	return f->form.dirty;
}

static enum screen_result
svf_key(struct screen *scr, struct app *app, const struct ui_key *k)
{
	struct svf *f = scr->state;
	char *cause = NULL;

	switch (form_key(&f->form, app, k)) {
	case FORM_KEY_SUBMIT:
		if (form_validate(&f->form, app) < 0)
			return SCREEN_HANDLED;
		if (store_screening_void(app_store(app), f->v->id,
					 f->v->version, form_get(&f->form, 0),
					 &cause) < 0) {
			form_fail(&f->form, app, 0, cause);
			return SCREEN_HANDLED;
		}
		app_status(app, APP_MSG_OK, tr(MSG_SCRU_VOIDED));
		app_pop(app);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		break;
	}
	if (!k->fn && k->ch == 27) {
		dialog_leave_form(app, f->form.dirty);
		return SCREEN_HANDLED;
	}
	return SCREEN_IGNORED;
}

static const struct keyhint svf_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

static const struct screen_ops screen_screening_void = {
	.name = "screening-void",
	.enter = svf_enter,
	.leave = svf_leave,
	.draw = svf_draw,
	.key = svf_key,
	.dirty = svf_dirty,
	.cursor = svf_cursor,
	.title = MSG_SCRU_VOID_TITLE,
	.help = MSG_SCRU_VOID_HELP,
	.keys = svf_keys,
};
