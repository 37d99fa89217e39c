/*
 * store/recap: the indicator table of the monthly recap (ILP.md §8),
 * the run that fills it for a month and a posyandu (or the whole area),
 * and its printed (80 columns) and CSV forms. Each indicator is one line
 * of recap_indicators[]: the number behind it is an offset into struct
 * recap_src, which the owners of the records fill (store_visit_recap,
 * store_screening_recap) with recap_count.c adding what they lacked.
 */
#include "store/recap.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/utf8.h"
#include "recap_int.h"
#include "register.h"
#include "store/posyandu.h"

#define SRC(f) offsetof(struct recap_src, f)
#define COUNT(id, sec, name, def, f)                                           \
	{                                                                      \
		id, sec, name, def, RECAP_KIND_COUNT, 0, SRC(f), 0             \
	}
#define SUB(id, sec, name, def, f)                                             \
	{                                                                      \
		id, sec, name, def, RECAP_KIND_COUNT, 1, SRC(f), 0             \
	}
#define PERCENT(id, sec, name, def, n, d)                                      \
	{                                                                      \
		id, sec, name, def, RECAP_KIND_PERCENT, 0, SRC(n), SRC(d)      \
	}

/* Life stages by bit number (enum lifestage). */
#define STAGES(pfx, sec, def, arr)                                             \
	SUB(pfx ".neonatus", sec, MSG_LS_NEONATUS, def, arr[0]),               \
		SUB(pfx ".bayi", sec, MSG_LS_BAYI, def, arr[1]),               \
		SUB(pfx ".baduta", sec, MSG_LS_BADUTA, def, arr[2]),           \
		SUB(pfx ".balita", sec, MSG_LS_BALITA, def, arr[3]),           \
		SUB(pfx ".prasekolah", sec, MSG_LS_PRASEKOLAH, def, arr[4]),   \
		SUB(pfx ".sekolah", sec, MSG_LS_SEKOLAH, def, arr[5]),         \
		SUB(pfx ".remaja", sec, MSG_LS_REMAJA, def, arr[6]),           \
		SUB(pfx ".dewasa", sec, MSG_LS_DEWASA, def, arr[7]),           \
		SUB(pfx ".lansia", sec, MSG_LS_LANSIA, def, arr[8]),           \
		SUB(pfx ".hamil", sec, MSG_LS_HAMIL, def, arr[9]),             \
		SUB(pfx ".nifas", sec, MSG_LS_NIFAS, def, arr[10])

#define DOSE(code, ag)                                                         \
	SUB("imunisasi.dosis." code, RECAP_IMUNISASI, MSG_RECAP_N_DOSE_##ag,   \
	    MSG_RECAP_D_DOSE, imm.doses[RECAP_AG_##ag])

#define K_SKILAS 0 /* SCREENING_SKILAS */
#define K_AKS 1    /* SCREENING_AKS */
#define K_BP 2     /* SCREENING_BP */

/* clang-format off */
const struct recap_indicator recap_indicators[] = {
	COUNT("sasaran.keluarga", RECAP_SASARAN, MSG_RECAP_N_HOUSEHOLDS,
	      MSG_RECAP_D_HOUSEHOLDS, reg.households),
	COUNT("sasaran.penduduk", RECAP_SASARAN, MSG_RECAP_N_PERSONS,
	      MSG_RECAP_D_PERSONS, reg.persons),
	STAGES("sasaran", RECAP_SASARAN, MSG_RECAP_D_STAGE, reg.stage),

	COUNT("kunjungan.jumlah", RECAP_KUNJUNGAN, MSG_RECAP_N_VISITS,
	      MSG_RECAP_D_VISITS, visit.visits),
	COUNT("kunjungan.keluarga", RECAP_KUNJUNGAN, MSG_RECAP_N_VISITED_HH,
	      MSG_RECAP_D_VISITED_HH, visit.households),
	COUNT("kunjungan.anggota", RECAP_KUNJUNGAN, MSG_RECAP_N_VISITED,
	      MSG_RECAP_D_VISITED, visit.members),
	STAGES("kunjungan", RECAP_KUNJUNGAN, MSG_RECAP_D_VISITED_STAGE,
	       visit.by_stage),
	COUNT("kunjungan.temuan_rujuk", RECAP_KUNJUNGAN, MSG_RECAP_N_FIND_REFER,
	      MSG_RECAP_D_FIND_REFER, visit.findings_refer),
	COUNT("kunjungan.temuan_tindak_lanjut", RECAP_KUNJUNGAN,
	      MSG_RECAP_N_FIND_FOLLOW, MSG_RECAP_D_FIND_FOLLOW,
	      visit.findings_followup),

	COUNT("imunisasi.dosis", RECAP_IMUNISASI, MSG_RECAP_N_DOSES,
	      MSG_RECAP_D_DOSES, imm.doses_total),
	DOSE("hb0", HB0), DOSE("bcg", BCG), DOSE("opv", OPV), DOSE("dpt", DPT),
	DOSE("pcv", PCV), DOSE("rv", RV), DOSE("ipv", IPV), DOSE("mr", MR),
	DOSE("je", JE), DOSE("td", TD),
	COUNT("imunisasi.idl", RECAP_IMUNISASI, MSG_RECAP_N_IDL,
	      MSG_RECAP_D_IDL, imm.idl),
	COUNT("imunisasi.ibl", RECAP_IMUNISASI, MSG_RECAP_N_IBL,
	      MSG_RECAP_D_IBL, imm.ibl),
	PERCENT("imunisasi.cakupan_idl", RECAP_IMUNISASI, MSG_RECAP_N_IDL_COV,
		MSG_RECAP_D_IDL_COV, imm.cov_num, imm.cov_den),
	PERCENT("imunisasi.do_dpt1_mr1", RECAP_IMUNISASI, MSG_RECAP_N_DROPOUT,
		MSG_RECAP_D_DROPOUT, imm.do_num, imm.do_den),

	COUNT("skrining.skilas", RECAP_SKRINING, MSG_RECAP_N_SKILAS,
	      MSG_RECAP_D_SKILAS, scr.screened[K_SKILAS]),
	SUB("skrining.skilas.positif", RECAP_SKRINING, MSG_RECAP_N_SKILAS_POS,
	    MSG_RECAP_D_SKILAS_POS, scr.category[K_SKILAS][1]),
	SUB("skrining.skilas.kognitif", RECAP_SKRINING, MSG_SCR_DOMAIN_COGNITIVE,
	    MSG_RECAP_D_DOMAIN, scr.skilas_domain[0]),
	SUB("skrining.skilas.mobilitas", RECAP_SKRINING,
	    MSG_SCR_DOMAIN_MOBILITY, MSG_RECAP_D_DOMAIN, scr.skilas_domain[1]),
	SUB("skrining.skilas.malnutrisi", RECAP_SKRINING,
	    MSG_SCR_DOMAIN_NUTRITION, MSG_RECAP_D_DOMAIN, scr.skilas_domain[2]),
	SUB("skrining.skilas.penglihatan", RECAP_SKRINING,
	    MSG_SCR_DOMAIN_VISION, MSG_RECAP_D_DOMAIN, scr.skilas_domain[3]),
	SUB("skrining.skilas.pendengaran", RECAP_SKRINING,
	    MSG_SCR_DOMAIN_HEARING, MSG_RECAP_D_DOMAIN, scr.skilas_domain[4]),
	SUB("skrining.skilas.depresi", RECAP_SKRINING,
	    MSG_SCR_DOMAIN_DEPRESSION, MSG_RECAP_D_DOMAIN,
	    scr.skilas_domain[5]),
	COUNT("skrining.aks", RECAP_SKRINING, MSG_RECAP_N_AKS, MSG_RECAP_D_AKS,
	      scr.screened[K_AKS]),
	SUB("skrining.aks.mandiri", RECAP_SKRINING, MSG_SCR_AKS_INDEPENDENT,
	    MSG_RECAP_D_AKS_CAT, scr.category[K_AKS][0]),
	SUB("skrining.aks.ringan", RECAP_SKRINING, MSG_SCR_AKS_LIGHT,
	    MSG_RECAP_D_AKS_CAT, scr.category[K_AKS][1]),
	SUB("skrining.aks.sedang", RECAP_SKRINING, MSG_SCR_AKS_MODERATE,
	    MSG_RECAP_D_AKS_CAT, scr.category[K_AKS][2]),
	SUB("skrining.aks.berat", RECAP_SKRINING, MSG_SCR_AKS_SEVERE,
	    MSG_RECAP_D_AKS_CAT, scr.category[K_AKS][3]),
	SUB("skrining.aks.total", RECAP_SKRINING, MSG_SCR_AKS_TOTAL,
	    MSG_RECAP_D_AKS_CAT, scr.category[K_AKS][4]),
	COUNT("skrining.td", RECAP_SKRINING, MSG_RECAP_N_BP, MSG_RECAP_D_BP,
	      scr.screened[K_BP]),
	SUB("skrining.td.optimal", RECAP_SKRINING, MSG_SCR_BP_OPTIMAL,
	    MSG_RECAP_D_BP_CAT, scr.category[K_BP][0]),
	SUB("skrining.td.normal", RECAP_SKRINING, MSG_SCR_BP_NORMAL,
	    MSG_RECAP_D_BP_CAT, scr.category[K_BP][1]),
	SUB("skrining.td.normal_tinggi", RECAP_SKRINING, MSG_SCR_BP_HIGH_NORMAL,
	    MSG_RECAP_D_BP_CAT, scr.category[K_BP][2]),
	SUB("skrining.td.hipertensi_1", RECAP_SKRINING, MSG_SCR_BP_HT1,
	    MSG_RECAP_D_BP_CAT, scr.category[K_BP][3]),
	SUB("skrining.td.hipertensi_2", RECAP_SKRINING, MSG_SCR_BP_HT2,
	    MSG_RECAP_D_BP_CAT, scr.category[K_BP][4]),
	SUB("skrining.td.hipertensi_3", RECAP_SKRINING, MSG_SCR_BP_HT3,
	    MSG_RECAP_D_BP_CAT, scr.category[K_BP][5]),

	COUNT("rujukan.dibuat", RECAP_RUJUKAN, MSG_RECAP_N_REF_MADE,
	      MSG_RECAP_D_REF_MADE, visit.referrals_made),
	COUNT("rujukan.selesai", RECAP_RUJUKAN, MSG_RECAP_N_REF_DONE,
	      MSG_RECAP_D_REF_DONE, visit.referrals_completed),
	COUNT("rujukan.lewat", RECAP_RUJUKAN, MSG_RECAP_N_REF_OVERDUE,
	      MSG_RECAP_D_REF_OVERDUE, visit.referrals_overdue),

	COUNT("iks.keluarga", RECAP_IKS, MSG_RECAP_N_IKS, MSG_RECAP_D_IKS,
	      iks.households),
	SUB("iks.sehat", RECAP_IKS, MSG_IKS_CAT_SEHAT, MSG_RECAP_D_IKS_CAT,
	    iks.category[3]),
	SUB("iks.pra_sehat", RECAP_IKS, MSG_IKS_CAT_PRA_SEHAT,
	    MSG_RECAP_D_IKS_CAT, iks.category[2]),
	SUB("iks.tidak_sehat", RECAP_IKS, MSG_IKS_CAT_TIDAK_SEHAT,
	    MSG_RECAP_D_IKS_CAT, iks.category[1]),
	SUB("iks.tanpa_indeks", RECAP_IKS, MSG_IKS_CAT_NONE,
	    MSG_RECAP_D_IKS_CAT, iks.category[0]),
};
/* clang-format on */

const size_t recap_indicator_count =
	sizeof recap_indicators / sizeof recap_indicators[0];

/* The offsets above name the kinds and categories by number. */
_Static_assert(K_SKILAS == SCREENING_SKILAS && K_AKS == SCREENING_AKS &&
		       K_BP == SCREENING_BP,
	       "screening kinds");
_Static_assert(IKS_CATEGORY_SEHAT == 3 && IKS_CATEGORY_NONE == 0,
	       "IKS categories");
_Static_assert(LIFESTAGE_NIFAS == 1u << 10, "life stage bits");

static const enum msg_id recap_sections[RECAP_SECTION_COUNT] = {
	MSG_RECAP_S_SASARAN,  MSG_RECAP_S_KUNJUNGAN, MSG_RECAP_S_IMUNISASI,
	MSG_RECAP_S_SKRINING, MSG_RECAP_S_RUJUKAN,   MSG_RECAP_S_IKS,
};

const char *
recap_section_name(enum recap_section s)
{
	return s < RECAP_SECTION_COUNT ? tr(recap_sections[s]) : "?";
}

void
recap_free(struct recap *r)
{
	if (r == NULL)
		return;
	free(r->posyandu_code);
	free(r->posyandu_name);
	free(r->v);
	memset(r, 0, sizeof *r);
}

int
recap_parse_month(const char *text, int *year, int *month, char **cause)
{
	int y = 0, m = 0, i;

	if (text == NULL || strlen(text) != 7 || text[4] != '-')
		goto bad;
	for (i = 0; i < 7; i++)
		if (i != 4 && (text[i] < '0' || text[i] > '9'))
			goto bad;
	for (i = 0; i < 4; i++)
		y = y * 10 + (text[i] - '0');
	m = (text[5] - '0') * 10 + (text[6] - '0');
	if (y < 1900 || m < 1 || m > 12)
		goto bad;
	*year = y;
	*month = m;
	return 0;
bad:
	*cause = trf(MSG_RECAP_BAD_MONTH, text != NULL ? text : "");
	return -1;
}

/* The posyandu asked for, checked against the actor's scope. */
static int
recap_scope(struct store *st, const char *asked, struct recap *out, char **pid,
	    char **cause)
{
	const char *own = register_scope(st);
	struct posyandu p;
	int rc;

	*pid = NULL;
	if (asked == NULL && own == NULL) {
		out->posyandu_code = xstrdup("");
		out->posyandu_name = xstrdup(tr(MSG_RECAP_AREA));
		return 0;
	}
	memset(&p, 0, sizeof p);
	rc = store_posyandu_get(st, asked != NULL ? asked : own, &p, cause);
	if (rc < 0)
		return -1;
	if (rc == 0 || (own != NULL && !str_eq(p.id, own))) {
		*cause = own != NULL && asked != NULL
				 ? xstrdup(tr(MSG_RECAP_OTHER_POSYANDU))
				 : trf(MSG_RECAP_NO_POSYANDU,
				       asked != NULL ? asked : "-");
		posyandu_free(&p);
		return -1;
	}
	*pid = xstrdup(p.id);
	out->posyandu_code = xstrdup(p.code);
	out->posyandu_name = xstrdup(p.name);
	posyandu_free(&p);
	return 0;
}

static int
recap_fill(struct store *st, const struct recap_params *p, const char *pid,
	   struct recap *r, struct recap_src *src, char **cause)
{
	struct recap_run run = {st, p, pid, r->first, r->last, r->asof};

	if (recap_count_register(&run, src, cause) < 0 ||
	    store_visit_recap(st, pid, r->year, r->month, &src->visit, cause) <
		    0 ||
	    recap_count_imm(&run, src, cause) < 0 ||
	    store_screening_recap(st, r->year, r->month, pid, &src->scr,
				  cause) < 0 ||
	    recap_count_iks(&run, src, cause) < 0)
		return -1;
	return 0;
}

static long
recap_at(const struct recap_src *src, size_t off)
{
	long v;

	memcpy(&v, (const char *)src + off, sizeof v);
	return v;
}

int
store_recap(struct store *st, const struct recap_params *p,
	    const char *posyandu, int year, int month, struct recap *out,
	    char **cause)
{
	struct recap_src *src;
	char *pid = NULL;
	size_t i;
	int rc = -1;

	*cause = NULL;
	memset(out, 0, sizeof *out);
	if (!st->has_actor) {
		*cause = xstrdup(tr(MSG_DB_NO_ACTOR));
		return -1;
	}
	if (year < 1900 || year > 9999 || month < 1 || month > 12 ||
	    year * 12 + month > p->today.y * 12 + p->today.m) {
		*cause = trf(MSG_RECAP_FUTURE, year, month);
		return -1;
	}
	out->year = year;
	out->month = month;
	out->first = (struct date){year, month, 1};
	out->last = date_add_days(date_add_months(out->first, 1), -1);
	out->asof = date_cmp(p->today, out->last) < 0 ? p->today : out->last;
	if (recap_scope(st, posyandu, out, &pid, cause) < 0) {
		recap_free(out);
		return -1;
	}
	src = xcalloc(1, sizeof *src);
	/* one snapshot for every count */
	if (db_exec(st, "BEGIN", cause) == 0) {
		rc = recap_fill(st, p, pid, out, src, cause);
		db_rollback(st); /* read only */
	}
	if (rc == 0) {
		out->v = xcalloc(recap_indicator_count, sizeof *out->v);
		for (i = 0; i < recap_indicator_count; i++) {
			out->v[i].num = recap_at(src, recap_indicators[i].num);
			if (recap_indicators[i].kind == RECAP_KIND_PERCENT)
				out->v[i].den =
					recap_at(src, recap_indicators[i].den);
		}
	} else {
		recap_free(out);
	}
	free(src);
	free(pid);
	return rc;
}
