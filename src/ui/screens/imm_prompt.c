/*
 * screens/imm_prompt: a form of one text field for a quick question (the
 * day of a due list, a file name). The caller's submit callback decides:
 * accepted closes the prompt, refused keeps the text and shows why.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/dialog.h"
#include "ui/draw.h"
#include "ui/screens.h"
#include "ui/widgets.h"
#include "util.h"

struct prompt {
	struct form form;
	struct field_spec spec;
	struct imm_prompt *p;
};

static void
prompt_enter(struct screen *s, struct app *app, void *arg)
{
	struct prompt *pr = xcalloc(1, sizeof *pr);

	(void)app;
	pr->p = arg;
	pr->spec.name = "text";
	pr->spec.label = pr->p->label;
	pr->spec.kind = FIELD_TEXT;
	pr->spec.maxlen = pr->p->maxlen;
	pr->spec.width = pr->p->maxlen < 50 ? pr->p->maxlen + 1 : 50;
	pr->spec.required = 1;
	pr->spec.help = pr->p->help;
	form_init(&pr->form, &pr->spec, 1);
	if (pr->p->text != NULL)
		form_set(&pr->form, 0, pr->p->text);
	s->state = pr;
}

static void
prompt_leave(struct screen *s, struct app *app)
{
	struct prompt *pr = s->state;

	(void)app;
	form_done(&pr->form);
	free(pr->p->text);
	free(pr->p);
	free(pr);
}

static void
prompt_draw(struct screen *s, struct app *app)
{
	struct prompt *pr = s->state;
	int y = app_body_top(app) + 1;

	draw_text(y, 4, COLS - 8, tr(pr->p->heading),
		  app_attr(app, APP_ATTR_HEADING), 0);
	form_draw(app, &pr->form, y + 2, 4, COLS - 8, y + 4);
}

static const char *
prompt_title(struct screen *s)
{
	struct prompt *pr = s->state;

	return tr(pr->p->title);
}

static enum screen_result
prompt_key(struct screen *s, struct app *app, const struct ui_key *k)
{
	struct prompt *pr = s->state;
	char *cause = NULL, *text;

	switch (form_key(&pr->form, app, k)) {
	case FORM_KEY_SUBMIT:
		if (form_validate(&pr->form, app) < 0)
			return SCREEN_HANDLED;
		text = xstrdup(form_get(&pr->form, 0));
		if (pr->p->submit(app, pr->p->ctx, str_trim(text), &cause) < 0)
			form_fail(&pr->form, app, 0, cause);
		else
			app_pop(app);
		free(text);
		return SCREEN_HANDLED;
	case FORM_KEY_USED:
		return SCREEN_HANDLED;
	default:
		if (!k->fn && k->ch == 27) {
			app_pop(app); /* nothing of value is lost */
			return SCREEN_HANDLED;
		}
		return SCREEN_IGNORED;
	}
}

static void
prompt_cursor(struct screen *s, struct app *app, int *y, int *x)
{
	struct prompt *pr = s->state;

	(void)app;
	form_cursor(&pr->form, y, x);
}

static const struct keyhint prompt_keys[] = {
	{"Enter", MSG_UI_KEY_SAVE},
	{"Esc", MSG_UI_KEY_CANCEL},
	{NULL, 0},
};

const struct screen_ops screen_imm_prompt = {
	.name = "imm-prompt",
	.enter = prompt_enter,
	.leave = prompt_leave,
	.draw = prompt_draw,
	.key = prompt_key,
	.cursor = prompt_cursor,
	.title = MSG_UI_IMM_TITLE,
	.title_fn = prompt_title,
	.help = MSG_UI_IMM_PROMPT_HELP,
	.keys = prompt_keys,
};
