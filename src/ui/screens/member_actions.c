/*
 * screens/member_actions: what the household view offers on a member
 * line. To add an action for another part of the program (say "Kartu
 * imunisasi" for children under five), write its screen, then add one
 * line to member_actions[] below:
 *
 *   {'i', MSG_UI_KEY_CARD, member_is_balita, open_card, MSG_..._NOT_BALITA},
 *
 * where open_card(app, p, h) does app_push(app, &screen_x,
 * xstrdup(p->id)). The view shows the action when applies() says so and
 * runs it on its key; nothing else changes. The first entry is also what
 * Enter does.
 */
#include <stdlib.h>

#include "core/i18n.h"
#include "store/household.h"
#include "store/person.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "util.h"

static int
member_active(const struct person *p, struct date today)
{
	(void)today;
	return p->status == PERSON_AKTIF;
}

static int
member_woman(const struct person *p, struct date today)
{
	return member_active(p, today) && p->sex == 'P' &&
	       date_age_years(p->dob, today) >= 10;
}

static void
member_edit(struct app *app, const struct person *p, const struct household *h)
{
	struct person_form_arg *a = xcalloc(1, sizeof *a);

	(void)h;
	a->household_id = xstrdup(p->household_id);
	a->person_id = xstrdup(p->id);
	app_push(app, &screen_person_form, a);
}

static void
member_status(struct app *app, const struct person *p,
	      const struct household *h)
{
	(void)h;
	app_push(app, &screen_person_status, xstrdup(p->id));
}

static void
member_move(struct app *app, const struct person *p, const struct household *h)
{
	(void)h;
	person_move_start(app, p->id);
}

static void
member_pregnancy(struct app *app, const struct person *p,
		 const struct household *h)
{
	(void)h;
	app_push(app, &screen_pregnancy_form, xstrdup(p->id));
}

static int
member_adult(const struct person *p, struct date today)
{
	return member_active(p, today) && date_age_years(p->dob, today) >= 15;
}

static void
member_screening(struct app *app, const struct person *p,
		 const struct household *h)
{
	(void)h;
	app_push(app, &screen_screening_person, xstrdup(p->id));
}

/* The card shows a child's schedule or a woman's Td status. */
static int
member_card(const struct person *p, struct date today)
{
	int years = date_age_years(p->dob, today);

	return member_active(p, today) &&
	       (years < 6 || (p->sex == 'P' && years >= 15 && years <= 49));
}

static void
member_imm_card(struct app *app, const struct person *p,
		const struct household *h)
{
	(void)h;
	app_push(app, &screen_imm_card, xstrdup(p->id));
}

const struct member_action member_actions[] = {
	{'e', MSG_UI_HV_ACT_EDIT, NULL, member_edit, 0},
	{'s', MSG_UI_HV_ACT_STATUS, NULL, member_status, 0},
	{'m', MSG_UI_HV_ACT_MOVE, member_active, member_move,
	 MSG_UI_HV_NEED_ACTIVE},
	{'k', MSG_UI_HV_ACT_PREGNANCY, member_woman, member_pregnancy,
	 MSG_UI_HV_NEED_WOMAN},
	{'i', MSG_UI_HV_ACT_CARD, member_card, member_imm_card,
	 MSG_UI_HV_NEED_CARD},
	{'r', MSG_UI_HV_ACT_SCREENING, member_adult, member_screening,
	 MSG_UI_HV_NEED_ADULT},
	{0, 0, NULL, NULL, 0},
};
