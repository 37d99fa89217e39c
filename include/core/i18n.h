/*
 * i18n: the one catalogue of user-visible text, Bahasa Indonesia first and
 * English second (include/core/messages.def). Every message shown by the
 * UI, the CLI or a store error comes from here. The language is a process
 * singleton set once at start-up. Pure C; no curses or SQL.
 */
#ifndef ILP_CORE_I18N_H
#define ILP_CORE_I18N_H

#include <stdarg.h>
#include <stddef.h>

enum i18n_lang { I18N_ID = 0, I18N_EN = 1 };

enum msg_id {
#define MSG(id, text_id, text_en) MSG_##id,
#include "core/messages.def"
#undef MSG
	MSG_COUNT_
};

/* Parses "id" or "en"; returns 0 or -1. */
int i18n_parse_lang(const char *s, enum i18n_lang *out);
void i18n_set_lang(enum i18n_lang lang);
enum i18n_lang i18n_lang(void);
const char *i18n_lang_code(enum i18n_lang lang);

/* The text of a message in the current language (static storage). */
const char *tr(enum msg_id id);
const char *tr_lang(enum i18n_lang lang, enum msg_id id);
/* The message id's symbolic name, for tests ("LOGIN_TITLE"). */
const char *i18n_msg_name(enum msg_id id);

/*
 * Formats a catalogue message with printf conversions. The catalogue test
 * checks that both languages use the same conversions in the same order.
 */
char *trf(enum msg_id id, ...);
char *vtrf(enum msg_id id, va_list ap);
/* snprintf into a buffer; returns buf. */
char *trn(char *buf, size_t size, enum msg_id id, ...);

#endif
