/*
 * screens/imm_card_rule: the rule behind a line of the immunisation card
 * in plain words (core/schedule explains targets and doses; IDL, IBL and
 * voided doses are worded here) and the details dialog of a dose.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "util.h"

#include "imm_card.h"

/* "BCG, DPT3" for the targets of a group that are not valid. */
static char *
card_group_rule(const struct card *c, const struct schedule *s,
		enum schedule_group g)
{
	struct strbuf all, missing;
	char *text;
	size_t i;

	strbuf_init(&all);
	strbuf_init(&missing);
	for (i = 0; i < c->r->n_targets; i++) {
		const struct schedule_target_result *t = &c->r->targets[i];
		const char *name = s->targets[t->target].name;

		if (s->targets[t->target].group != g)
			continue;
		strbuf_addf(&all, "%s%s", all.len ? ", " : "", name);
		if (t->status != SCHEDULE_VALID)
			strbuf_addf(&missing, "%s%s", missing.len ? ", " : "",
				    name);
	}
	{
		char *rest = missing.len ? trf(MSG_UI_IMM_MISSING, missing.buf)
					 : xstrdup(tr(MSG_UI_IMM_ALL_VALID));

		text = trf(g == SCHEDULE_GROUP_IDL ? MSG_UI_IMM_IDL_RULE
						   : MSG_UI_IMM_IBL_RULE,
			   all.len ? all.buf : "-", rest);
		free(rest);
	}
	strbuf_done(&all);
	strbuf_done(&missing);
	return text;
}

char *
imm_card_rule_text(const struct card *c, struct app *app,
		   const struct card_line *l)
{
	const struct schedule *s = app_settings(app)->schedule;
	char buf[SCHEDULE_TEXT_MAX];
	const struct imm_dose *d;

	switch (l->kind) {
	case LINE_TARGET:
		return xstrdup(schedule_explain_target(s, c->r, l->i, buf,
						       sizeof buf));
	case LINE_DOSE:
		return xstrdup(
			schedule_explain_dose(s, c->r, l->i, buf, sizeof buf));
	case LINE_TD_STATUS:
		return xstrdup(schedule_td_explain(s, c->td, buf, sizeof buf));
	case LINE_TD_DOSE:
		return xstrdup(schedule_td_explain_dose(s, c->td, l->i, buf,
							sizeof buf));
	case LINE_VOIDED: {
		char *when, *text;

		d = &c->card.doses[l->i];
		when = date_stamp_ui(d->voided_at);
		text = trf(MSG_UI_IMM_DETAIL_VOIDED, d->voided_by, when,
			   d->void_reason);
		free(when);
		return text;
	}
	case LINE_IDL:
		return card_group_rule(c, s, SCHEDULE_GROUP_IDL);
	case LINE_IBL:
		return card_group_rule(c, s, SCHEDULE_GROUP_IBL);
	case LINE_NOTE:
		break;
	}
	return xstrdup(tr(MSG_UI_IMM_NO_SCHEDULE));
}

void
imm_card_rule_details(struct card *c, struct app *app,
		      const struct card_line *l)
{
	const struct imm_dose *d = imm_card_screen_dose(c, l);
	char *rule = imm_card_rule_text(c, app, l);
	struct strbuf sb;
	char day[DATE_ISO_LEN];

	strbuf_init(&sb);
	strbuf_adds(&sb, rule);
	if (d != NULL) {
		char *v[6];
		int i;

		v[0] = trf(MSG_UI_IMM_DETAIL_DATE,
			   date_format_ui(d->date, day));
		v[1] = trf(MSG_UI_IMM_DETAIL_PLACE, imm_place_name(d->place));
		v[2] = trf(MSG_UI_IMM_DETAIL_BATCH,
			   d->batch[0] ? d->batch : "-");
		v[3] = trf(MSG_UI_IMM_DETAIL_GIVEN_BY,
			   d->given_by[0] ? d->given_by : "-");
		v[4] = trf(MSG_UI_IMM_DETAIL_HISTORY,
			   tr(d->history ? MSG_YES : MSG_NO));
		{
			char *when = date_stamp_ui(d->created_at);

			v[5] = trf(MSG_UI_IMM_DETAIL_CREATED, d->created_by,
				   when);
			free(when);
		}
		strbuf_addf(&sb, "\n\n%s: %s", d->antigen, c->card.person.name);
		for (i = 0; i < 6; i++) {
			strbuf_addf(&sb, "\n%s", v[i]);
			free(v[i]);
		}
	}
	dialog_text(app, tr(MSG_UI_IMM_CARD_TITLE), sb.buf);
	strbuf_done(&sb);
	free(rule);
}
