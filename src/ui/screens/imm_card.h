/*
 * screens/imm_card.h: what the card screen's two files share (private to
 * src/ui/screens): the card's state and its lines. imm_card.c builds,
 * draws and handles keys; imm_card_rule.c puts the rule behind a line
 * into words.
 */
#ifndef ILP_UI_SCREENS_IMM_CARD_H
#define ILP_UI_SCREENS_IMM_CARD_H

#include "core/schedule.h"
#include "store/immunisation.h"
#include "ui/widgets.h"

struct app;

enum card_line_kind {
	LINE_TARGET,    /* result->targets[i] */
	LINE_DOSE,      /* result->doses[i]: invalid or extra */
	LINE_VOIDED,    /* card.doses[i] */
	LINE_IDL,       /* IDL completeness */
	LINE_IBL,       /* IBL completeness */
	LINE_TD_STATUS, /* the Td status */
	LINE_TD_DOSE,   /* td->doses[i] */
	LINE_NOTE       /* no schedule applies */
};

struct card_line {
	enum card_line_kind kind;
	size_t i;
};

struct card {
	char *person_id;
	int found;
	struct imm_card card;
	struct schedule_result *r;
	struct schedule_td_result *td;
	struct dose_given given[SCHEDULE_MAX_GIVEN];
	size_t map[SCHEDULE_MAX_GIVEN]; /* given[k] is card.doses[map[k]] */
	size_t ngiven;
	int child, wus;
	struct card_line *lines;
	size_t nlines, cap;
	struct list list;
};

/* The recorded dose behind a line, or NULL. */
const struct imm_dose *imm_card_screen_dose(const struct card *c,
                                            const struct card_line *l);
/* The rule behind a line in plain words (allocated). */
char *imm_card_rule_text(const struct card *c, struct app *app,
                         const struct card_line *l);
/* Opens a dialog with the rule and the dose's details. */
void imm_card_rule_details(struct card *c, struct app *app,
                           const struct card_line *l);

#endif
