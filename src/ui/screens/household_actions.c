/*
 * screens/household_actions: what the household view offers for the
 * household as a whole, beside its own keys ('a' add a member, 'h' edit
 * the household) and the member actions (member_actions.c): a home visit,
 * the household's visits and its family health index. To add one, write
 * its screen and add a line below; the view draws and runs it.
 */
#include <stdlib.h>

#include "core/i18n.h"
#include "store/household.h"
#include "ui/app.h"
#include "ui/screens.h"
#include "util.h"

static void
household_visit(struct app *app, const struct household *h)
{
	struct visit_start *a = xcalloc(1, sizeof *a);

	a->household_id = xstrdup(h->id);
	app_push(app, &screen_visit, a);
}

static void
household_visits(struct app *app, const struct household *h)
{
	app_push(app, &screen_visit_history, xstrdup(h->id));
}

static void
household_iks(struct app *app, const struct household *h)
{
	app_push(app, &screen_iks_view, xstrdup(h->id));
}

const struct household_action household_actions[] = {
	{'v', MSG_UI_HV_ACT_VISIT, household_visit},
	{'l', MSG_UI_HV_ACT_VISITS, household_visits},
	{'f', MSG_UI_HV_ACT_IKS, household_iks},
	{0, 0, NULL},
};
