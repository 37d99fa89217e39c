/*
 * ui/scrui: helpers of the screening screens. Everything here goes
 * through store/screening and core; nothing reads the database itself.
 */
#include "ui/scrui.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/validate.h"
#include "ui/app.h"
#include "ui/draw.h"
#include "ui/qform.h"
#include "util.h"

const struct screening_config *
scrui_config(struct app *app)
{
	const struct settings *s = app_settings(app);

	return s != NULL && s->screening != NULL ? s->screening
						 : screening_config_defaults();
}

int
scrui_person_load(struct app *app, const char *id, struct screening_person *p)
{
	char *cause = NULL;
	int rc = store_screening_person(app_store(app), id, p, &cause);

	if (rc > 0)
		return 0;
	app_status_take(app, APP_MSG_ERROR,
			cause != NULL ? cause
				      : xstrdup(tr(MSG_SCRS_PERSON_UNKNOWN)));
	return -1;
}

int
scrui_age(struct app *app, const struct screening_person *p)
{
	return date_age_years(p->dob, app_today(app));
}

void
scrui_person_line(struct app *app, const struct screening_person *p, int y)
{
	char *s = trf(MSG_SCRU_PERSON_LINE, p->name, p->sex, scrui_age(app, p),
		      p->address);

	draw_text(y, 2, COLS - 4, s, app_attr(app, APP_ATTR_HEADING), 0);
	free(s);
}

static const enum msg_id scrui_short[SCREENING_KIND_COUNT] = {
	[SCREENING_SKILAS] = MSG_SCRU_SHORT_SKILAS,
	[SCREENING_AKS] = MSG_SCRU_SHORT_AKS,
	[SCREENING_BP] = MSG_SCRU_SHORT_BP,
	[SCREENING_GLUCOSE] = MSG_SCRU_SHORT_GLUCOSE,
	[SCREENING_BMI] = MSG_SCRU_SHORT_BMI,
	[SCREENING_WAIST] = MSG_SCRU_SHORT_WAIST,
	[SCREENING_SRQ20] = MSG_SCRU_SHORT_SRQ20,
	[SCREENING_TB] = MSG_SCRU_SHORT_TB,
};

const char *
scrui_kind_short(enum screening_kind kind)
{
	if ((unsigned)kind >= SCREENING_KIND_COUNT)
		return "?";
	return tr(scrui_short[kind]);
}

/* Puskesmas first: the usual destination of a screening referral. */
static const enum referral_dest scrui_dests[] = {REFERRAL_PUSKESMAS,
						 REFERRAL_PUSTU, REFERRAL_RS};

const char *const *
scrui_dest_choices(void)
{
	static const char *labels[ILP_ARRAY_LEN(scrui_dests) + 1];
	size_t i;

	/* refilled each time: the language may have changed */
	for (i = 0; i < ILP_ARRAY_LEN(scrui_dests); i++)
		labels[i] = referral_dest_name(scrui_dests[i]);
	labels[i] = NULL;
	return labels;
}

enum referral_dest
scrui_dest(int choice)
{
	if (choice < 0 || choice >= (int)ILP_ARRAY_LEN(scrui_dests))
		return REFERRAL_PUSKESMAS;
	return scrui_dests[choice];
}

void
scrui_date_field(struct qfield *f)
{
	f->kind = QFIELD_NUMBER;
	f->question = tr(MSG_SCRU_DATE);
	f->maxlen = 10;
}

void
scrui_date_today(struct app *app, struct qform *q, int field)
{
	char day[DATE_ISO_LEN];

	qform_set_text(q, field, date_format_ui(app_today(app), day));
	/*
	 * The kader starts on the first answer: most screenings are typed
	 * the day they are done. Shift-Tab (or Up) reaches the date.
	 */
	if (field + 1 < q->n)
		q->focus = field + 1;
}

int
scrui_date_check(struct date today, const struct screening_person *p,
		 enum screening_kind kind, const char *text, struct date *on,
		 char **cause)
{
	char d1[DATE_ISO_LEN], d2[DATE_ISO_LEN];
	int age;

	if (validate_date_range(text,
				date_add_days(today, -SCREENING_MAX_AGE_DAYS),
				today, on, cause) < 0)
		return -1;
	if (date_cmp(*on, p->dob) < 0) {
		*cause = trf(MSG_SCRS_BEFORE_BIRTH, date_format_ui(*on, d1),
			     date_format_ui(p->dob, d2));
		return -1;
	}
	age = date_age_years(p->dob, *on);
	if (!(screening_kinds_for_age(age) & 1u << kind)) {
		*cause = trf(MSG_SCRU_DATE_AGE, date_format_ui(*on, d1), age,
			     scrui_kind_short(kind),
			     kind == SCREENING_SKILAS || kind == SCREENING_AKS
				     ? SCREENING_LANSIA_YEARS
				     : SCREENING_ADULT_YEARS);
		return -1;
	}
	return 0;
}

int
scrui_date_get(struct app *app, struct qform *q, int field,
	       const struct screening_person *p, enum screening_kind kind,
	       struct date *on)
{
	char *cause = NULL;

	if (scrui_date_check(app_today(app), p, kind, qform_text(q, field), on,
			     &cause) == 0)
		return 0;
	q->focus = field;
	q->f[field].bad = 1;
	app_status_take(app, APP_MSG_ERROR, cause);
	return -1;
}

int
scrui_save(struct app *app, const struct screening_person *p, struct date on,
	   const char *save_key, const struct screening_answers *a, size_t n,
	   enum referral_dest dest)
{
	struct screening_saved sv;
	char *cause = NULL, *what, day[DATE_ISO_LEN];

	if (store_screening_save(app_store(app), scrui_config(app), p->id, on,
				 app_today(app), a, n, dest, save_key, &sv,
				 &cause) < 0) {
		app_status_take(app, APP_MSG_ERROR, cause);
		return -1;
	}
	if (n > 1)
		what = trf(MSG_SCRU_SAVED_MANY, (int)n);
	else if (sv.referral_id[0] != '\0')
		what = trf(MSG_SCRU_SAVED_REFER, scrui_kind_short(a[0].kind));
	else
		what = trf(MSG_SCRU_SAVED, scrui_kind_short(a[0].kind),
			   sv.eval[0].result.text);
	if (sv.referral_id[0] != '\0') {
		char *m = trf(MSG_SCRU_REFERRED, what, referral_dest_name(dest),
			      date_format_ui(sv.followup_on, day));

		free(what);
		what = m;
	}
	app_status_take(app, APP_MSG_OK, what);
	return 0;
}

char *
scrui_result_line(const struct screening_eval *e)
{
	return trf(MSG_SCRU_RESULT_LINE, e->result.text,
		   screening_outcome_name(e->result.outcome), e->result.reason);
}

void
scrui_form_open(struct scrui_form *h, struct app *app, void *arg,
		enum screening_kind kind)
{
	store_new_save_key(h->save_key);
	h->id = arg;
	h->cfg = scrui_config(app);
	h->today = app_today(app);
	h->kind = kind;
}

void
scrui_form_load(struct scrui_form *h, struct app *app)
{
	h->loaded = scrui_person_load(app, h->id, &h->p) == 0;
	if (!h->loaded)
		app_pop(app);
}

int
scrui_form_check_date(const struct scrui_form *h, const char *text,
		      char **cause)
{
	struct date on;

	return scrui_date_check(h->today, &h->p, h->kind, text, &on, cause);
}

void
scrui_form_done(struct scrui_form *h)
{
	screening_person_free(&h->p);
	free(h->id);
}
