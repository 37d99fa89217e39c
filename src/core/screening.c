/*
 * screening: thresholds from config/skrining.ini and the rules of ILP.md
 * section 6. Decimal measurements are compared as whole tenths so that a
 * value typed at a boundary (18.5, 21.0, 14.0) falls where it reads.
 */
#include "core/screening.h"

#include <assert.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/inidoc.h"
#include "util.h"

/* ---- defaults: identical to config/skrining.ini ---- */

static const struct screening_config screening_defaults = {
	.bp_systolic_from = {0, 120, 130, 140, 160, 180},
	.bp_diastolic_from = {0, 80, 85, 90, 100, 110},
	.bp_refer_systolic = 140,
	.bp_refer_diastolic = 90,
	.bp_systolic_min = 60,
	.bp_systolic_max = 300,
	.bp_diastolic_min = 30,
	.bp_diastolic_max = 200,
	.glucose_random_from = {0, 140, 200},
	.glucose_fasting_from = {0, 100, 126},
	.glucose_min = 20,
	.glucose_max = 600,
	.bmi_from = {0, 185, 230, 250, 300},
	.weight_min = 20,
	.weight_max = 2500,
	.height_min = 400,
	.height_max = 2200,
	.waist_male_above = 900,
	.waist_female_above = 800,
	.waist_min = 400,
	.waist_max = 2000,
	.srq20_refer_from = 6,
	.srq20_critical_item = 17,
	.tb_cough_weeks = 2,
	.tb_symptoms = 2,
	.skilas_chair_seconds = 140,
	.skilas_chair_min = 20,
	.skilas_chair_max = 3000,
	.skilas_lila_below = 210,
	.skilas_lila_min = 100,
	.skilas_lila_max = 600,
	.aks_light_from = 12,
	.aks_moderate_from = 9,
	.aks_severe_from = 5,
	.rescreen_months = {[SCREENING_SKILAS] = 12,
			    [SCREENING_AKS] = 12,
			    [SCREENING_BP] = 12,
			    [SCREENING_GLUCOSE] = 12,
			    [SCREENING_BMI] = 12,
			    [SCREENING_WAIST] = 12,
			    [SCREENING_SRQ20] = 12,
			    [SCREENING_TB] = 0},
};

/* ---- the key table of skrining.ini ---- */

enum screening_key_type { SCREENING_KEY_INT, SCREENING_KEY_TENTHS };

struct screening_key {
	const char *section;
	const char *key;
	enum screening_key_type type;
	size_t offset; /* of a long in struct screening_config */
	long min, max; /* sane bounds, in the stored unit */
};

#define OFF(f) offsetof(struct screening_config, f)

static const struct screening_key screening_keys[] = {
	{"blood_pressure", "normal_systolic", SCREENING_KEY_INT,
	 OFF(bp_systolic_from[SCREENING_BP_NORMAL]), 1, 400},
	{"blood_pressure", "normal_diastolic", SCREENING_KEY_INT,
	 OFF(bp_diastolic_from[SCREENING_BP_NORMAL]), 1, 400},
	{"blood_pressure", "high_normal_systolic", SCREENING_KEY_INT,
	 OFF(bp_systolic_from[SCREENING_BP_HIGH_NORMAL]), 1, 400},
	{"blood_pressure", "high_normal_diastolic", SCREENING_KEY_INT,
	 OFF(bp_diastolic_from[SCREENING_BP_HIGH_NORMAL]), 1, 400},
	{"blood_pressure", "grade1_systolic", SCREENING_KEY_INT,
	 OFF(bp_systolic_from[SCREENING_BP_HT1]), 1, 400},
	{"blood_pressure", "grade1_diastolic", SCREENING_KEY_INT,
	 OFF(bp_diastolic_from[SCREENING_BP_HT1]), 1, 400},
	{"blood_pressure", "grade2_systolic", SCREENING_KEY_INT,
	 OFF(bp_systolic_from[SCREENING_BP_HT2]), 1, 400},
	{"blood_pressure", "grade2_diastolic", SCREENING_KEY_INT,
	 OFF(bp_diastolic_from[SCREENING_BP_HT2]), 1, 400},
	{"blood_pressure", "grade3_systolic", SCREENING_KEY_INT,
	 OFF(bp_systolic_from[SCREENING_BP_HT3]), 1, 400},
	{"blood_pressure", "grade3_diastolic", SCREENING_KEY_INT,
	 OFF(bp_diastolic_from[SCREENING_BP_HT3]), 1, 400},
	{"blood_pressure", "refer_systolic", SCREENING_KEY_INT,
	 OFF(bp_refer_systolic), 1, 400},
	{"blood_pressure", "refer_diastolic", SCREENING_KEY_INT,
	 OFF(bp_refer_diastolic), 1, 400},
	{"blood_pressure", "systolic_min", SCREENING_KEY_INT,
	 OFF(bp_systolic_min), 1, 400},
	{"blood_pressure", "systolic_max", SCREENING_KEY_INT,
	 OFF(bp_systolic_max), 1, 400},
	{"blood_pressure", "diastolic_min", SCREENING_KEY_INT,
	 OFF(bp_diastolic_min), 1, 400},
	{"blood_pressure", "diastolic_max", SCREENING_KEY_INT,
	 OFF(bp_diastolic_max), 1, 400},
	{"glucose", "random_prediabetes", SCREENING_KEY_INT,
	 OFF(glucose_random_from[SCREENING_GLUCOSE_PREDIABETES]), 1, 2000},
	{"glucose", "random_diabetes", SCREENING_KEY_INT,
	 OFF(glucose_random_from[SCREENING_GLUCOSE_DIABETES]), 1, 2000},
	{"glucose", "fasting_prediabetes", SCREENING_KEY_INT,
	 OFF(glucose_fasting_from[SCREENING_GLUCOSE_PREDIABETES]), 1, 2000},
	{"glucose", "fasting_diabetes", SCREENING_KEY_INT,
	 OFF(glucose_fasting_from[SCREENING_GLUCOSE_DIABETES]), 1, 2000},
	{"glucose", "min", SCREENING_KEY_INT, OFF(glucose_min), 1, 2000},
	{"glucose", "max", SCREENING_KEY_INT, OFF(glucose_max), 1, 2000},
	{"bmi", "normal", SCREENING_KEY_TENTHS,
	 OFF(bmi_from[SCREENING_BMI_NORMAL]), 50, 1000},
	{"bmi", "overweight", SCREENING_KEY_TENTHS,
	 OFF(bmi_from[SCREENING_BMI_OVER]), 50, 1000},
	{"bmi", "obese1", SCREENING_KEY_TENTHS,
	 OFF(bmi_from[SCREENING_BMI_OBESE1]), 50, 1000},
	{"bmi", "obese2", SCREENING_KEY_TENTHS,
	 OFF(bmi_from[SCREENING_BMI_OBESE2]), 50, 1000},
	{"bmi", "weight_min", SCREENING_KEY_TENTHS, OFF(weight_min), 1, 5000},
	{"bmi", "weight_max", SCREENING_KEY_TENTHS, OFF(weight_max), 1, 5000},
	{"bmi", "height_min", SCREENING_KEY_TENTHS, OFF(height_min), 10, 3000},
	{"bmi", "height_max", SCREENING_KEY_TENTHS, OFF(height_max), 10, 3000},
	{"waist", "male_above", SCREENING_KEY_TENTHS, OFF(waist_male_above), 10,
	 3000},
	{"waist", "female_above", SCREENING_KEY_TENTHS, OFF(waist_female_above),
	 10, 3000},
	{"waist", "min", SCREENING_KEY_TENTHS, OFF(waist_min), 10, 3000},
	{"waist", "max", SCREENING_KEY_TENTHS, OFF(waist_max), 10, 3000},
	{"srq20", "refer_from", SCREENING_KEY_INT, OFF(srq20_refer_from), 1,
	 SCREENING_SRQ20_ITEMS},
	{"srq20", "critical_item", SCREENING_KEY_INT, OFF(srq20_critical_item),
	 1, SCREENING_SRQ20_ITEMS},
	{"tb", "cough_weeks", SCREENING_KEY_INT, OFF(tb_cough_weeks), 1, 52},
	{"tb", "symptoms", SCREENING_KEY_INT, OFF(tb_symptoms), 1,
	 SCREENING_TB_SYMPTOMS},
	{"skilas", "chair_seconds", SCREENING_KEY_TENTHS,
	 OFF(skilas_chair_seconds), 1, 6000},
	{"skilas", "chair_min", SCREENING_KEY_TENTHS, OFF(skilas_chair_min), 1,
	 6000},
	{"skilas", "chair_max", SCREENING_KEY_TENTHS, OFF(skilas_chair_max), 1,
	 6000},
	{"skilas", "lila_below", SCREENING_KEY_TENTHS, OFF(skilas_lila_below),
	 10, 1000},
	{"skilas", "lila_min", SCREENING_KEY_TENTHS, OFF(skilas_lila_min), 10,
	 1000},
	{"skilas", "lila_max", SCREENING_KEY_TENTHS, OFF(skilas_lila_max), 10,
	 1000},
	{"aks", "light_from", SCREENING_KEY_INT, OFF(aks_light_from), 1,
	 SCREENING_AKS_MAX_TOTAL - 1},
	{"aks", "moderate_from", SCREENING_KEY_INT, OFF(aks_moderate_from), 1,
	 SCREENING_AKS_MAX_TOTAL - 1},
	{"aks", "severe_from", SCREENING_KEY_INT, OFF(aks_severe_from), 1,
	 SCREENING_AKS_MAX_TOTAL - 1},
	{"rescreen", "skilas", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_SKILAS]), 1, 120},
	{"rescreen", "aks", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_AKS]), 1, 120},
	{"rescreen", "blood_pressure", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_BP]), 1, 120},
	{"rescreen", "glucose", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_GLUCOSE]), 1, 120},
	{"rescreen", "bmi", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_BMI]), 1, 120},
	{"rescreen", "waist", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_WAIST]), 1, 120},
	{"rescreen", "srq20", SCREENING_KEY_INT,
	 OFF(rescreen_months[SCREENING_SRQ20]), 1, 120},
};

#define SCREENING_NKEYS ILP_ARRAY_LEN(screening_keys)

/* lo < hi (strict) or lo <= hi; an error is reported on hi. */
struct screening_order {
	size_t lo, hi;
	int strict;
};

static const struct screening_order screening_orders[] = {
	{OFF(bp_systolic_min), OFF(bp_systolic_from[SCREENING_BP_NORMAL]), 1},
	{OFF(bp_systolic_from[SCREENING_BP_NORMAL]),
	 OFF(bp_systolic_from[SCREENING_BP_HIGH_NORMAL]), 1},
	{OFF(bp_systolic_from[SCREENING_BP_HIGH_NORMAL]),
	 OFF(bp_systolic_from[SCREENING_BP_HT1]), 1},
	{OFF(bp_systolic_from[SCREENING_BP_HT1]),
	 OFF(bp_systolic_from[SCREENING_BP_HT2]), 1},
	{OFF(bp_systolic_from[SCREENING_BP_HT2]),
	 OFF(bp_systolic_from[SCREENING_BP_HT3]), 1},
	{OFF(bp_systolic_from[SCREENING_BP_HT3]), OFF(bp_systolic_max), 0},
	{OFF(bp_diastolic_min), OFF(bp_diastolic_from[SCREENING_BP_NORMAL]), 1},
	{OFF(bp_diastolic_from[SCREENING_BP_NORMAL]),
	 OFF(bp_diastolic_from[SCREENING_BP_HIGH_NORMAL]), 1},
	{OFF(bp_diastolic_from[SCREENING_BP_HIGH_NORMAL]),
	 OFF(bp_diastolic_from[SCREENING_BP_HT1]), 1},
	{OFF(bp_diastolic_from[SCREENING_BP_HT1]),
	 OFF(bp_diastolic_from[SCREENING_BP_HT2]), 1},
	{OFF(bp_diastolic_from[SCREENING_BP_HT2]),
	 OFF(bp_diastolic_from[SCREENING_BP_HT3]), 1},
	{OFF(bp_diastolic_from[SCREENING_BP_HT3]), OFF(bp_diastolic_max), 0},
	{OFF(bp_systolic_min), OFF(bp_refer_systolic), 1},
	{OFF(bp_refer_systolic), OFF(bp_systolic_max), 0},
	{OFF(bp_diastolic_min), OFF(bp_refer_diastolic), 1},
	{OFF(bp_refer_diastolic), OFF(bp_diastolic_max), 0},
	{OFF(glucose_min),
	 OFF(glucose_random_from[SCREENING_GLUCOSE_PREDIABETES]), 1},
	{OFF(glucose_random_from[SCREENING_GLUCOSE_PREDIABETES]),
	 OFF(glucose_random_from[SCREENING_GLUCOSE_DIABETES]), 1},
	{OFF(glucose_random_from[SCREENING_GLUCOSE_DIABETES]), OFF(glucose_max),
	 0},
	{OFF(glucose_min),
	 OFF(glucose_fasting_from[SCREENING_GLUCOSE_PREDIABETES]), 1},
	{OFF(glucose_fasting_from[SCREENING_GLUCOSE_PREDIABETES]),
	 OFF(glucose_fasting_from[SCREENING_GLUCOSE_DIABETES]), 1},
	{OFF(glucose_fasting_from[SCREENING_GLUCOSE_DIABETES]),
	 OFF(glucose_max), 0},
	{OFF(bmi_from[SCREENING_BMI_NORMAL]), OFF(bmi_from[SCREENING_BMI_OVER]),
	 1},
	{OFF(bmi_from[SCREENING_BMI_OVER]), OFF(bmi_from[SCREENING_BMI_OBESE1]),
	 1},
	{OFF(bmi_from[SCREENING_BMI_OBESE1]),
	 OFF(bmi_from[SCREENING_BMI_OBESE2]), 1},
	{OFF(weight_min), OFF(weight_max), 1},
	{OFF(height_min), OFF(height_max), 1},
	{OFF(waist_min), OFF(waist_male_above), 1},
	{OFF(waist_male_above), OFF(waist_max), 1},
	{OFF(waist_min), OFF(waist_female_above), 1},
	{OFF(waist_female_above), OFF(waist_max), 1},
	{OFF(skilas_chair_min), OFF(skilas_chair_seconds), 1},
	{OFF(skilas_chair_seconds), OFF(skilas_chair_max), 1},
	{OFF(skilas_lila_min), OFF(skilas_lila_below), 1},
	{OFF(skilas_lila_below), OFF(skilas_lila_max), 0},
	{OFF(aks_severe_from), OFF(aks_moderate_from), 1},
	{OFF(aks_moderate_from), OFF(aks_light_from), 1},
};

#undef OFF

static long *
screening_field(struct screening_config *cfg, size_t offset)
{
	return (long *)(void *)((char *)cfg + offset);
}

static long
screening_get(const struct screening_config *cfg, size_t offset)
{
	long v;

	memcpy(&v, (const char *)cfg + offset, sizeof v);
	return v;
}

static size_t
screening_key_by_offset(size_t offset)
{
	size_t i;

	for (i = 0; i < SCREENING_NKEYS; i++)
		if (screening_keys[i].offset == offset)
			return i;
	assert(!"screening: an order names a field with no key");
	return 0;
}

/* The value as it is written in the file: "18.5", "120". */
static char *
screening_key_text(const struct screening_key *k, long v, char *buf,
		   size_t size)
{
	if (k->type == SCREENING_KEY_TENTHS)
		snprintf(buf, size, "%s%ld.%ld", v < 0 ? "-" : "", labs(v) / 10,
			 labs(v) % 10);
	else
		snprintf(buf, size, "%ld", v);
	return buf;
}

/*
 * A decimal with at most one decimal, as tenths. Returns 0, or -1 when
 * the text is not such a number.
 */
static int
screening_parse_tenths(const char *s, long *out)
{
	double v, t;

	if (parse_double(s, -1e9, 1e9, &v) < 0)
		return -1;
	t = v * 10.0;
	if (fabs(t - (double)lround(t)) > 1e-6)
		return -1;
	*out = lround(t);
	return 0;
}

static void
screening_bad_value(struct strlist *errors, const char *path,
		    const char *section, const char *key, const char *value,
		    char *allowed)
{
	strlist_take(errors, trf(MSG_CFG_BAD_VALUE, path, section, key, value,
				 allowed));
	free(allowed);
}

static int
screening_apply(struct screening_config *cfg, const struct screening_key *k,
		const char *path, const char *value, struct strlist *errors)
{
	long v;
	int rc;

	if (k->type == SCREENING_KEY_INT)
		rc = parse_long(value, k->min, k->max, &v);
	else if (screening_parse_tenths(value, &v) < 0 || v < k->min ||
		 v > k->max)
		rc = -1;
	else
		rc = 0;
	if (rc < 0) {
		char lo[32], hi[32];

		if (k->type == SCREENING_KEY_INT)
			screening_bad_value(
				errors, path, k->section, k->key, value,
				trf(MSG_CFG_ALLOWED_RANGE, k->min, k->max));
		else
			screening_bad_value(
				errors, path, k->section, k->key, value,
				trf(MSG_SCR_CFG_ALLOWED_DECIMAL,
				    screening_key_text(k, k->min, lo,
						       sizeof lo),
				    screening_key_text(k, k->max, hi,
						       sizeof hi)));
		return -1;
	}
	*screening_field(cfg, k->offset) = v;
	return 0;
}

/* "a, b, c": the sections, or the keys of one section. */
static char *
screening_list(const char *section)
{
	struct strbuf sb;
	const char *last = NULL;
	size_t i;

	strbuf_init(&sb);
	for (i = 0; i < SCREENING_NKEYS; i++) {
		const char *name;

		if (section == NULL) {
			if (last != NULL &&
			    strcmp(last, screening_keys[i].section) == 0)
				continue;
			name = last = screening_keys[i].section;
		} else {
			if (strcmp(section, screening_keys[i].section) != 0)
				continue;
			name = screening_keys[i].key;
		}
		if (sb.len > 0)
			strbuf_adds(&sb, ", ");
		strbuf_adds(&sb, name);
	}
	return strbuf_detach(&sb);
}

static const struct screening_key *
screening_find(const char *section, const char *key)
{
	size_t i;

	for (i = 0; i < SCREENING_NKEYS; i++)
		if (strcmp(screening_keys[i].section, section) == 0 &&
		    (key == NULL || strcmp(screening_keys[i].key, key) == 0))
			return &screening_keys[i];
	return NULL;
}

static void
screening_check_orders(const struct screening_config *cfg, const char *path,
		       const unsigned char *bad, struct strlist *errors,
		       int *rc)
{
	size_t i;

	for (i = 0; i < ILP_ARRAY_LEN(screening_orders); i++) {
		const struct screening_order *o = &screening_orders[i];
		size_t ilo = screening_key_by_offset(o->lo);
		size_t ihi = screening_key_by_offset(o->hi);
		const struct screening_key *klo = &screening_keys[ilo];
		const struct screening_key *khi = &screening_keys[ihi];
		long lo = screening_get(cfg, o->lo),
		     hi = screening_get(cfg, o->hi);
		char vlo[32], vhi[32];

		/* a value already refused would only repeat its error */
		if (bad[ilo] || bad[ihi])
			continue;
		if (o->strict ? lo < hi : lo <= hi)
			continue;
		screening_key_text(klo, lo, vlo, sizeof vlo);
		screening_key_text(khi, hi, vhi, sizeof vhi);
		screening_bad_value(errors, path, khi->section, khi->key, vhi,
				    trf(o->strict ? MSG_SCR_CFG_GREATER
						  : MSG_SCR_CFG_NOT_LESS,
					klo->key, vlo));
		*rc = -1;
	}
}

int
screening_load(const struct inidoc *doc, struct screening_config **out,
	       struct strlist *errors)
{
	struct screening_config *cfg = screening_config_new();
	unsigned char bad[SCREENING_NKEYS] = {0};
	const char *path = doc->path;
	size_t i, j;
	int rc = 0;

	*out = NULL;
	for (i = 0; i < doc->n; i++) {
		const struct inidoc_section *sec = &doc->sections[i];
		char *list;

		if (sec->name[0] == '\0' ||
		    screening_find(sec->name, NULL) == NULL) {
			list = screening_list(NULL);
			if (sec->name[0] == '\0')
				for (j = 0; j < sec->n; j++)
					strlist_take(errors,
						     trf(MSG_SCR_CFG_NO_SECTION,
							 path,
							 sec->entries[j].key,
							 list));
			else
				strlist_take(errors,
					     trf(MSG_SCR_CFG_UNKNOWN_SECTION,
						 path, sec->name, list));
			free(list);
			rc = -1;
			continue;
		}
		for (j = 0; j < sec->n; j++) {
			const struct inidoc_entry *e = &sec->entries[j];
			const struct screening_key *k =
				screening_find(sec->name, e->key);

			if (k == NULL) {
				list = screening_list(sec->name);
				strlist_take(errors,
					     trf(MSG_SCR_CFG_UNKNOWN_KEY, path,
						 sec->name, e->key, list));
				free(list);
				rc = -1;
				continue;
			}
			if (screening_apply(cfg, k, path, e->value, errors) <
			    0) {
				bad[k - screening_keys] = 1;
				rc = -1;
			}
		}
	}
	screening_check_orders(cfg, path, bad, errors, &rc);
	if (rc < 0) {
		screening_config_free(cfg);
		return -1;
	}
	*out = cfg;
	return 0;
}

struct screening_config *
screening_config_new(void)
{
	struct screening_config *cfg = xmalloc(sizeof *cfg);

	*cfg = screening_defaults;
	return cfg;
}

const struct screening_config *
screening_config_defaults(void)
{
	return &screening_defaults;
}

void
screening_config_free(struct screening_config *cfg)
{
	free(cfg);
}

void
screening_describe(const struct screening_config *cfg, FILE *out)
{
	size_t i;

	for (i = 0; i < SCREENING_NKEYS; i++) {
		const struct screening_key *k = &screening_keys[i];
		long v = screening_get(cfg, k->offset);
		char buf[32];

		fprintf(out, "  [%s] %s = %s%s\n", k->section, k->key,
			screening_key_text(k, v, buf, sizeof buf),
			v == screening_get(&screening_defaults, k->offset)
				? tr(MSG_CFG_IS_DEFAULT)
				: "");
	}
}

/* ---- names and codes ---- */

struct screening_name {
	const char *code;
	enum msg_id text;
};

static const struct screening_name screening_bp_names[] = {
	{"optimal", MSG_SCR_BP_OPTIMAL},
	{"normal", MSG_SCR_BP_NORMAL},
	{"normal_tinggi", MSG_SCR_BP_HIGH_NORMAL},
	{"hipertensi_1", MSG_SCR_BP_HT1},
	{"hipertensi_2", MSG_SCR_BP_HT2},
	{"hipertensi_3", MSG_SCR_BP_HT3},
};
static const struct screening_name screening_glucose_names[] = {
	{"normal", MSG_SCR_GLU_NORMAL},
	{"prediabetes", MSG_SCR_GLU_PREDIABETES},
	{"diabetes", MSG_SCR_GLU_DIABETES},
};
static const struct screening_name screening_bmi_names[] = {
	{"kurus", MSG_SCR_BMI_UNDER},       {"normal", MSG_SCR_BMI_NORMAL},
	{"bb_lebih", MSG_SCR_BMI_OVER},     {"obesitas_1", MSG_SCR_BMI_OBESE1},
	{"obesitas_2", MSG_SCR_BMI_OBESE2},
};
static const struct screening_name screening_waist_names[] = {
	{"normal", MSG_SCR_WAIST_NORMAL},
	{"obesitas_sentral", MSG_SCR_WAIST_CENTRAL},
};
static const struct screening_name screening_srq20_names[] = {
	{"normal", MSG_SCR_SRQ_NORMAL},
	{"positif", MSG_SCR_SRQ_POSITIVE},
};
static const struct screening_name screening_tb_names[] = {
	{"tidak_ada_gejala", MSG_SCR_TB_NONE},
	{"ada_gejala", MSG_SCR_TB_SYMPTOM},
	{"terduga_tbc", MSG_SCR_TB_PRESUMPTIVE},
};
static const struct screening_name screening_aks_names[] = {
	{"mandiri", MSG_SCR_AKS_INDEPENDENT}, {"ringan", MSG_SCR_AKS_LIGHT},
	{"sedang", MSG_SCR_AKS_MODERATE},     {"berat", MSG_SCR_AKS_SEVERE},
	{"total", MSG_SCR_AKS_TOTAL},
};
static const struct screening_name screening_skilas_names[] = {
	{"negatif", MSG_SCR_SKILAS_NEGATIVE},
	{"positif", MSG_SCR_SKILAS_POSITIVE},
};

static const struct screening_kind_info {
	struct screening_name name;
	const struct screening_name *cats;
	int ncats;
} screening_kinds[SCREENING_KIND_COUNT] = {
	[SCREENING_SKILAS] = {{"skilas", MSG_SCR_KIND_SKILAS},
			      screening_skilas_names,
			      SCREENING_SKILAS_COUNT},
	[SCREENING_AKS] = {{"aks", MSG_SCR_KIND_AKS},
			   screening_aks_names,
			   SCREENING_AKS_COUNT},
	[SCREENING_BP] = {{"tekanan_darah", MSG_SCR_KIND_BP},
			  screening_bp_names,
			  SCREENING_BP_COUNT},
	[SCREENING_GLUCOSE] = {{"gula_darah", MSG_SCR_KIND_GLUCOSE},
			       screening_glucose_names,
			       SCREENING_GLUCOSE_COUNT},
	[SCREENING_BMI] = {{"imt", MSG_SCR_KIND_BMI},
			   screening_bmi_names,
			   SCREENING_BMI_COUNT},
	[SCREENING_WAIST] = {{"lingkar_perut", MSG_SCR_KIND_WAIST},
			     screening_waist_names,
			     SCREENING_WAIST_COUNT},
	[SCREENING_SRQ20] = {{"srq20", MSG_SCR_KIND_SRQ20},
			     screening_srq20_names,
			     SCREENING_SRQ20_COUNT},
	[SCREENING_TB] = {{"tbc", MSG_SCR_KIND_TB},
			  screening_tb_names,
			  SCREENING_TB_COUNT},
};

static const struct screening_name screening_outcome_names[] = {
	[SCREENING_NORMAL] = {"normal", MSG_SCR_OUTCOME_NORMAL},
	[SCREENING_FOLLOW_UP] = {"tindak_lanjut", MSG_SCR_OUTCOME_FOLLOW_UP},
	[SCREENING_REFER] = {"rujuk", MSG_SCR_OUTCOME_REFER},
};

static const struct screening_name
	screening_domain_names[SCREENING_SKILAS_DOMAINS] = {
		[SCREENING_SKILAS_COGNITIVE] = {"kognitif",
						MSG_SCR_DOMAIN_COGNITIVE},
		[SCREENING_SKILAS_MOBILITY] = {"mobilitas",
					       MSG_SCR_DOMAIN_MOBILITY},
		[SCREENING_SKILAS_NUTRITION] = {"malnutrisi",
						MSG_SCR_DOMAIN_NUTRITION},
		[SCREENING_SKILAS_VISION] = {"penglihatan",
					     MSG_SCR_DOMAIN_VISION},
		[SCREENING_SKILAS_HEARING] = {"pendengaran",
					      MSG_SCR_DOMAIN_HEARING},
		[SCREENING_SKILAS_DEPRESSION] = {"depresi",
						 MSG_SCR_DOMAIN_DEPRESSION},
};

static int
screening_kind_ok(enum screening_kind kind)
{
	return (unsigned)kind < SCREENING_KIND_COUNT;
}

const char *
screening_kind_code(enum screening_kind kind)
{
	return screening_kind_ok(kind) ? screening_kinds[kind].name.code : NULL;
}

const char *
screening_kind_name(enum screening_kind kind)
{
	return screening_kind_ok(kind) ? tr(screening_kinds[kind].name.text)
				       : "?";
}

int
screening_kind_parse(const char *code, enum screening_kind *out)
{
	int i;

	for (i = 0; i < SCREENING_KIND_COUNT; i++) {
		if (str_eq(code, screening_kinds[i].name.code)) {
			*out = (enum screening_kind)i;
			return 0;
		}
	}
	return -1;
}

int
screening_category_count(enum screening_kind kind)
{
	return screening_kind_ok(kind) ? screening_kinds[kind].ncats : 0;
}

static const struct screening_name *
screening_category(enum screening_kind kind, int category)
{
	if (!screening_kind_ok(kind) || category < 0 ||
	    category >= screening_kinds[kind].ncats)
		return NULL;
	return &screening_kinds[kind].cats[category];
}

const char *
screening_category_code(enum screening_kind kind, int category)
{
	const struct screening_name *n = screening_category(kind, category);

	return n != NULL ? n->code : NULL;
}

const char *
screening_category_name(enum screening_kind kind, int category)
{
	const struct screening_name *n = screening_category(kind, category);

	return n != NULL ? tr(n->text) : "?";
}

int
screening_category_parse(enum screening_kind kind, const char *code, int *out)
{
	int i;

	for (i = 0; i < screening_category_count(kind); i++) {
		if (str_eq(code, screening_kinds[kind].cats[i].code)) {
			*out = i;
			return 0;
		}
	}
	return -1;
}

const char *
screening_outcome_code(enum screening_outcome outcome)
{
	if ((unsigned)outcome >= ILP_ARRAY_LEN(screening_outcome_names))
		return NULL;
	return screening_outcome_names[outcome].code;
}

const char *
screening_outcome_name(enum screening_outcome outcome)
{
	if ((unsigned)outcome >= ILP_ARRAY_LEN(screening_outcome_names))
		return "?";
	return tr(screening_outcome_names[outcome].text);
}

const char *
screening_skilas_domain_code(enum screening_skilas_domain d)
{
	if ((unsigned)d >= SCREENING_SKILAS_DOMAINS)
		return NULL;
	return screening_domain_names[d].code;
}

const char *
screening_skilas_domain_name(enum screening_skilas_domain d)
{
	if ((unsigned)d >= SCREENING_SKILAS_DOMAINS)
		return "?";
	return tr(screening_domain_names[d].text);
}

char *
screening_format_tenths(long tenths, char *buf, size_t size)
{
	snprintf(buf, size, "%s%ld%s%ld", tenths < 0 ? "-" : "",
		 labs(tenths) / 10, tr(MSG_SCR_DECIMAL_MARK),
		 labs(tenths) % 10);
	return buf;
}

static void
screening_set(struct screening_result *r, enum screening_kind kind,
	      int category, enum screening_outcome outcome)
{
	const struct screening_name *n = screening_category(kind, category);

	assert(n != NULL);
	r->category = category;
	r->code = n->code;
	r->text = tr(n->text);
	r->outcome = outcome;
	r->reason[0] = '\0';
}

/* ---- input checks ---- */

/* A measurement in tenths, rounded half away from zero. */
static int
screening_tenths(double v, long *out)
{
	if (!isfinite(v) || v > 1e9 || v < -1e9)
		return -1;
	*out = lround(v * 10.0);
	return 0;
}

static char *
screening_err_range(enum msg_id label, const char *value, enum msg_id unit,
		    const char *lo, const char *hi)
{
	return trf(MSG_SCR_ERR_RANGE, tr(label), value, tr(unit), lo, hi,
		   tr(unit));
}

static int
screening_check_long(long v, long lo, long hi, enum msg_id label,
		     enum msg_id unit, char **err)
{
	char sv[32], slo[32], shi[32];

	if (v >= lo && v <= hi)
		return 0;
	snprintf(sv, sizeof sv, "%ld", v);
	snprintf(slo, sizeof slo, "%ld", lo);
	snprintf(shi, sizeof shi, "%ld", hi);
	*err = screening_err_range(label, sv, unit, slo, shi);
	return -1;
}

/* Converts v to tenths and checks it against [lo, hi] (tenths). */
static int
screening_check_tenths(double v, long lo, long hi, enum msg_id label,
		       enum msg_id unit, long *out, char **err)
{
	char sv[32], slo[32], shi[32];

	if (screening_tenths(v, out) < 0) {
		*err = trf(MSG_SCR_ERR_NUMBER, tr(label));
		return -1;
	}
	if (*out >= lo && *out <= hi)
		return 0;
	screening_format_tenths(*out, sv, sizeof sv);
	screening_format_tenths(lo, slo, sizeof slo);
	screening_format_tenths(hi, shi, sizeof shi);
	*err = screening_err_range(label, sv, unit, slo, shi);
	return -1;
}

/* A yes/no answer: 1 or 0. label is the question as shown. */
static int
screening_check_yes_no(int v, const char *label, char **err)
{
	if (v == 0 || v == 1)
		return 0;
	if (v == SCREENING_UNSET)
		*err = trf(MSG_SCR_ERR_UNANSWERED, label);
	else
		*err = trf(MSG_SCR_ERR_YES_NO, label);
	return -1;
}

static int
screening_check_score(int v, int max, const char *label, char **err)
{
	if (v >= 0 && v <= max)
		return 0;
	if (v == SCREENING_UNSET)
		*err = trf(MSG_SCR_ERR_UNANSWERED, label);
	else
		*err = trf(MSG_SCR_ERR_SCORE, label, v, max);
	return -1;
}

/* ---- blood pressure ---- */

/* The highest category whose threshold v reaches; OPTIMAL when none. */
static int
screening_bp_level(const long *from, long v)
{
	int c;

	for (c = SCREENING_BP_COUNT - 1; c > SCREENING_BP_OPTIMAL; c--)
		if (v >= from[c])
			return c;
	return SCREENING_BP_OPTIMAL;
}

int
screening_bp(const struct screening_config *cfg, long systolic, long diastolic,
	     struct screening_result *out, char **err)
{
	int cs, cd, c;
	enum screening_outcome o;

	if (screening_check_long(systolic, cfg->bp_systolic_min,
				 cfg->bp_systolic_max, MSG_SCR_LBL_SYSTOLIC,
				 MSG_SCR_UNIT_MMHG, err) < 0 ||
	    screening_check_long(diastolic, cfg->bp_diastolic_min,
				 cfg->bp_diastolic_max, MSG_SCR_LBL_DIASTOLIC,
				 MSG_SCR_UNIT_MMHG, err) < 0)
		return -1;
	if (systolic <= diastolic) {
		*err = trf(MSG_SCR_ERR_BP_ORDER, systolic, diastolic);
		return -1;
	}
	cs = screening_bp_level(cfg->bp_systolic_from, systolic);
	cd = screening_bp_level(cfg->bp_diastolic_from, diastolic);
	c = cs > cd ? cs : cd;
	if (systolic >= cfg->bp_refer_systolic ||
	    diastolic >= cfg->bp_refer_diastolic)
		o = SCREENING_REFER;
	else if (c >= SCREENING_BP_HIGH_NORMAL)
		o = SCREENING_FOLLOW_UP;
	else
		o = SCREENING_NORMAL;
	screening_set(out, SCREENING_BP, c, o);
	if (c == SCREENING_BP_OPTIMAL)
		trn(out->reason, sizeof out->reason, MSG_SCR_R_BP_OPTIMAL,
		    systolic, cfg->bp_systolic_from[SCREENING_BP_NORMAL],
		    diastolic, cfg->bp_diastolic_from[SCREENING_BP_NORMAL]);
	else if (cs == cd)
		trn(out->reason, sizeof out->reason, MSG_SCR_R_BP_BOTH,
		    systolic, cfg->bp_systolic_from[c], diastolic,
		    cfg->bp_diastolic_from[c]);
	else if (cs > cd)
		trn(out->reason, sizeof out->reason, MSG_SCR_R_BP_SYS, systolic,
		    cfg->bp_systolic_from[c]);
	else
		trn(out->reason, sizeof out->reason, MSG_SCR_R_BP_DIA,
		    diastolic, cfg->bp_diastolic_from[c]);
	return 0;
}

/* ---- glucose ---- */

int
screening_glucose(const struct screening_config *cfg,
		  enum screening_glucose_kind kind, long mg_dl,
		  struct screening_result *out, char **err)
{
	const long *from = kind == SCREENING_GLUCOSE_FASTING
				   ? cfg->glucose_fasting_from
				   : cfg->glucose_random_from;
	const char *what =
		tr(kind == SCREENING_GLUCOSE_FASTING ? MSG_SCR_GLUCOSE_FASTING
						     : MSG_SCR_GLUCOSE_RANDOM);
	static const enum screening_outcome outcome[] = {
		SCREENING_NORMAL, SCREENING_FOLLOW_UP, SCREENING_REFER};
	int c;

	if (screening_check_long(mg_dl, cfg->glucose_min, cfg->glucose_max,
				 MSG_SCR_KIND_GLUCOSE, MSG_SCR_UNIT_MGDL,
				 err) < 0)
		return -1;
	for (c = SCREENING_GLUCOSE_COUNT - 1; c > SCREENING_GLUCOSE_NORMAL; c--)
		if (mg_dl >= from[c])
			break;
	screening_set(out, SCREENING_GLUCOSE, c, outcome[c]);
	if (c == SCREENING_GLUCOSE_NORMAL)
		trn(out->reason, sizeof out->reason, MSG_SCR_R_GLU_BELOW, what,
		    mg_dl, from[SCREENING_GLUCOSE_PREDIABETES]);
	else
		trn(out->reason, sizeof out->reason, MSG_SCR_R_GLU_FROM, what,
		    mg_dl, from[c]);
	return 0;
}

/* ---- BMI and waist ---- */

/*
 * BMI x 10 from weight and height in tenths, rounded half up, in whole
 * numbers: BMI x 10 = w10 * 10^6 / h10^2.
 */
static long
screening_bmi_tenths(long w10, long h10)
{
	long long num = (long long)w10 * 1000000LL;
	long long den = (long long)h10 * h10;

	return (long)((2 * num + den) / (2 * den));
}

/* "18,5 sampai 22,9", "< 18,5", ">= 30,0" for BMI category c. */
static void
screening_bmi_range(const struct screening_config *cfg, int c, char *buf,
		    size_t size)
{
	char lo[32], hi[32];

	if (c == SCREENING_BMI_UNDER) {
		screening_format_tenths(cfg->bmi_from[SCREENING_BMI_NORMAL], hi,
					sizeof hi);
		trn(buf, size, MSG_SCR_RANGE_BELOW, hi);
	} else if (c == SCREENING_BMI_COUNT - 1) {
		screening_format_tenths(cfg->bmi_from[c], lo, sizeof lo);
		trn(buf, size, MSG_SCR_RANGE_FROM, lo);
	} else {
		screening_format_tenths(cfg->bmi_from[c], lo, sizeof lo);
		screening_format_tenths(cfg->bmi_from[c + 1] - 1, hi,
					sizeof hi);
		trn(buf, size, MSG_SCR_RANGE_BETWEEN, lo, hi);
	}
}

int
screening_bmi(const struct screening_config *cfg, double weight_kg,
	      double height_cm, struct screening_bmi_result *out, char **err)
{
	long w10, h10, b;
	int c;
	char sb[32], sw[32], sh[32], range[64];

	if (screening_check_tenths(weight_kg, cfg->weight_min, cfg->weight_max,
				   MSG_SCR_LBL_WEIGHT, MSG_SCR_UNIT_KG, &w10,
				   err) < 0 ||
	    screening_check_tenths(height_cm, cfg->height_min, cfg->height_max,
				   MSG_SCR_LBL_HEIGHT, MSG_SCR_UNIT_CM, &h10,
				   err) < 0)
		return -1;
	b = screening_bmi_tenths(w10, h10);
	for (c = SCREENING_BMI_COUNT - 1; c > SCREENING_BMI_UNDER; c--)
		if (b >= cfg->bmi_from[c])
			break;
	screening_set(&out->result, SCREENING_BMI, c,
		      c == SCREENING_BMI_NORMAL ? SCREENING_NORMAL
						: SCREENING_FOLLOW_UP);
	out->bmi_tenths = b;
	screening_bmi_range(cfg, c, range, sizeof range);
	trn(out->result.reason, sizeof out->result.reason, MSG_SCR_R_BMI,
	    screening_format_tenths(b, sb, sizeof sb),
	    screening_format_tenths(w10, sw, sizeof sw),
	    screening_format_tenths(h10, sh, sizeof sh), range);
	return 0;
}

int
screening_waist(const struct screening_config *cfg, char sex, double waist_cm,
		struct screening_result *out, char **err)
{
	long w10, limit;
	char sw[32], sl[32];
	const char *who;
	int central;

	if (sex != 'L' && sex != 'P') {
		*err = xstrdup(tr(MSG_SCR_ERR_SEX));
		return -1;
	}
	if (screening_check_tenths(waist_cm, cfg->waist_min, cfg->waist_max,
				   MSG_SCR_KIND_WAIST, MSG_SCR_UNIT_CM, &w10,
				   err) < 0)
		return -1;
	limit = sex == 'L' ? cfg->waist_male_above : cfg->waist_female_above;
	who = tr(sex == 'L' ? MSG_SCR_SEX_MALE : MSG_SCR_SEX_FEMALE);
	central = w10 > limit;
	screening_set(out, SCREENING_WAIST,
		      central ? SCREENING_WAIST_CENTRAL
			      : SCREENING_WAIST_NORMAL,
		      central ? SCREENING_FOLLOW_UP : SCREENING_NORMAL);
	trn(out->reason, sizeof out->reason,
	    central ? MSG_SCR_R_WAIST_ABOVE : MSG_SCR_R_WAIST_OK,
	    screening_format_tenths(w10, sw, sizeof sw),
	    screening_format_tenths(limit, sl, sizeof sl), who);
	return 0;
}

/* ---- SRQ-20 ---- */

static const enum msg_id screening_srq20_questions[SCREENING_SRQ20_ITEMS] = {
	MSG_SCR_SRQ_1,  MSG_SCR_SRQ_2,  MSG_SCR_SRQ_3,  MSG_SCR_SRQ_4,
	MSG_SCR_SRQ_5,  MSG_SCR_SRQ_6,  MSG_SCR_SRQ_7,  MSG_SCR_SRQ_8,
	MSG_SCR_SRQ_9,  MSG_SCR_SRQ_10, MSG_SCR_SRQ_11, MSG_SCR_SRQ_12,
	MSG_SCR_SRQ_13, MSG_SCR_SRQ_14, MSG_SCR_SRQ_15, MSG_SCR_SRQ_16,
	MSG_SCR_SRQ_17, MSG_SCR_SRQ_18, MSG_SCR_SRQ_19, MSG_SCR_SRQ_20,
};

const char *
screening_srq20_question(int item)
{
	if (item < 1 || item > SCREENING_SRQ20_ITEMS)
		return "?";
	return tr(screening_srq20_questions[item - 1]);
}

int
screening_srq20(const struct screening_config *cfg,
		const int yes[SCREENING_SRQ20_ITEMS],
		struct screening_srq20_result *out, char **err)
{
	int i, n = 0, critical, positive;
	char label[64];

	for (i = 0; i < SCREENING_SRQ20_ITEMS; i++) {
		trn(label, sizeof label, MSG_SCR_ERR_SRQ_ITEM, i + 1);
		if (screening_check_yes_no(yes[i], label, err) < 0)
			return -1;
		n += yes[i];
	}
	critical = yes[cfg->srq20_critical_item - 1];
	positive = n >= cfg->srq20_refer_from || critical;
	screening_set(&out->result, SCREENING_SRQ20,
		      positive ? SCREENING_SRQ20_POSITIVE
			       : SCREENING_SRQ20_NORMAL,
		      positive ? SCREENING_REFER : SCREENING_NORMAL);
	out->yes_count = n;
	out->critical_yes = critical;
	if (critical)
		trn(out->result.reason, sizeof out->result.reason,
		    MSG_SCR_R_SRQ_CRITICAL, (int)cfg->srq20_critical_item, n);
	else
		trn(out->result.reason, sizeof out->result.reason,
		    positive ? MSG_SCR_R_SRQ_HIGH : MSG_SCR_R_SRQ_LOW, n,
		    (int)cfg->srq20_refer_from);
	return 0;
}

/* ---- TB symptoms ---- */

#define SCREENING_COUGH_DAYS_MAX 3650

int
screening_tb(const struct screening_config *cfg, const struct screening_tb *a,
	     struct screening_tb_result *out, char **err)
{
	const int has[SCREENING_TB_SYMPTOMS] = {
		a->cough_days > 0, a->weight_loss == 1, a->fever == 1,
		a->night_sweats == 1};
	static const enum msg_id names[SCREENING_TB_SYMPTOMS] = {
		MSG_SCR_TB_COUGH, MSG_SCR_TB_WEIGHT, MSG_SCR_TB_FEVER,
		MSG_SCR_TB_SWEATS};
	struct strbuf list;
	int i, n = 0, c;
	long cough_limit = cfg->tb_cough_weeks * 7;

	if (a->cough_days == SCREENING_UNSET) {
		*err = trf(MSG_SCR_ERR_UNANSWERED, tr(MSG_SCR_TB_Q_COUGH));
		return -1;
	}
	if (screening_check_long(a->cough_days, 0, SCREENING_COUGH_DAYS_MAX,
				 MSG_SCR_LBL_COUGH_DAYS, MSG_SCR_UNIT_DAYS,
				 err) < 0 ||
	    screening_check_yes_no(a->weight_loss, tr(MSG_SCR_TB_Q_WEIGHT),
				   err) < 0 ||
	    screening_check_yes_no(a->fever, tr(MSG_SCR_TB_Q_FEVER), err) < 0 ||
	    screening_check_yes_no(a->night_sweats, tr(MSG_SCR_TB_Q_SWEATS),
				   err) < 0)
		return -1;
	strbuf_init(&list);
	for (i = 0; i < SCREENING_TB_SYMPTOMS; i++) {
		if (!has[i])
			continue;
		if (n++ > 0)
			strbuf_adds(&list, ", ");
		strbuf_adds(&list, tr(names[i]));
	}
	if (a->cough_days >= cough_limit || n >= cfg->tb_symptoms)
		c = SCREENING_TB_PRESUMPTIVE;
	else if (n > 0)
		c = SCREENING_TB_SYMPTOM;
	else
		c = SCREENING_TB_NONE;
	screening_set(&out->result, SCREENING_TB, c,
		      c == SCREENING_TB_PRESUMPTIVE ? SCREENING_REFER
		      : c == SCREENING_TB_SYMPTOM   ? SCREENING_FOLLOW_UP
						    : SCREENING_NORMAL);
	out->symptoms = n;
	if (a->cough_days >= cough_limit)
		trn(out->result.reason, sizeof out->result.reason,
		    MSG_SCR_R_TB_COUGH, a->cough_days, cfg->tb_cough_weeks);
	else if (n == 0)
		str_copy(out->result.reason, tr(MSG_SCR_R_TB_NONE),
			 sizeof out->result.reason);
	else
		trn(out->result.reason, sizeof out->result.reason,
		    c == SCREENING_TB_PRESUMPTIVE ? MSG_SCR_R_TB_MANY
						  : MSG_SCR_R_TB_FEW,
		    n, cfg->tb_symptoms, list.buf);
	strbuf_done(&list);
	return 0;
}

/* ---- SKILAS ---- */

void
screening_skilas_init(struct screening_skilas *a)
{
	a->date_ok = SCREENING_UNSET;
	a->place_ok = SCREENING_UNSET;
	a->words_recalled = SCREENING_UNSET;
	a->chair_unable = SCREENING_UNSET;
	a->chair_seconds = SCREENING_UNSET;
	a->weight_loss = SCREENING_UNSET;
	a->appetite_loss = SCREENING_UNSET;
	a->lila_cm = SCREENING_UNSET;
	a->eye_problem = SCREENING_UNSET;
	a->finger_count_ok = SCREENING_UNSET;
	a->whisper = SCREENING_WHISPER_UNSET;
	a->sad = SCREENING_UNSET;
	a->little_interest = SCREENING_UNSET;
}

/* A measurement that is required: SCREENING_UNSET is "not answered". */
static int
screening_check_measure(double v, long lo, long hi, enum msg_id question,
			enum msg_id label, enum msg_id unit, long *out,
			char **err)
{
	if (v == (double)SCREENING_UNSET) {
		*err = trf(MSG_SCR_ERR_UNANSWERED, tr(question));
		return -1;
	}
	return screening_check_tenths(v, lo, hi, label, unit, out, err);
}

/* Checks every answer; chair and LiLA are returned in tenths. */
static int
screening_skilas_check(const struct screening_config *cfg,
		       const struct screening_skilas *a, long *chair10,
		       long *lila10, char **err)
{
	if (screening_check_yes_no(a->date_ok, tr(MSG_SCR_SKILAS_Q_DATE), err) <
		    0 ||
	    screening_check_yes_no(a->place_ok, tr(MSG_SCR_SKILAS_Q_PLACE),
				   err) < 0 ||
	    screening_check_score(a->words_recalled, 3, tr(MSG_SCR_LBL_WORDS),
				  err) < 0 ||
	    screening_check_yes_no(a->chair_unable, tr(MSG_SCR_SKILAS_Q_CHAIR),
				   err) < 0)
		return -1;
	*chair10 = 0;
	if (!a->chair_unable &&
	    screening_check_measure(a->chair_seconds, cfg->skilas_chair_min,
				    cfg->skilas_chair_max,
				    MSG_SCR_SKILAS_Q_CHAIR, MSG_SCR_LBL_CHAIR,
				    MSG_SCR_UNIT_SECONDS, chair10, err) < 0)
		return -1;
	if (screening_check_yes_no(a->weight_loss, tr(MSG_SCR_SKILAS_Q_WEIGHT),
				   err) < 0 ||
	    screening_check_yes_no(a->appetite_loss,
				   tr(MSG_SCR_SKILAS_Q_APPETITE), err) < 0 ||
	    screening_check_measure(a->lila_cm, cfg->skilas_lila_min,
				    cfg->skilas_lila_max, MSG_SCR_SKILAS_Q_LILA,
				    MSG_SCR_LBL_LILA, MSG_SCR_UNIT_CM, lila10,
				    err) < 0 ||
	    screening_check_yes_no(a->eye_problem, tr(MSG_SCR_SKILAS_Q_EYE),
				   err) < 0)
		return -1;
	if (!a->eye_problem &&
	    screening_check_yes_no(a->finger_count_ok,
				   tr(MSG_SCR_SKILAS_Q_FINGER), err) < 0)
		return -1;
	if (a->whisper != SCREENING_WHISPER_HEARD &&
	    a->whisper != SCREENING_WHISPER_NOT_HEARD &&
	    a->whisper != SCREENING_WHISPER_IMPOSSIBLE) {
		*err = trf(a->whisper == SCREENING_WHISPER_UNSET
				   ? MSG_SCR_ERR_UNANSWERED
				   : MSG_SCR_ERR_YES_NO,
			   tr(MSG_SCR_SKILAS_Q_WHISPER));
		return -1;
	}
	if (screening_check_yes_no(a->sad, tr(MSG_SCR_SKILAS_Q_SAD), err) < 0 ||
	    screening_check_yes_no(a->little_interest,
				   tr(MSG_SCR_SKILAS_Q_INTEREST), err) < 0)
		return -1;
	return 0;
}

/* Appends "; " and a reason to a domain's text. */
static void
screening_add_reason(struct strbuf *sb, const char *text)
{
	if (sb->len > 0)
		strbuf_adds(sb, "; ");
	strbuf_adds(sb, text);
}

/* Fills the reason of domain d; returns 1 when the domain is positive. */
static int
screening_skilas_domain_eval(const struct screening_config *cfg,
			     const struct screening_skilas *a, long chair10,
			     long lila10, enum screening_skilas_domain d,
			     char *reason, size_t size)
{
	struct strbuf sb;
	char buf[SCREENING_REASON_LEN], v[32], lim[32];
	int positive = 0;

	strbuf_init(&sb);
	switch (d) {
	case SCREENING_SKILAS_COGNITIVE:
		if (!a->date_ok)
			screening_add_reason(&sb, tr(MSG_SCR_R_DATE_WRONG));
		if (!a->place_ok)
			screening_add_reason(&sb, tr(MSG_SCR_R_PLACE_WRONG));
		positive = sb.len > 0 || a->words_recalled < 3;
		screening_add_reason(&sb, trn(buf, sizeof buf, MSG_SCR_R_WORDS,
					      a->words_recalled));
		break;
	case SCREENING_SKILAS_MOBILITY:
		screening_format_tenths(cfg->skilas_chair_seconds, lim,
					sizeof lim);
		positive =
			a->chair_unable || chair10 > cfg->skilas_chair_seconds;
		if (a->chair_unable)
			screening_add_reason(&sb, tr(MSG_SCR_R_CHAIR_UNABLE));
		else
			screening_add_reason(
				&sb, trn(buf, sizeof buf,
					 positive ? MSG_SCR_R_CHAIR_SLOW
						  : MSG_SCR_R_CHAIR_OK,
					 screening_format_tenths(chair10, v,
								 sizeof v),
					 lim));
		break;
	case SCREENING_SKILAS_NUTRITION:
		if (a->weight_loss)
			screening_add_reason(&sb, tr(MSG_SCR_R_WEIGHT_LOSS));
		if (a->appetite_loss)
			screening_add_reason(&sb, tr(MSG_SCR_R_APPETITE));
		positive = sb.len > 0 || lila10 < cfg->skilas_lila_below;
		screening_format_tenths(lila10, v, sizeof v);
		screening_format_tenths(cfg->skilas_lila_below, lim,
					sizeof lim);
		screening_add_reason(&sb, trn(buf, sizeof buf,
					      lila10 < cfg->skilas_lila_below
						      ? MSG_SCR_R_LILA_LOW
						      : MSG_SCR_R_LILA_OK,
					      v, lim));
		break;
	case SCREENING_SKILAS_VISION:
		positive = a->eye_problem || !a->finger_count_ok;
		screening_add_reason(&sb,
				     tr(a->eye_problem ? MSG_SCR_R_EYE_PROBLEM
					: a->finger_count_ok
						? MSG_SCR_R_FINGER_OK
						: MSG_SCR_R_FINGER_FAILED));
		break;
	case SCREENING_SKILAS_HEARING:
		positive = a->whisper != SCREENING_WHISPER_HEARD;
		screening_add_reason(
			&sb, tr(a->whisper == SCREENING_WHISPER_HEARD
					? MSG_SCR_R_WHISPER_HEARD
				: a->whisper == SCREENING_WHISPER_NOT_HEARD
					? MSG_SCR_R_WHISPER_NOT_HEARD
					: MSG_SCR_R_WHISPER_IMPOSSIBLE));
		break;
	case SCREENING_SKILAS_DEPRESSION:
		if (a->sad)
			screening_add_reason(&sb, tr(MSG_SCR_R_SAD));
		if (a->little_interest)
			screening_add_reason(&sb, tr(MSG_SCR_R_INTEREST));
		positive = sb.len > 0;
		if (!positive)
			screening_add_reason(&sb, tr(MSG_SCR_R_NONE_FOUND));
		break;
	default:
		assert(!"screening: bad SKILAS domain");
	}
	str_copy(reason, sb.buf, size);
	strbuf_done(&sb);
	return positive;
}

int
screening_skilas(const struct screening_config *cfg,
		 const struct screening_skilas *a,
		 struct screening_skilas_result *out, char **err)
{
	struct strbuf names;
	long chair10, lila10;
	int d, positive;

	if (screening_skilas_check(cfg, a, &chair10, &lila10, err) < 0)
		return -1;
	out->positive = 0;
	out->positive_count = 0;
	strbuf_init(&names);
	for (d = 0; d < SCREENING_SKILAS_DOMAINS; d++) {
		if (!screening_skilas_domain_eval(
			    cfg, a, chair10, lila10,
			    (enum screening_skilas_domain)d,
			    out->domain_reason[d],
			    sizeof out->domain_reason[d]))
			continue;
		out->positive |= 1u << d;
		if (out->positive_count++ > 0)
			strbuf_adds(&names, ", ");
		strbuf_adds(&names, tr(screening_domain_names[d].text));
	}
	positive = out->positive_count > 0;
	screening_set(&out->result, SCREENING_SKILAS,
		      positive ? SCREENING_SKILAS_POSITIVE
			       : SCREENING_SKILAS_NEGATIVE,
		      positive ? SCREENING_REFER : SCREENING_NORMAL);
	if (positive)
		trn(out->result.reason, sizeof out->result.reason,
		    MSG_SCR_R_SKILAS_POSITIVE, out->positive_count, names.buf);
	else
		str_copy(out->result.reason, tr(MSG_SCR_R_SKILAS_NONE),
			 sizeof out->result.reason);
	strbuf_done(&names);
	return 0;
}

/* ---- AKS ---- */

static const struct screening_aks_item {
	const char *code;
	enum msg_id label;
	int max;
	enum msg_id level[4];
} screening_aks_items[SCREENING_AKS_ITEMS] = {
	{"bab",
	 MSG_SCR_AKS_BAB,
	 2,
	 {MSG_SCR_AKS_BAB_0, MSG_SCR_AKS_BAB_1, MSG_SCR_AKS_BAB_2}},
	{"bak",
	 MSG_SCR_AKS_BAK,
	 2,
	 {MSG_SCR_AKS_BAK_0, MSG_SCR_AKS_BAK_1, MSG_SCR_AKS_BAK_2}},
	{"membersihkan_diri",
	 MSG_SCR_AKS_GROOM,
	 1,
	 {MSG_SCR_AKS_GROOM_0, MSG_SCR_AKS_GROOM_1}},
	{"toilet",
	 MSG_SCR_AKS_TOILET,
	 2,
	 {MSG_SCR_AKS_TOILET_0, MSG_SCR_AKS_TOILET_1, MSG_SCR_AKS_TOILET_2}},
	{"makan",
	 MSG_SCR_AKS_FEED,
	 2,
	 {MSG_SCR_AKS_FEED_0, MSG_SCR_AKS_FEED_1, MSG_SCR_AKS_FEED_2}},
	{"berpindah",
	 MSG_SCR_AKS_TRANSFER,
	 3,
	 {MSG_SCR_AKS_TRANSFER_0, MSG_SCR_AKS_TRANSFER_1,
	  MSG_SCR_AKS_TRANSFER_2, MSG_SCR_AKS_TRANSFER_3}},
	{"mobilitas",
	 MSG_SCR_AKS_WALK,
	 3,
	 {MSG_SCR_AKS_WALK_0, MSG_SCR_AKS_WALK_1, MSG_SCR_AKS_WALK_2,
	  MSG_SCR_AKS_WALK_3}},
	{"berpakaian",
	 MSG_SCR_AKS_DRESS,
	 2,
	 {MSG_SCR_AKS_DRESS_0, MSG_SCR_AKS_DRESS_1, MSG_SCR_AKS_DRESS_2}},
	{"naik_tangga",
	 MSG_SCR_AKS_STAIRS,
	 2,
	 {MSG_SCR_AKS_STAIRS_0, MSG_SCR_AKS_STAIRS_1, MSG_SCR_AKS_STAIRS_2}},
	{"mandi",
	 MSG_SCR_AKS_BATH,
	 1,
	 {MSG_SCR_AKS_BATH_0, MSG_SCR_AKS_BATH_1}},
};

int
screening_aks_item_max(int item)
{
	if (item < 0 || item >= SCREENING_AKS_ITEMS)
		return -1;
	return screening_aks_items[item].max;
}

const char *
screening_aks_item_code(int item)
{
	if (item < 0 || item >= SCREENING_AKS_ITEMS)
		return NULL;
	return screening_aks_items[item].code;
}

const char *
screening_aks_item_label(int item)
{
	if (item < 0 || item >= SCREENING_AKS_ITEMS)
		return "?";
	return tr(screening_aks_items[item].label);
}

const char *
screening_aks_level_text(int item, int score)
{
	if (item < 0 || item >= SCREENING_AKS_ITEMS || score < 0 ||
	    score > screening_aks_items[item].max)
		return "?";
	return tr(screening_aks_items[item].level[score]);
}

void
screening_aks_progress(const int score[SCREENING_AKS_ITEMS],
		       struct screening_aks_progress *out)
{
	int i;

	out->answered = 0;
	out->total = 0;
	out->max_possible = 0;
	for (i = 0; i < SCREENING_AKS_ITEMS; i++) {
		if (score[i] >= 0 && score[i] <= screening_aks_items[i].max) {
			out->answered++;
			out->total += score[i];
			out->max_possible += score[i];
		} else {
			out->max_possible += screening_aks_items[i].max;
		}
	}
}

int
screening_aks(const struct screening_config *cfg,
	      const int score[SCREENING_AKS_ITEMS],
	      struct screening_aks_result *out, char **err)
{
	static const char group[SCREENING_AKS_COUNT] = {'A', 'B', 'B', 'C',
							'C'};
	int i, total = 0, c;

	for (i = 0; i < SCREENING_AKS_ITEMS; i++) {
		if (screening_check_score(score[i], screening_aks_items[i].max,
					  tr(screening_aks_items[i].label),
					  err) < 0)
			return -1;
		total += score[i];
	}
	if (total >= SCREENING_AKS_MAX_TOTAL)
		c = SCREENING_AKS_INDEPENDENT;
	else if (total >= cfg->aks_light_from)
		c = SCREENING_AKS_LIGHT;
	else if (total >= cfg->aks_moderate_from)
		c = SCREENING_AKS_MODERATE;
	else if (total >= cfg->aks_severe_from)
		c = SCREENING_AKS_SEVERE;
	else
		c = SCREENING_AKS_TOTAL;
	screening_set(&out->result, SCREENING_AKS, c,
		      c == SCREENING_AKS_INDEPENDENT ? SCREENING_NORMAL
						     : SCREENING_REFER);
	out->total = total;
	out->group = group[c];
	out->home_care = c >= SCREENING_AKS_MODERATE;
	trn(out->result.reason, sizeof out->result.reason, MSG_SCR_R_AKS,
	    total);
	return 0;
}

/* ---- due again ---- */

static const enum msg_id screening_due_names[] = {
	[SCREENING_DUE_NEVER] = MSG_SCR_DUE_NEVER,
	[SCREENING_DUE_NOT_YET] = MSG_SCR_DUE_NOT_YET,
	[SCREENING_DUE_TODAY] = MSG_SCR_DUE_TODAY,
	[SCREENING_DUE_OVERDUE] = MSG_SCR_DUE_OVERDUE,
	[SCREENING_DUE_EVERY_CONTACT] = MSG_SCR_DUE_EVERY_CONTACT,
};

const char *
screening_due_status_name(enum screening_due_status status)
{
	if ((unsigned)status >= ILP_ARRAY_LEN(screening_due_names))
		return "?";
	return tr(screening_due_names[status]);
}

void
screening_due(const struct screening_config *cfg, enum screening_kind kind,
	      const struct date *last, struct date at,
	      struct screening_due *out)
{
	long months;
	int cmp;

	assert(screening_kind_ok(kind));
	months = cfg->rescreen_months[kind];
	out->next = at;
	out->task = 0;
	if (months <= 0) {
		out->status = SCREENING_DUE_EVERY_CONTACT;
		return;
	}
	if (last == NULL) {
		out->status = SCREENING_DUE_NEVER;
		out->task = 1;
		return;
	}
	out->next = date_add_months(*last, (int)months);
	cmp = date_cmp(at, out->next);
	if (cmp < 0) {
		out->status = SCREENING_DUE_NOT_YET;
	} else if (cmp == 0) {
		out->status = SCREENING_DUE_TODAY;
	} else {
		out->status = SCREENING_DUE_OVERDUE;
		out->task = 1;
	}
}
