/*
 * screening: the adult and elderly screening rules of ILP.md section 6 --
 * SKILAS, AKS (modified Barthel), blood pressure, glucose, BMI, waist,
 * SRQ-20 and TB symptoms -- and when each screening is due again.
 *
 * Every threshold and plausible range comes from config/skrining.ini
 * (struct screening_config); built-in defaults are identical to the
 * shipped file. Each evaluation returns a category, its code and display
 * text, an outcome (normal / tindak lanjut / rujuk) and a short reason in
 * words. Implausible input is refused with the allowed range.
 *
 * Measurements with decimals (weight, height, waist, LiLA, seconds) are
 * taken to one decimal: a value is rounded to tenths (half away from zero)
 * and compared as a whole number of tenths, so 18.5 is exactly 18.5. BMI
 * is computed exactly from those tenths and rounded to one decimal (half
 * up) before it is categorised: 24.95 is 25.0, obesitas I.
 *
 * Pure C: no curses, SQL, iniparser or clock reads; nothing is printed
 * except by screening_describe(). The loaded configuration is read-only.
 */
#ifndef ILP_CORE_SCREENING_H
#define ILP_CORE_SCREENING_H

#include <stdio.h>

#include "core/date.h"

struct inidoc;
struct strlist;

/* An answer not given yet (yes/no items, counts, scores, measurements). */
#define SCREENING_UNSET (-1)
#define SCREENING_REASON_LEN 256

enum screening_kind {
	SCREENING_SKILAS,
	SCREENING_AKS,
	SCREENING_BP,
	SCREENING_GLUCOSE,
	SCREENING_BMI,
	SCREENING_WAIST,
	SCREENING_SRQ20,
	SCREENING_TB,
	SCREENING_KIND_COUNT
};

enum screening_outcome {
	SCREENING_NORMAL,    /* nothing to do beyond education */
	SCREENING_FOLLOW_UP, /* tindak lanjut by the kader / recheck */
	SCREENING_REFER      /* rujuk to Pustu / Puskesmas */
};

enum screening_bp_category {
	SCREENING_BP_OPTIMAL,
	SCREENING_BP_NORMAL,
	SCREENING_BP_HIGH_NORMAL, /* normal tinggi */
	SCREENING_BP_HT1,         /* hipertensi derajat 1 */
	SCREENING_BP_HT2,
	SCREENING_BP_HT3,
	SCREENING_BP_COUNT
};

enum screening_glucose_kind {
	SCREENING_GLUCOSE_RANDOM, /* sewaktu */
	SCREENING_GLUCOSE_FASTING /* puasa */
};

enum screening_glucose_category {
	SCREENING_GLUCOSE_NORMAL,
	SCREENING_GLUCOSE_PREDIABETES,
	SCREENING_GLUCOSE_DIABETES,
	SCREENING_GLUCOSE_COUNT
};

enum screening_bmi_category {
	SCREENING_BMI_UNDER, /* kurus */
	SCREENING_BMI_NORMAL,
	SCREENING_BMI_OVER,   /* berat badan lebih */
	SCREENING_BMI_OBESE1, /* obesitas I */
	SCREENING_BMI_OBESE2, /* obesitas II */
	SCREENING_BMI_COUNT
};

enum screening_waist_category {
	SCREENING_WAIST_NORMAL,
	SCREENING_WAIST_CENTRAL, /* obesitas sentral */
	SCREENING_WAIST_COUNT
};

enum screening_srq20_category {
	SCREENING_SRQ20_NORMAL,
	SCREENING_SRQ20_POSITIVE,
	SCREENING_SRQ20_COUNT
};

enum screening_tb_category {
	SCREENING_TB_NONE,        /* no symptom */
	SCREENING_TB_SYMPTOM,     /* symptoms, but not terduga TBC */
	SCREENING_TB_PRESUMPTIVE, /* terduga TBC */
	SCREENING_TB_COUNT
};

enum screening_aks_category {
	SCREENING_AKS_INDEPENDENT, /* mandiri, A */
	SCREENING_AKS_LIGHT,       /* ketergantungan ringan, B */
	SCREENING_AKS_MODERATE,    /* sedang, B */
	SCREENING_AKS_SEVERE,      /* berat, C */
	SCREENING_AKS_TOTAL,       /* total, C */
	SCREENING_AKS_COUNT
};

enum screening_skilas_category {
	SCREENING_SKILAS_NEGATIVE,
	SCREENING_SKILAS_POSITIVE,
	SCREENING_SKILAS_COUNT
};

enum screening_skilas_domain {
	SCREENING_SKILAS_COGNITIVE,
	SCREENING_SKILAS_MOBILITY,
	SCREENING_SKILAS_NUTRITION,
	SCREENING_SKILAS_VISION,
	SCREENING_SKILAS_HEARING,
	SCREENING_SKILAS_DEPRESSION,
	SCREENING_SKILAS_DOMAINS
};

enum screening_whisper {
	SCREENING_WHISPER_UNSET = SCREENING_UNSET,
	SCREENING_WHISPER_HEARD = 0,
	SCREENING_WHISPER_NOT_HEARD,
	SCREENING_WHISPER_IMPOSSIBLE /* the test cannot be done: refer */
};

#define SCREENING_AKS_ITEMS 10
#define SCREENING_AKS_MAX_TOTAL 20
#define SCREENING_SRQ20_ITEMS 20
#define SCREENING_TB_SYMPTOMS 4

/*
 * The thresholds of config/skrining.ini. Whole numbers are mmHg, mg/dL,
 * counts or months; fields marked "tenths" hold tenths (18.5 is 185).
 * A "_from" value is the first value of that category.
 */
struct screening_config {
	/* [blood_pressure], mmHg; index by category, [OPTIMAL] unused */
	long bp_systolic_from[SCREENING_BP_COUNT];
	long bp_diastolic_from[SCREENING_BP_COUNT];
	long bp_refer_systolic;  /* rujuk when systolic >= this ... */
	long bp_refer_diastolic; /* ... or diastolic >= this */
	long bp_systolic_min, bp_systolic_max;
	long bp_diastolic_min, bp_diastolic_max;
	/* [glucose], mg/dL; index by category, [NORMAL] unused */
	long glucose_random_from[SCREENING_GLUCOSE_COUNT];
	long glucose_fasting_from[SCREENING_GLUCOSE_COUNT];
	long glucose_min, glucose_max;
	/* [bmi], tenths; index by category, [UNDER] unused */
	long bmi_from[SCREENING_BMI_COUNT];
	long weight_min, weight_max; /* tenths of kg */
	long height_min, height_max; /* tenths of cm */
	/* [waist], tenths of cm; central obesity when strictly above */
	long waist_male_above, waist_female_above;
	long waist_min, waist_max;
	/* [srq20] */
	long srq20_refer_from;    /* yes answers */
	long srq20_critical_item; /* 1..20; yes alone means rujuk */
	/* [tb] */
	long tb_cough_weeks; /* cough this long alone is terduga TBC */
	long tb_symptoms;    /* this many symptoms are terduga TBC */
	/* [skilas], tenths */
	long skilas_chair_seconds; /* 5 rises within this many seconds */
	long skilas_chair_min, skilas_chair_max;
	long skilas_lila_below; /* malnutrition when LiLA is below (cm) */
	long skilas_lila_min, skilas_lila_max;
	/* [aks], total score (0..20; 20 is mandiri) */
	long aks_light_from, aks_moderate_from, aks_severe_from;
	/* [rescreen], months by kind; 0 = no task (TB: every contact) */
	long rescreen_months[SCREENING_KIND_COUNT];
};

/* What every evaluation returns. */
struct screening_result {
	int category;     /* the kind's category enum */
	const char *code; /* stable ASCII code for storage ("hipertensi_1") */
	const char *text; /* display text in the current language (static) */
	enum screening_outcome outcome;
	char reason[SCREENING_REASON_LEN]; /* short, in the current language */
};

/* ---- configuration ---- */

/*
 * Reads the thresholds from doc (config/skrining.ini as plain data) over
 * the built-in defaults: a key left out keeps its default. Every value,
 * the order of thresholds and the plausible ranges are checked; each error
 * names the file, [section], key and what is allowed, and all are appended
 * to errors (unknown sections and keys are errors too: a misspelt
 * threshold must not silently fall back). Returns 0 and a new *out (free
 * with screening_config_free()), or -1 with *out set to NULL.
 */
int screening_load(const struct inidoc *doc, struct screening_config **out,
		   struct strlist *errors);
/* A new copy of the built-in defaults (the caller frees). */
struct screening_config *screening_config_new(void);
/* The built-in defaults (static; identical to config/skrining.ini). */
const struct screening_config *screening_config_defaults(void);
/* NULL is fine. */
void screening_config_free(struct screening_config *cfg);
/*
 * Writes every key as "  [section] key = value" and marks the values
 * equal to the built-in default, for `ilp config check`.
 */
void screening_describe(const struct screening_config *cfg, FILE *out);

/* ---- names and codes (static storage; NULL or "?" for a bad value) ---- */

const char *screening_kind_code(enum screening_kind kind);
const char *screening_kind_name(enum screening_kind kind);
int screening_kind_parse(const char *code, enum screening_kind *out);
int screening_category_count(enum screening_kind kind);
const char *screening_category_code(enum screening_kind kind, int category);
const char *screening_category_name(enum screening_kind kind, int category);
/* Returns 0 and sets *out, or -1 for an unknown code. */
int screening_category_parse(enum screening_kind kind, const char *code,
			     int *out);
const char *screening_outcome_code(enum screening_outcome outcome);
const char *screening_outcome_name(enum screening_outcome outcome);
/*
 * Formats tenths with one decimal and the current language's decimal
 * mark ("24,9" in Bahasa Indonesia). Returns buf.
 */
char *screening_format_tenths(long tenths, char *buf, size_t size);

/*
 * The evaluators below return 0 and fill *out, or -1 and an allocated
 * message in *err (the caller frees) when the input is incomplete or
 * implausible; *out is then undefined. cfg must not be NULL.
 */

/* ---- PTM measurements (ILP.md 6.3) ---- */

/* Category = the higher of systolic and diastolic; refused unless both
 * are in their plausible ranges and systolic > diastolic. */
int screening_bp(const struct screening_config *cfg, long systolic,
		 long diastolic, struct screening_result *out, char **err);
int screening_glucose(const struct screening_config *cfg,
		      enum screening_glucose_kind kind, long mg_dl,
		      struct screening_result *out, char **err);

struct screening_bmi_result {
	struct screening_result result;
	long bmi_tenths; /* BMI rounded to one decimal, times ten */
};
int screening_bmi(const struct screening_config *cfg, double weight_kg,
		  double height_cm, struct screening_bmi_result *out,
		  char **err);
/* sex is 'L' (laki-laki) or 'P' (perempuan). */
int screening_waist(const struct screening_config *cfg, char sex,
		    double waist_cm, struct screening_result *out, char **err);

/* ---- SRQ-20 ---- */

struct screening_srq20_result {
	struct screening_result result;
	int yes_count;
	int critical_yes; /* the critical item (17) was answered yes */
};
/* yes[i] is item i+1: 1 yes, 0 no; SCREENING_UNSET is refused. */
int screening_srq20(const struct screening_config *cfg,
		    const int yes[SCREENING_SRQ20_ITEMS],
		    struct screening_srq20_result *out, char **err);
/* Item 1..20's question in the current language; "?" out of range. */
const char *screening_srq20_question(int item);

/* ---- TB symptoms ---- */

struct screening_tb {
	int cough_days;   /* 0 = no cough */
	int weight_loss;  /* weight loss / no gain / appetite: 1 yes, 0 no */
	int fever;        /* fever without a clear cause */
	int night_sweats; /* night sweats without activity */
};
struct screening_tb_result {
	struct screening_result result;
	int symptoms; /* how many of the four (a cough of any length counts) */
};
int screening_tb(const struct screening_config *cfg,
		 const struct screening_tb *answers,
		 struct screening_tb_result *out, char **err);

/* ---- SKILAS (ILP.md 6.1) ---- */

/* Answers: yes/no items are 1 or 0; SCREENING_UNSET when not asked. */
struct screening_skilas {
	/* kognitif: after saying the three words (bunga, pintu, nasi) */
	int date_ok;        /* today's date answered right */
	int place_ok;       /* where are you now, answered right */
	int words_recalled; /* 0..3 at the end */
	/* mobilitas: rise from a chair 5 times without the arms */
	int chair_unable;     /* 1 = could not do it 5 times */
	double chair_seconds; /* time for 5 rises when chair_unable == 0 */
	/* malnutrisi */
	int weight_loss;   /* > 3 kg in 3 months, or clothes looser */
	int appetite_loss; /* or trouble eating */
	double lila_cm;
	/* penglihatan */
	int eye_problem;     /* any eye problem */
	int finger_count_ok; /* 3 right in a row; asked only with no problem */
	/* pendengaran */
	enum screening_whisper whisper;
	/* gejala depresi, last two weeks */
	int sad;             /* sad, depressed or hopeless */
	int little_interest; /* little interest or pleasure */
};

struct screening_skilas_result {
	struct screening_result result; /* positif -> rujuk */
	unsigned positive;              /* 1u << enum screening_skilas_domain */
	int positive_count;
	char domain_reason[SCREENING_SKILAS_DOMAINS][SCREENING_REASON_LEN];
};

/* Every answer SCREENING_UNSET. */
void screening_skilas_init(struct screening_skilas *answers);
/* A domain is positive as ILP.md 6.1 says; >= 1 positive domain: rujuk. */
int screening_skilas(const struct screening_config *cfg,
		     const struct screening_skilas *answers,
		     struct screening_skilas_result *out, char **err);
const char *screening_skilas_domain_code(enum screening_skilas_domain d);
const char *screening_skilas_domain_name(enum screening_skilas_domain d);

/* ---- AKS, modified Barthel (ILP.md 6.2) ---- */

struct screening_aks_result {
	struct screening_result result; /* any dependency -> rujuk */
	int total;                      /* 0..20 */
	char group;                     /* 'A', 'B' or 'C' */
	int home_care; /* sedang or worse: perawatan jangka panjang */
};

/* While the form is being filled: unanswered and bad items are skipped. */
struct screening_aks_progress {
	int answered;     /* items with a valid score */
	int total;        /* their sum */
	int max_possible; /* total + the maxima of the unanswered items */
};

/* score[i] is item i (0 = BAB .. 9 = mandi); all must be answered. */
int screening_aks(const struct screening_config *cfg,
		  const int score[SCREENING_AKS_ITEMS],
		  struct screening_aks_result *out, char **err);
void screening_aks_progress(const int score[SCREENING_AKS_ITEMS],
			    struct screening_aks_progress *out);
/* Item 0..9: highest score, -1 for a bad item. */
int screening_aks_item_max(int item);
/* Item 0..9: code ("bab"); NULL for a bad item. */
const char *screening_aks_item_code(int item);
/* Item 0..9: label in the current language; "?" for a bad item. */
const char *screening_aks_item_label(int item);
/* What score means for item, in the current language; "?" when bad. */
const char *screening_aks_level_text(int item, int score);

/* ---- SKILAS, BP, ... due again ---- */

enum screening_due_status {
	SCREENING_DUE_NEVER,        /* never screened: a task */
	SCREENING_DUE_NOT_YET,      /* before the due date */
	SCREENING_DUE_TODAY,        /* exactly the interval ago */
	SCREENING_DUE_OVERDUE,      /* older than the interval: a task */
	SCREENING_DUE_EVERY_CONTACT /* no interval (TB): never a task */
};

struct screening_due {
	enum screening_due_status status;
	struct date next; /* last + interval (calendar months); at if never */
	int task;         /* 1 when it belongs on the task list */
};

/*
 * When kind is due again after the last screening (NULL = never), seen
 * at date at. Overdue means at is after last + the interval in months.
 */
void screening_due(const struct screening_config *cfg, enum screening_kind kind,
		   const struct date *last, struct date at,
		   struct screening_due *out);
const char *screening_due_status_name(enum screening_due_status status);

#endif
