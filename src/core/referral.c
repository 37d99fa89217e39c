/*
 * referral: status machine and overdue rule, in tables so the store,
 * the screens and the recap read the same answer.
 */
#include "core/referral.h"

#include <string.h>

#include "core/i18n.h"
#include "core/priority.h"
#include "core/utf8.h"
#include "util.h"

static const char *const referral_status_codes[] = {"dirujuk", "datang",
						    "tidak_datang", "selesai"};
static const enum msg_id referral_status_names[] = {
	MSG_REF_DIRUJUK, MSG_REF_DATANG, MSG_REF_TIDAK_DATANG, MSG_REF_SELESAI};
static const char *const referral_dest_codes[] = {"pustu", "puskesmas", "rs"};
static const enum msg_id referral_dest_names[] = {
	MSG_REF_PUSTU, MSG_REF_PUSKESMAS, MSG_REF_RS};
static const char *const referral_source_codes[] = {"kunjungan", "skrining",
						    "manual"};
static const enum msg_id referral_source_names[] = {
	MSG_REF_SRC_KUNJUNGAN, MSG_REF_SRC_SKRINING, MSG_REF_SRC_MANUAL};

/* [from][to] */
static const unsigned char
	referral_moves[REFERRAL_STATUS_COUNT][REFERRAL_STATUS_COUNT] = {
		[REFERRAL_DIRUJUK] = {0, 1, 1, 1},
		[REFERRAL_DATANG] = {0, 0, 0, 1},
		[REFERRAL_TIDAK_DATANG] = {0, 1, 0, 1},
		[REFERRAL_SELESAI] = {0, 0, 0, 0},
};

static int
referral_parse(const char *const *codes, int n, const char *code, int *out)
{
	int i;

	for (i = 0; i < n; i++) {
		if (str_eq(codes[i], code)) {
			*out = i;
			return 0;
		}
	}
	return -1;
}

const char *
referral_status_code(enum referral_status s)
{
	return (unsigned)s < REFERRAL_STATUS_COUNT ? referral_status_codes[s]
						   : NULL;
}

const char *
referral_dest_code(enum referral_dest d)
{
	return (unsigned)d < REFERRAL_DEST_COUNT ? referral_dest_codes[d]
						 : NULL;
}

const char *
referral_source_code(enum referral_source s)
{
	return (unsigned)s < REFERRAL_SRC_COUNT ? referral_source_codes[s]
						: NULL;
}

const char *
referral_status_name(enum referral_status s)
{
	return (unsigned)s < REFERRAL_STATUS_COUNT
		       ? tr(referral_status_names[s])
		       : "?";
}

const char *
referral_dest_name(enum referral_dest d)
{
	return (unsigned)d < REFERRAL_DEST_COUNT ? tr(referral_dest_names[d])
						 : "?";
}

const char *
referral_source_name(enum referral_source s)
{
	return (unsigned)s < REFERRAL_SRC_COUNT ? tr(referral_source_names[s])
						: "?";
}

int
referral_status_parse(const char *code, enum referral_status *out)
{
	int i;

	if (referral_parse(referral_status_codes, REFERRAL_STATUS_COUNT, code,
			   &i) < 0)
		return -1;
	*out = (enum referral_status)i;
	return 0;
}

int
referral_dest_parse(const char *code, enum referral_dest *out)
{
	int i;

	if (referral_parse(referral_dest_codes, REFERRAL_DEST_COUNT, code, &i) <
	    0)
		return -1;
	*out = (enum referral_dest)i;
	return 0;
}

int
referral_source_parse(const char *code, enum referral_source *out)
{
	int i;

	if (referral_parse(referral_source_codes, REFERRAL_SRC_COUNT, code,
			   &i) < 0)
		return -1;
	*out = (enum referral_source)i;
	return 0;
}

int
referral_can_move(enum referral_status from, enum referral_status to)
{
	if ((unsigned)from >= REFERRAL_STATUS_COUNT ||
	    (unsigned)to >= REFERRAL_STATUS_COUNT)
		return 0;
	return referral_moves[from][to];
}

int
referral_is_open(enum referral_status s)
{
	return s != REFERRAL_SELESAI;
}

int
referral_is_overdue(enum referral_status s, struct date followup,
		    struct date today)
{
	if (s != REFERRAL_DIRUJUK && s != REFERRAL_TIDAK_DATANG)
		return 0;
	return priority_followup_past(followup, today);
}

int
referral_check_outcome(enum referral_status from, enum referral_status to,
		       struct date referred, struct date on, struct date today,
		       const char *note, char **cause)
{
	char d1[DATE_ISO_LEN], d2[DATE_ISO_LEN];

	*cause = NULL;
	if (!referral_can_move(from, to)) {
		*cause = trf(MSG_REF_BAD_MOVE, referral_status_name(from),
			     referral_status_name(to));
		return -1;
	}
	if (date_cmp(on, referred) < 0) {
		*cause = trf(MSG_REF_BEFORE, date_format_ui(on, d1),
			     date_format_ui(referred, d2));
		return -1;
	}
	if (date_cmp(on, today) > 0) {
		*cause = trf(MSG_REF_FUTURE, date_format_ui(on, d1));
		return -1;
	}
	if (note != NULL &&
	    (utf8_length(note) > REFERRAL_NOTE_MAX || !utf8_valid_text(note))) {
		*cause = trf(MSG_REF_NOTE, REFERRAL_NOTE_MAX);
		return -1;
	}
	return 0;
}
