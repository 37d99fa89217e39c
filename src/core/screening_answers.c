/*
 * screening_answers: a table of fields per kind drives both the canonical
 * text (encode) and its parser (decode), so the two cannot drift apart.
 * Evaluation hands the answers to core/screening unchanged: this file
 * holds no threshold of its own.
 */
#include "core/screening_answers.h"

#include <assert.h>
#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "util.h"

/* How a field's value is kept in struct screening_answers and written. */
enum sa_type {
	SA_BOOL,         /* int 0/1 */
	SA_BOOL_OPT,     /* int 0/1, or SCREENING_UNSET written "-" */
	SA_SCORE,        /* int 0..max */
	SA_LONG,         /* long >= 0 */
	SA_INT,          /* int >= 0 (cough days) */
	SA_TENTHS,       /* long tenths, written "65.5" */
	SA_DOUBLE,       /* double, written with one decimal */
	SA_DOUBLE_OPT,   /* the same, or SCREENING_UNSET written "-" */
	SA_WHISPER,      /* enum screening_whisper */
	SA_GLUCOSE_KIND, /* enum screening_glucose_kind */
	SA_SEX           /* char 'L' / 'P' */
};

struct sa_field {
	const char *key;
	enum sa_type type;
	size_t off;
	int max; /* SA_SCORE */
};

#define SA_OFF(m) offsetof(struct screening_answers, u.m)

static const struct sa_field sa_skilas[] = {
	{"tanggal", SA_BOOL, SA_OFF(skilas.date_ok), 0},
	{"tempat", SA_BOOL, SA_OFF(skilas.place_ok), 0},
	{"kata", SA_SCORE, SA_OFF(skilas.words_recalled), 3},
	{"kursi_tidak_mampu", SA_BOOL, SA_OFF(skilas.chair_unable), 0},
	{"kursi_detik", SA_DOUBLE_OPT, SA_OFF(skilas.chair_seconds), 0},
	{"bb_turun", SA_BOOL, SA_OFF(skilas.weight_loss), 0},
	{"nafsu_makan", SA_BOOL, SA_OFF(skilas.appetite_loss), 0},
	{"lila", SA_DOUBLE, SA_OFF(skilas.lila_cm), 0},
	{"masalah_mata", SA_BOOL, SA_OFF(skilas.eye_problem), 0},
	{"hitung_jari", SA_BOOL_OPT, SA_OFF(skilas.finger_count_ok), 0},
	{"bisik", SA_WHISPER, SA_OFF(skilas.whisper), 0},
	{"sedih", SA_BOOL, SA_OFF(skilas.sad), 0},
	{"minat", SA_BOOL, SA_OFF(skilas.little_interest), 0},
};

/* Keys are core/screening's item codes, in item order. */
static const struct sa_field sa_aks[SCREENING_AKS_ITEMS] = {
	{"bab", SA_SCORE, SA_OFF(aks[0]), 2},
	{"bak", SA_SCORE, SA_OFF(aks[1]), 2},
	{"membersihkan_diri", SA_SCORE, SA_OFF(aks[2]), 1},
	{"toilet", SA_SCORE, SA_OFF(aks[3]), 2},
	{"makan", SA_SCORE, SA_OFF(aks[4]), 2},
	{"berpindah", SA_SCORE, SA_OFF(aks[5]), 3},
	{"mobilitas", SA_SCORE, SA_OFF(aks[6]), 3},
	{"berpakaian", SA_SCORE, SA_OFF(aks[7]), 2},
	{"naik_tangga", SA_SCORE, SA_OFF(aks[8]), 2},
	{"mandi", SA_SCORE, SA_OFF(aks[9]), 1},
};

static const struct sa_field sa_bp[] = {
	{"sistolik", SA_LONG, SA_OFF(bp.systolic), 0},
	{"diastolik", SA_LONG, SA_OFF(bp.diastolic), 0},
};

static const struct sa_field sa_glucose[] = {
	{"jenis", SA_GLUCOSE_KIND, SA_OFF(glucose.kind), 0},
	{"mg_dl", SA_LONG, SA_OFF(glucose.mg_dl), 0},
};

static const struct sa_field sa_bmi[] = {
	{"berat", SA_TENTHS, SA_OFF(bmi.weight10), 0},
	{"tinggi", SA_TENTHS, SA_OFF(bmi.height10), 0},
};

static const struct sa_field sa_waist[] = {
	{"jk", SA_SEX, SA_OFF(waist.sex), 0},
	{"lingkar", SA_TENTHS, SA_OFF(waist.waist10), 0},
};

#define SA_SRQ(n)                                                              \
	{                                                                      \
		"b" #n, SA_BOOL, SA_OFF(srq20[(n)-1]), 0                       \
	}
static const struct sa_field sa_srq20[SCREENING_SRQ20_ITEMS] = {
	SA_SRQ(1),  SA_SRQ(2),  SA_SRQ(3),  SA_SRQ(4),  SA_SRQ(5),
	SA_SRQ(6),  SA_SRQ(7),  SA_SRQ(8),  SA_SRQ(9),  SA_SRQ(10),
	SA_SRQ(11), SA_SRQ(12), SA_SRQ(13), SA_SRQ(14), SA_SRQ(15),
	SA_SRQ(16), SA_SRQ(17), SA_SRQ(18), SA_SRQ(19), SA_SRQ(20),
};

static const struct sa_field sa_tb[] = {
	{"batuk_hari", SA_INT, SA_OFF(tb.cough_days), 0},
	{"bb_turun", SA_BOOL, SA_OFF(tb.weight_loss), 0},
	{"demam", SA_BOOL, SA_OFF(tb.fever), 0},
	{"keringat_malam", SA_BOOL, SA_OFF(tb.night_sweats), 0},
};

static const struct {
	const struct sa_field *f;
	size_t n;
} sa_kinds[SCREENING_KIND_COUNT] = {
	[SCREENING_SKILAS] = {sa_skilas, ILP_ARRAY_LEN(sa_skilas)},
	[SCREENING_AKS] = {sa_aks, ILP_ARRAY_LEN(sa_aks)},
	[SCREENING_BP] = {sa_bp, ILP_ARRAY_LEN(sa_bp)},
	[SCREENING_GLUCOSE] = {sa_glucose, ILP_ARRAY_LEN(sa_glucose)},
	[SCREENING_BMI] = {sa_bmi, ILP_ARRAY_LEN(sa_bmi)},
	[SCREENING_WAIST] = {sa_waist, ILP_ARRAY_LEN(sa_waist)},
	[SCREENING_SRQ20] = {sa_srq20, ILP_ARRAY_LEN(sa_srq20)},
	[SCREENING_TB] = {sa_tb, ILP_ARRAY_LEN(sa_tb)},
};

static const char *const sa_whisper_codes[] = {
	[SCREENING_WHISPER_HEARD] = "dengar",
	[SCREENING_WHISPER_NOT_HEARD] = "tidak_dengar",
	[SCREENING_WHISPER_IMPOSSIBLE] = "tidak_bisa",
};

static void *
sa_ptr(const struct screening_answers *a, const struct sa_field *f)
{
	return (char *)a + f->off;
}

static int
sa_kind_ok(enum screening_kind kind)
{
	return (unsigned)kind < SCREENING_KIND_COUNT;
}

void
screening_answers_init(struct screening_answers *a, enum screening_kind kind)
{
	size_t i;

	assert(sa_kind_ok(kind));
	memset(a, 0, sizeof *a);
	a->kind = kind;
	if (kind == SCREENING_SKILAS) {
		screening_skilas_init(&a->u.skilas);
		return;
	}
	for (i = 0; i < sa_kinds[kind].n; i++) {
		const struct sa_field *f = &sa_kinds[kind].f[i];
		void *p = sa_ptr(a, f);

		switch (f->type) {
		case SA_BOOL:
		case SA_BOOL_OPT:
		case SA_SCORE:
		case SA_INT:
			*(int *)p = SCREENING_UNSET;
			break;
		case SA_LONG:
		case SA_TENTHS:
			*(long *)p = SCREENING_UNSET;
			break;
		case SA_DOUBLE:
		case SA_DOUBLE_OPT:
			*(double *)p = SCREENING_UNSET;
			break;
		case SA_WHISPER:
			*(enum screening_whisper *)p = SCREENING_WHISPER_UNSET;
			break;
		case SA_GLUCOSE_KIND:
			*(enum screening_glucose_kind *)p =
				SCREENING_GLUCOSE_RANDOM;
			break;
		case SA_SEX:
			*(char *)p = '\0';
			break;
		}
	}
}

/* ---- evaluation ---- */

static void
sa_take(struct screening_eval *out, const struct screening_result *r)
{
	out->result = *r;
}

int
screening_answers_eval(const struct screening_config *cfg,
		       const struct screening_answers *a,
		       struct screening_eval *out, char **err)
{
	int rc = -1;

	memset(out, 0, sizeof *out);
	out->kind = a->kind;
	switch (a->kind) {
	case SCREENING_SKILAS: {
		struct screening_skilas_result r;

		rc = screening_skilas(cfg, &a->u.skilas, &r, err);
		if (rc == 0) {
			sa_take(out, &r.result);
			out->domains = r.positive;
		}
		break;
	}
	case SCREENING_AKS: {
		struct screening_aks_result r;

		rc = screening_aks(cfg, a->u.aks, &r, err);
		if (rc == 0) {
			sa_take(out, &r.result);
			out->number = r.total;
			out->home_care = r.home_care;
		}
		break;
	}
	case SCREENING_BP:
		rc = screening_bp(cfg, a->u.bp.systolic, a->u.bp.diastolic,
				  &out->result, err);
		break;
	case SCREENING_GLUCOSE:
		rc = screening_glucose(cfg, a->u.glucose.kind,
				       a->u.glucose.mg_dl, &out->result, err);
		break;
	case SCREENING_BMI: {
		struct screening_bmi_result r;

		rc = screening_bmi(cfg, (double)a->u.bmi.weight10 / 10.0,
				   (double)a->u.bmi.height10 / 10.0, &r, err);
		if (rc == 0) {
			sa_take(out, &r.result);
			out->number = (int)r.bmi_tenths;
		}
		break;
	}
	case SCREENING_WAIST:
		rc = screening_waist(cfg, a->u.waist.sex,
				     (double)a->u.waist.waist10 / 10.0,
				     &out->result, err);
		break;
	case SCREENING_SRQ20: {
		struct screening_srq20_result r;

		rc = screening_srq20(cfg, a->u.srq20, &r, err);
		if (rc == 0) {
			sa_take(out, &r.result);
			out->number = r.yes_count;
		}
		break;
	}
	case SCREENING_TB: {
		struct screening_tb_result r;

		rc = screening_tb(cfg, &a->u.tb, &r, err);
		if (rc == 0) {
			sa_take(out, &r.result);
			out->number = r.symptoms;
		}
		break;
	}
	default:
		assert(!"screening_answers: bad kind");
	}
	return rc;
}

/* ---- the canonical text ---- */

static long
sa_double_tenths(double v)
{
	return lround(v * 10.0);
}

static void
sa_add_tenths(struct strbuf *sb, long t)
{
	strbuf_addf(sb, "%s%ld.%ld", t < 0 ? "-" : "", labs(t) / 10,
		    labs(t) % 10);
}

static void
sa_encode_field(struct strbuf *sb, const struct screening_answers *a,
		const struct sa_field *f)
{
	const void *p = sa_ptr(a, f);
	int iv;
	double dv;

	strbuf_adds(sb, f->key);
	strbuf_addc(sb, '=');
	switch (f->type) {
	case SA_BOOL:
	case SA_BOOL_OPT:
	case SA_SCORE:
	case SA_INT:
		iv = *(const int *)p;
		if (iv == SCREENING_UNSET)
			strbuf_addc(sb, '-');
		else
			strbuf_addf(sb, "%d", iv);
		break;
	case SA_LONG:
		strbuf_addf(sb, "%ld", *(const long *)p);
		break;
	case SA_TENTHS:
		sa_add_tenths(sb, *(const long *)p);
		break;
	case SA_DOUBLE:
	case SA_DOUBLE_OPT:
		dv = *(const double *)p;
		if (dv == (double)SCREENING_UNSET)
			strbuf_addc(sb, '-');
		else
			sa_add_tenths(sb, sa_double_tenths(dv));
		break;
	case SA_WHISPER: {
		int w = (int)*(const enum screening_whisper *)p;

		strbuf_adds(sb,
			    w >= 0 && w < (int)ILP_ARRAY_LEN(sa_whisper_codes)
				    ? sa_whisper_codes[w]
				    : "-");
		break;
	}
	case SA_GLUCOSE_KIND:
		strbuf_adds(sb, *(const enum screening_glucose_kind *)p ==
						SCREENING_GLUCOSE_FASTING
					? "puasa"
					: "sewaktu");
		break;
	case SA_SEX:
		strbuf_addc(sb, *(const char *)p == 'L' ? 'L' : 'P');
		break;
	}
}

char *
screening_answers_encode(const struct screening_answers *a)
{
	struct strbuf sb;
	size_t i;

	assert(sa_kind_ok(a->kind));
	strbuf_init(&sb);
	for (i = 0; i < sa_kinds[a->kind].n; i++) {
		if (i > 0)
			strbuf_addc(&sb, ';');
		sa_encode_field(&sb, a, &sa_kinds[a->kind].f[i]);
	}
	return strbuf_detach(&sb);
}

/* "123" or "123.4" (no sign, at most 7 digits before the point). */
static int
sa_parse_tenths(const char *s, long *out)
{
	long v = 0;
	int n = 0;

	while (isdigit((unsigned char)*s) && n < 7) {
		v = v * 10 + (*s++ - '0');
		n++;
	}
	if (n == 0 || *s != '.' || !isdigit((unsigned char)s[1]) ||
	    s[2] != '\0')
		return -1;
	*out = v * 10 + (s[1] - '0');
	return 0;
}

static int
sa_parse_whole(const char *s, long max, long *out)
{
	if (!isdigit((unsigned char)s[0]) || strlen(s) > 9)
		return -1;
	return parse_long(s, 0, max, out);
}

static int
sa_decode_value(const struct sa_field *f, const char *v,
		struct screening_answers *a)
{
	void *p = sa_ptr(a, f);
	long l;
	size_t i;

	switch (f->type) {
	case SA_BOOL_OPT:
		if (strcmp(v, "-") == 0) {
			*(int *)p = SCREENING_UNSET;
			return 0;
		}
		/* fall through */
	case SA_BOOL:
		if (strcmp(v, "0") != 0 && strcmp(v, "1") != 0)
			return -1;
		*(int *)p = v[0] - '0';
		return 0;
	case SA_SCORE:
		if (sa_parse_whole(v, f->max, &l) < 0)
			return -1;
		*(int *)p = (int)l;
		return 0;
	case SA_INT:
		if (sa_parse_whole(v, SCREENING_COUGH_DAYS_MAX, &l) < 0)
			return -1;
		*(int *)p = (int)l;
		return 0;
	case SA_LONG:
		return sa_parse_whole(v, 100000, (long *)p);
	case SA_TENTHS:
		return sa_parse_tenths(v, (long *)p);
	case SA_DOUBLE_OPT:
		if (strcmp(v, "-") == 0) {
			*(double *)p = SCREENING_UNSET;
			return 0;
		}
		/* fall through */
	case SA_DOUBLE:
		if (sa_parse_tenths(v, &l) < 0)
			return -1;
		*(double *)p = (double)l / 10.0;
		return 0;
	case SA_WHISPER:
		for (i = 0; i < ILP_ARRAY_LEN(sa_whisper_codes); i++) {
			if (strcmp(v, sa_whisper_codes[i]) == 0) {
				*(enum screening_whisper *)p =
					(enum screening_whisper)i;
				return 0;
			}
		}
		return -1;
	case SA_GLUCOSE_KIND:
		if (strcmp(v, "sewaktu") == 0)
			*(enum screening_glucose_kind *)p =
				SCREENING_GLUCOSE_RANDOM;
		else if (strcmp(v, "puasa") == 0)
			*(enum screening_glucose_kind *)p =
				SCREENING_GLUCOSE_FASTING;
		else
			return -1;
		return 0;
	case SA_SEX:
		if (strcmp(v, "L") != 0 && strcmp(v, "P") != 0)
			return -1;
		*(char *)p = v[0];
		return 0;
	}
	return -1;
}

int
screening_answers_decode(enum screening_kind kind, const char *text,
			 struct screening_answers *out, char **err)
{
	char *copy, *part, *next;
	size_t i;
	int rc = -1;

	if (!sa_kind_ok(kind) || text == NULL) {
		*err = trf(MSG_SCRA_DECODE, "?", "");
		return -1;
	}
	screening_answers_init(out, kind);
	copy = xstrdup(text);
	part = copy;
	for (i = 0; i < sa_kinds[kind].n; i++) {
		const struct sa_field *f = &sa_kinds[kind].f[i];
		size_t klen = strlen(f->key);

		if (part == NULL) {
			*err = trf(MSG_SCRA_DECODE, screening_kind_code(kind),
				   f->key);
			goto out;
		}
		next = strchr(part, ';');
		if (next != NULL)
			*next++ = '\0';
		if (strncmp(part, f->key, klen) != 0 || part[klen] != '=' ||
		    sa_decode_value(f, part + klen + 1, out) < 0) {
			*err = trf(MSG_SCRA_DECODE, screening_kind_code(kind),
				   f->key);
			goto out;
		}
		part = next;
	}
	if (part != NULL) {
		*err = trf(MSG_SCRA_DECODE, screening_kind_code(kind), part);
		goto out;
	}
	rc = 0;
out:
	free(copy);
	return rc;
}

/* ---- words for lists ---- */

char *
screening_answers_value(const struct screening_answers *a,
			const struct screening_eval *e, char *buf, size_t size)
{
	char v1[32];
	int d, n = 0;
	size_t len;

	switch (a->kind) {
	case SCREENING_BP:
		trn(buf, size, MSG_SCRA_V_BP, a->u.bp.systolic,
		    a->u.bp.diastolic);
		break;
	case SCREENING_GLUCOSE:
		trn(buf, size, MSG_SCRA_V_GLUCOSE,
		    tr(a->u.glucose.kind == SCREENING_GLUCOSE_FASTING
			       ? MSG_SCRA_FASTING_SHORT
			       : MSG_SCRA_RANDOM_SHORT),
		    a->u.glucose.mg_dl);
		break;
	case SCREENING_BMI:
		trn(buf, size, MSG_SCRA_V_BMI,
		    screening_format_tenths(e->number, v1, sizeof v1));
		break;
	case SCREENING_WAIST:
		trn(buf, size, MSG_SCRA_V_WAIST,
		    screening_format_tenths(a->u.waist.waist10, v1, sizeof v1));
		break;
	case SCREENING_SRQ20:
		trn(buf, size, MSG_SCRA_V_SRQ20, e->number);
		break;
	case SCREENING_TB:
		if (a->u.tb.cough_days > 0)
			trn(buf, size, MSG_SCRA_V_TB_COUGH, e->number,
			    a->u.tb.cough_days);
		else
			trn(buf, size, MSG_SCRA_V_TB, e->number);
		break;
	case SCREENING_AKS:
		trn(buf, size, MSG_SCRA_V_AKS, e->number);
		break;
	case SCREENING_SKILAS:
	default:
		/* the positive domains by name: "kognitif, pendengaran" */
		buf[0] = '\0';
		for (d = 0; d < SCREENING_SKILAS_DOMAINS; d++) {
			if (!(e->domains & 1u << d))
				continue;
			len = strlen(buf);
			snprintf(buf + len, size - len, "%s%s",
				 n++ > 0 ? ", " : "",
				 screening_skilas_domain_name(
					 (enum screening_skilas_domain)d));
		}
		if (n == 0)
			str_copy(buf, tr(MSG_SCRA_V_SKILAS_NEGATIVE), size);
		break;
	}
	return buf;
}

unsigned
screening_kinds_for_age(int years)
{
	unsigned all = (1u << SCREENING_KIND_COUNT) - 1;

	if (years >= SCREENING_LANSIA_YEARS)
		return all;
	if (years >= SCREENING_ADULT_YEARS)
		return all & ~(1u << SCREENING_SKILAS | 1u << SCREENING_AKS);
	return 0;
}

/* Cuts s to at most max bytes on a UTF-8 boundary, ending in "...". */
static void
sa_cut(struct strbuf *sb, size_t max)
{
	size_t n;

	if (sb->len <= max || max < 4)
		return;
	n = max - 3;
	while (n > 0 && ((unsigned char)sb->buf[n] & 0xc0) == 0x80)
		n--;
	sb->buf[n] = '\0';
	sb->len = n;
	strbuf_adds(sb, "...");
}

char *
screening_referral_reason(const struct screening_eval *e, size_t n, size_t max)
{
	struct strbuf sb;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < n; i++) {
		if (e[i].result.outcome != SCREENING_REFER)
			continue;
		if (sb.len > 0)
			strbuf_adds(&sb, "; ");
		strbuf_addf(&sb, "%s: %s (%s)", screening_kind_name(e[i].kind),
			    e[i].result.text, e[i].result.reason);
	}
	sa_cut(&sb, max);
	return strbuf_detach(&sb);
}

/* ---- typed numbers ---- */

static const struct sa_input {
	enum msg_id label;
	enum msg_id unit;
	int tenths;
} sa_inputs[SCREENING_INPUT_COUNT] = {
	[SCREENING_IN_SYSTOLIC] = {MSG_SCR_LBL_SYSTOLIC, MSG_SCR_UNIT_MMHG, 0},
	[SCREENING_IN_DIASTOLIC] = {MSG_SCR_LBL_DIASTOLIC, MSG_SCR_UNIT_MMHG,
				    0},
	[SCREENING_IN_GLUCOSE] = {MSG_SCR_KIND_GLUCOSE, MSG_SCR_UNIT_MGDL, 0},
	[SCREENING_IN_WEIGHT] = {MSG_SCR_LBL_WEIGHT, MSG_SCR_UNIT_KG, 1},
	[SCREENING_IN_HEIGHT] = {MSG_SCR_LBL_HEIGHT, MSG_SCR_UNIT_CM, 1},
	[SCREENING_IN_WAIST] = {MSG_SCR_KIND_WAIST, MSG_SCR_UNIT_CM, 1},
	[SCREENING_IN_LILA] = {MSG_SCR_LBL_LILA, MSG_SCR_UNIT_CM, 1},
	[SCREENING_IN_CHAIR] = {MSG_SCR_LBL_CHAIR, MSG_SCR_UNIT_SECONDS, 1},
	[SCREENING_IN_COUGH_DAYS] = {MSG_SCR_LBL_COUGH_DAYS, MSG_SCR_UNIT_DAYS,
				     0},
};

static void
sa_input_range(const struct screening_config *cfg, enum screening_input in,
	       long *lo, long *hi)
{
	switch (in) {
	case SCREENING_IN_SYSTOLIC:
		*lo = cfg->bp_systolic_min;
		*hi = cfg->bp_systolic_max;
		break;
	case SCREENING_IN_DIASTOLIC:
		*lo = cfg->bp_diastolic_min;
		*hi = cfg->bp_diastolic_max;
		break;
	case SCREENING_IN_GLUCOSE:
		*lo = cfg->glucose_min;
		*hi = cfg->glucose_max;
		break;
	case SCREENING_IN_WEIGHT:
		*lo = cfg->weight_min;
		*hi = cfg->weight_max;
		break;
	case SCREENING_IN_HEIGHT:
		*lo = cfg->height_min;
		*hi = cfg->height_max;
		break;
	case SCREENING_IN_WAIST:
		*lo = cfg->waist_min;
		*hi = cfg->waist_max;
		break;
	case SCREENING_IN_LILA:
		*lo = cfg->skilas_lila_min;
		*hi = cfg->skilas_lila_max;
		break;
	case SCREENING_IN_CHAIR:
		*lo = cfg->skilas_chair_min;
		*hi = cfg->skilas_chair_max;
		break;
	default:
		*lo = 0;
		*hi = SCREENING_COUGH_DAYS_MAX;
		break;
	}
}

static void
sa_format(long v, int tenths, char *buf, size_t size)
{
	if (tenths)
		screening_format_tenths(v, buf, size);
	else
		snprintf(buf, size, "%ld", v);
}

/*
 * Splits "-12,5" into sign, whole part and decimals. Returns the number
 * of decimals, or -1 when the text is not a plain number.
 */
static int
sa_split_number(const char *s, int *neg, long *whole, long *frac)
{
	int n = 0, d = 0;

	*neg = 0;
	*whole = 0;
	*frac = 0;
	if (*s == '-' || *s == '+')
		*neg = *s++ == '-';
	while (isdigit((unsigned char)*s)) {
		if (++n > 9)
			return -1;
		*whole = *whole * 10 + (*s++ - '0');
	}
	if (n == 0)
		return -1;
	if (*s == '.' || *s == ',') {
		s++;
		while (isdigit((unsigned char)*s)) {
			if (++d <= 1)
				*frac = *s - '0';
			s++;
		}
		if (d == 0)
			return -1;
	}
	return *s == '\0' ? d : -1;
}

int
screening_input_parse(const struct screening_config *cfg,
		      enum screening_input in, const char *text, long *out,
		      char **err)
{
	const struct sa_input *si;
	char *copy;
	long whole, frac, v, lo, hi;
	int neg, decimals;
	char sv[32], slo[32], shi[32];

	assert((unsigned)in < SCREENING_INPUT_COUNT);
	si = &sa_inputs[in];
	copy = xstrdup(text != NULL ? text : "");
	str_trim(copy);
	decimals = sa_split_number(copy, &neg, &whole, &frac);
	free(copy);
	if (decimals < 0) {
		*err = trf(MSG_SCR_ERR_NUMBER, tr(si->label));
		return -1;
	}
	if (decimals > 0 && !si->tenths) {
		*err = trf(MSG_SCRA_ERR_WHOLE, tr(si->label));
		return -1;
	}
	if (decimals > 1) {
		*err = trf(MSG_SCRA_ERR_DECIMALS, tr(si->label));
		return -1;
	}
	v = si->tenths ? whole * 10 + frac : whole;
	if (neg)
		v = -v;
	sa_input_range(cfg, in, &lo, &hi);
	if (v < lo || v > hi) {
		sa_format(v, si->tenths, sv, sizeof sv);
		sa_format(lo, si->tenths, slo, sizeof slo);
		sa_format(hi, si->tenths, shi, sizeof shi);
		*err = trf(MSG_SCR_ERR_RANGE, tr(si->label), sv, tr(si->unit),
			   slo, shi, tr(si->unit));
		return -1;
	}
	*out = v;
	return 0;
}

const char *
screening_input_name(enum screening_input in)
{
	if ((unsigned)in >= SCREENING_INPUT_COUNT)
		return "?";
	return tr(sa_inputs[in].label);
}
