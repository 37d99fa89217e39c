/*
 * i18n: catalogue lookup. The texts live in include/core/messages.def so
 * both languages of a message sit on one line and neither can be missing.
 */
#include "core/i18n.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

static enum i18n_lang i18n_current = I18N_ID;

static const char *const i18n_text[2][MSG_COUNT_] = {
	{
#define MSG(id, text_id, text_en) text_id,
#include "core/messages.def"
#undef MSG
	},
	{
#define MSG(id, text_id, text_en) text_en,
#include "core/messages.def"
#undef MSG
	},
};

static const char *const i18n_names[MSG_COUNT_] = {
#define MSG(id, text_id, text_en) #id,
#include "core/messages.def"
#undef MSG
};

int
i18n_parse_lang(const char *s, enum i18n_lang *out)
{
	if (str_eq(s, "id")) {
		*out = I18N_ID;
		return 0;
	}
	if (str_eq(s, "en")) {
		*out = I18N_EN;
		return 0;
	}
	return -1;
}

void
i18n_set_lang(enum i18n_lang lang)
{
	i18n_current = lang == I18N_EN ? I18N_EN : I18N_ID;
}

enum i18n_lang
i18n_lang(void)
{
	return i18n_current;
}

const char *
i18n_lang_code(enum i18n_lang lang)
{
	return lang == I18N_EN ? "en" : "id";
}

const char *
tr_lang(enum i18n_lang lang, enum msg_id id)
{
	if ((unsigned)id >= MSG_COUNT_)
		return "?";
	return i18n_text[lang == I18N_EN ? 1 : 0][id];
}

const char *
tr(enum msg_id id)
{
	return tr_lang(i18n_current, id);
}

const char *
i18n_msg_name(enum msg_id id)
{
	if ((unsigned)id >= MSG_COUNT_)
		return "?";
	return i18n_names[id];
}

/*
 * The format comes from the catalogue, not a literal; its conversions are
 * checked by tests/unit/test_i18n.c instead of the compiler.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
vtrf(enum msg_id id, va_list ap)
{
	return xvasprintf(tr(id), ap);
}

char *
trn(char *buf, size_t size, enum msg_id id, ...)
{
	va_list ap;

	va_start(ap, id);
	vsnprintf(buf, size, tr(id), ap);
	va_end(ap);
	return buf;
}
#pragma GCC diagnostic pop

char *
trf(enum msg_id id, ...)
{
	va_list ap;
	char *s;

	va_start(ap, id);
	s = vtrf(id, ap);
	va_end(ap);
	return s;
}
