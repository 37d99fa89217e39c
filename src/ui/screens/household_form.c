/*
 * screens/household_form: adding or editing a household from a field-spec
 * table: posyandu (nakes and admin only; a kader's is their own), No.
 * KK, address, RT, RW, dusun, the four household facts and a note.
 * Every field is checked by core/validate or core/nik on leaving it and
 * again on save; a refused save keeps what was typed. A save refused
 * because someone else saved first offers to reload.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/nik.h"
#include "core/validate.h"
#include "store/db.h"
#include "store/household.h"
#include "store/posyandu.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/regtext.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

static int
hf_check_kk(const char *text, char **cause)
{
	char kk[NIK_LEN + 1];

	return nik_kk_parse(text, kk, cause);
}

static int
hf_check_text(const char *text, size_t max, char **cause)
{
	char *out = NULL;
	int rc = validate_text(text, max, 0, &out, cause);

	free(out);
	return rc;
}

static int
hf_check_address(const char *text, char **cause)
{
	return hf_check_text(text, 200, cause);
}

static int
hf_check_dusun(const char *text, char **cause)
{
	return hf_check_text(text, 100, cause);
}

static int
hf_check_note(const char *text, char **cause)
{
	return hf_check_text(text, 500, cause);
}

static int
hf_check_rtrw(const char *text, char **cause)
{
	char out[VALIDATE_RTRW_LEN];

	return validate_rtrw(text, out, cause);
}

enum {
	HF_POSYANDU,
	HF_KK,
	HF_ADDRESS,
	HF_RT,
	HF_RW,
	HF_DUSUN,
	HF_WATER,
	HF_LATRINE,
	HF_JKN,
	HF_SMOKER,
	HF_NOTE,
	HF_N
};

static const struct field_spec hf_fields[HF_N] = {
	{"posyandu", MSG_UI_HF_POSYANDU, FIELD_CHOICE, 0, 40, 1, NULL, NULL,
	 MSG_UI_HF_POSYANDU_HELP},
	{"kk", MSG_UI_HF_KK, FIELD_TEXT, 20, 18, 0, NULL, hf_check_kk,
	 MSG_UI_HF_KK_HELP},
	{"address", MSG_UI_HF_ADDRESS, FIELD_TEXT, 200, 40, 0, NULL,
	 hf_check_address, MSG_UI_HF_ADDRESS_HELP},
	{"rt", MSG_UI_HF_RT, FIELD_TEXT, 5, 4, 0, NULL, hf_check_rtrw,
	 MSG_UI_HF_RTRW_HELP},
	{"rw", MSG_UI_HF_RW, FIELD_TEXT, 5, 4, 0, NULL, hf_check_rtrw,
	 MSG_UI_HF_RTRW_HELP},
	{"dusun", MSG_UI_HF_DUSUN, FIELD_TEXT, 100, 30, 0, NULL, hf_check_dusun,
	 MSG_UI_HF_TEXT_HELP},
	{"water", MSG_UI_HF_WATER, FIELD_CHOICE, 0, 20, 0, regtext_fact_choices,
	 NULL, MSG_UI_HF_FACT_HELP},
	{"latrine", MSG_UI_HF_LATRINE, FIELD_CHOICE, 0, 20, 0,
	 regtext_fact_choices, NULL, MSG_UI_HF_FACT_HELP},
	{"jkn", MSG_UI_HF_JKN, FIELD_CHOICE, 0, 20, 0, regtext_fact_choices,
	 NULL, MSG_UI_HF_FACT_HELP},
	{"smoker", MSG_UI_HF_SMOKER, FIELD_CHOICE, 0, 20, 0,
	 regtext_fact_choices, NULL, MSG_UI_HF_FACT_HELP},
	{"note", MSG_UI_HF_NOTE, FIELD_TEXT, 500, 40, 0, NULL, hf_check_note,
	 MSG_UI_HF_TEXT_HELP},
};

struct hf {
	struct form form; /* first: the shared cursor/dirty helpers use it */
	struct field_spec spec[HF_N];
	struct field_choice *places;
	struct posyandu *posyandu;
	size_t nposyandu;
	char *id; /* NULL: a new household */
	struct household h;
	int with_posyandu;
	/* A new household: one key for every attempt to save it. */
	char save_key[STORE_SAVE_KEY_LEN];
};

static const char *
hf_get(struct hf *f, const char *name)
{
	return form_get_named(&f->form, name);
}

static void
hf_fact_set(struct hf *f, const char *name, int v)
{
	form_set(&f->form, form_find(&f->form, name),
		 v == 1   ? "1"
		 : v == 0 ? "0"
			  : "");
}

static int
hf_fact_get(struct hf *f, const char *name)
{
	const char *v = hf_get(f, name);

	return str_eq(v, "1") ? 1 : str_eq(v, "0") ? 0 : HOUSEHOLD_UNKNOWN;
}

/* Fills the fields from the household read from the store. */
static void
hf_fill(struct hf *f)
{
	struct form *fm = &f->form;

	if (f->with_posyandu)
		form_set(fm, form_find(fm, "posyandu"), f->h.posyandu_id);
	form_set(fm, form_find(fm, "kk"), f->h.no_kk != NULL ? f->h.no_kk : "");
	form_set(fm, form_find(fm, "address"), f->h.address);
	form_set(fm, form_find(fm, "rt"), f->h.rt);
	form_set(fm, form_find(fm, "rw"), f->h.rw);
	form_set(fm, form_find(fm, "dusun"), f->h.dusun);
	hf_fact_set(f, "water", f->h.water_clean);
	hf_fact_set(f, "latrine", f->h.latrine_healthy);
	hf_fact_set(f, "jkn", f->h.jkn_all);
	hf_fact_set(f, "smoker", f->h.smoker_inside);
	form_set(fm, form_find(fm, "note"), f->h.note);
	fm->dirty = 0;
}

static int
hf_read(struct hf *f, struct app *app)
{
	char *cause = NULL;
	int rc;

	household_free(&f->h);
	rc = store_household_get(app_store(app), f->id, &f->h, NULL, NULL,
				 &cause);
	if (rc <= 0)
		app_status_take(app, APP_MSG_ERROR,
				rc < 0 ? cause
				       : xstrdup(tr(MSG_REG_NOT_FOUND)));
	return rc > 0 ? 0 : -1;
}

static void
hf_enter(struct screen *s, struct app *app, void *arg)
{
	struct hf *f = xcalloc(1, sizeof *f);
	char *cause = NULL;
	size_t i;

	f->id = arg;
	if (f->id == NULL)
		store_new_save_key(f->save_key);
	f->with_posyandu = store_can(app_store(app), PERM_ALL_POSYANDU);
	memcpy(f->spec, hf_fields, sizeof f->spec);
	if (f->with_posyandu) {
		if (store_posyandu_list(app_store(app), &f->posyandu,
					&f->nposyandu, &cause) < 0)
			app_status_take(app, APP_MSG_ERROR, cause);
		f->places = xcalloc(f->nposyandu + 1, sizeof *f->places);
		for (i = 0; i < f->nposyandu; i++) {
			f->places[i].code = f->posyandu[i].id;
			f->places[i].text = f->posyandu[i].name;
		}
		f->spec[HF_POSYANDU].choices = f->places;
		form_init(&f->form, f->spec, HF_N);
	} else {
		form_init(&f->form, f->spec + 1, HF_N - 1);
	}
	s->state = f;
	if (f->id != NULL && hf_read(f, app) == 0)
		hf_fill(f);
}

static void
hf_leave(struct screen *s, struct app *app)
{
	struct hf *f = s->state;

	(void)app;
	form_done(&f->form);
	free(f->places);
	posyandu_list_free(f->posyandu, f->nposyandu);
	household_free(&f->h);
	free(f->id);
	free(f);
}

static void
hf_draw(struct screen *s, struct app *app)
{
	struct hf *f = s->state;
	int y = app_body_top(app) + 1;

	draw_text(
		y, 2, COLS - 4,
		tr(f->id != NULL ? MSG_UI_HF_EDIT_TITLE : MSG_UI_HF_ADD_TITLE),
		app_attr(app, APP_ATTR_HEADING), 0);
	form_draw(app, &f->form, y + 2, 2, COLS - 4, y + 3 + f->form.n);
}

static void
hf_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct hf *f = s->state;

	(void)app;
	form_cursor(&f->form, y, x);
}

static int
hf_dirty(struct screen *s)
{
	struct hf *f = s->state;

	return f->form.dirty;
}

static void hf_save(struct hf *f, struct app *app, int kk_confirmed);

static void
hf_save_anyway(struct app *app, void *ctx)
{
	hf_save(ctx, app, 1);
}

static void
hf_reload(struct app *app, void *ctx)
{
	struct hf *f = ctx;

	if (hf_read(f, app) == 0) {
		hf_fill(f);
		app_statusf(app, APP_MSG_INFO, MSG_UI_PF_RELOADED);
	}
}

/* The household as typed; strings borrowed from the form. */
static void
hf_collect(struct hf *f, struct household *h)
{
	memset(h, 0, sizeof *h);
	h->id = f->id;
	h->version = f->h.version;
	str_copy(h->save_key, f->save_key, sizeof h->save_key);
	h->posyandu_id = (char *)(f->with_posyandu ? hf_get(f, "posyandu")
						   : f->h.posyandu_id);
	h->no_kk = (char *)hf_get(f, "kk");
	h->address = (char *)hf_get(f, "address");
	h->rt = (char *)hf_get(f, "rt");
	h->rw = (char *)hf_get(f, "rw");
	h->dusun = (char *)hf_get(f, "dusun");
	h->water_clean = hf_fact_get(f, "water");
	h->latrine_healthy = hf_fact_get(f, "latrine");
	h->jkn_all = hf_fact_get(f, "jkn");
	h->smoker_inside = hf_fact_get(f, "smoker");
	h->note = (char *)hf_get(f, "note");
}

/* A No. KK already used elsewhere asks first. 1: asked, wait. */
static int
hf_ask_kk(struct hf *f, struct app *app, const char *kk)
{
	char digits[NIK_LEN + 1], *cause = NULL;
	int n;

	if (validate_is_blank(kk) || nik_kk_parse(kk, digits, NULL) < 0)
		return 0;
	n = store_household_find_kk(app_store(app), digits, f->id, NULL,
				    &cause);
	free(cause);
	if (n <= 0)
		return 0;
	dialog_confirm(app, tr(MSG_UI_HF_KK_USED), hf_save_anyway, NULL, f);
	return 1;
}

static void
hf_save(struct hf *f, struct app *app, int kk_confirmed)
{
	struct household h;
	char id[37], *cause = NULL, *q;
	int rc;

	if (form_validate(&f->form, app) < 0)
		return;
	hf_collect(f, &h);
	if (!kk_confirmed && hf_ask_kk(f, app, h.no_kk))
		return;
	rc = f->id == NULL ? store_household_add(app_store(app), &h, id, &cause)
			   : store_household_update(app_store(app), &h, &cause);
	if (rc == STORE_STALE) {
		q = trf(MSG_UI_PF_STALE_ASK, cause);
		app_status_take(app, APP_MSG_ERROR, cause);
		dialog_confirm(app, q, hf_reload, NULL, f);
		free(q);
		return;
	}
	if (rc < 0) {
		form_fail(&f->form, app, form_find(&f->form, "kk"), cause);
		return;
	}
	app_statusf(app, APP_MSG_OK, MSG_UI_HF_SAVED);
	f->form.dirty = 0;
	if (f->id == NULL)
		app_replace(app, &screen_household_view, xstrdup(id));
	else
		app_pop(app);
}

static enum screen_result
hf_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct hf *f = s->state;

	switch (form_key(&f->form, app, k)) {
	case FORM_KEY_SUBMIT:
		hf_save(f, app, 0);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		if (!k->fn && k->ch == 27) {
			dialog_leave_form(app, f->form.dirty);
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
}

static const char *
hf_title(struct screen *s)
{
	struct hf *f = s->state;

	return tr(f->id != NULL ? MSG_UI_HF_EDIT_TITLE : MSG_UI_HF_ADD_TITLE);
}

static const struct keyhint hf_keys[] = {
	{"F2/^S", MSG_UI_KEY_SAVE},
	{"Tab", MSG_UI_KEY_NEXT_FIELD},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_household_form = {
	.name = "household-form",
	.enter = hf_enter,
	.leave = hf_leave,
	.draw = hf_draw,
	.key = hf_key,
	.dirty = hf_dirty,
	.cursor = hf_cursor,
	.title = MSG_UI_HF_ADD_TITLE,
	.title_fn = hf_title,
	.help = MSG_UI_HF_HELP,
	.keys = hf_keys,
};
