/*
 * Tests of store/recap and store/tasks on a small fixture database built
 * here (tests/unit/helpers/testdb.h) with today fixed at 2025-08-12:
 * four households, eleven persons, doses, visits, screenings and
 * referrals, every one written below. Each recap number is checked
 * against the value worked out by hand in the comment beside it; the
 * task kinds appear and leave the list as the task is done.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/date.h"
#include "core/i18n.h"
#include "core/schedule.h"
#include "helpers/schedule_fixture.h"
#include "helpers/testdb.h"
#include "store/posyandu.h"
#include "store/recap.h"
#include "store/referral.h"
#include "store/tasks.h"

#include "../../src/store/internal.h"

#define ID(n) "00000000-0000-0000-0000-0000000000" #n
#define ST "'2025-08-01T00:00:00Z', 'test', '2025-08-01T00:00:00Z', 'test'"
#define MAWAR "(SELECT id FROM posyandu WHERE code = 'MAWAR')"
#define MELATI "(SELECT id FROM posyandu WHERE code = 'MELATI')"

/*
 * Households (MAWAR unless said):
 *   H1 = ID(01) active, no facts recorded
 *   H2 = ID(02) active, clean water, healthy latrine, all in JKN, no smoker
 *   H3 = ID(03) moved away on 2025-08-05
 *   H4 = ID(04) MELATI, active
 * Persons:
 *   P1 ID(11) H1 Ani    P 1990-03-01 istri, pregnant since HPHT 2025-03-01
 *   P2 ID(12) H1 Budi   L 1988-01-01 kepala
 *   P3 ID(13) H1 Caca   P 2024-05-10 anak: every IDL dose, MR1 on 2025-08-05
 *   P4 ID(14) H2 Dedi   L 1960-01-01 kepala (lansia)
 *   P5 ID(15) H2 Eko    L 2025-08-01 anak: HB0 and BCG on 2025-08-01
 *   P6 ID(16) H2 Fitri  P 1995-06-01 istri, delivered P5 on 2025-08-01 at a
 *                        facility
 *   P7 ID(17) H2 Gita   P 2012-01-01 anak
 *   P8 ID(18) H3 Hadi   L 1970-01-01 kepala, moved away 2025-08-05
 *   P9 ID(19) H1 Ira    P 1940-01-01 orangtua, died 2025-07-20
 *   P10 ID(20) H4 Joko  L 1980-01-01 kepala (MELATI)
 *   P11 ID(21) H1 Kiki  L 2024-11-01 anak: birth doses, DPT1 on 2025-01-02
 */
static const char fixture_sql
	[] = "INSERT INTO household (id, posyandu_id, address, water_clean, "
	     "latrine_healthy, jkn_all, smoker_inside, status, status_date, "
	     "created_at, created_by, updated_at, updated_by) VALUES "
	     "('" ID(01) "', " MAWAR
			 ", 'Jl. Satu', NULL, NULL, NULL, NULL, 'aktif', NULL, " ST
			 "),"
			 "('" ID(02) "', " MAWAR
				     ", 'Jl. Dua', 1, 1, 1, 0, 'aktif', NULL, " ST
				     "),"
				     "('" ID(03) "', " MAWAR
						 ", 'Jl. Tiga', NULL, NULL, NULL, NULL, 'pindah', '2025-08-05', " ST
						 "),"
						 "('" ID(04) "', " MELATI
							     ", 'Jl. Empat', NULL, NULL, NULL, NULL, 'aktif', NULL, " ST
							     ");"
							     "INSERT INTO person (id, household_id, name, sex, dob, relation, status, "
							     "status_date, created_at, created_by, updated_at, updated_by) VALUES "
							     "('" ID(11) "', '" ID(
								     01) "', 'Ani', 'P', '1990-03-01', 'istri', 'aktif', NULL, " ST
									 "),"
									 "('" ID(12) "', '" ID(
										 01) "', 'Budi', 'L', '1988-01-01', 'kepala', 'aktif', NULL, " ST
										     "),"
										     "('" ID(13) "', '" ID(
											     01) "', 'Caca', 'P', '2024-05-10', 'anak', 'aktif', NULL, " ST
												 "),"
												 "('" ID(14) "', '" ID(
													 02) "', 'Dedi', 'L', '1960-01-01', 'kepala', 'aktif', NULL, " ST
													     "),"
													     "('" ID(15) "', '" ID(02) "', 'Eko', 'L', '2025-08-01', 'anak', 'aktif', NULL, " ST
																       "),"
																       "('" ID(16) "', '" ID(02) "', 'Fitri', 'P', '1995-06-01', 'istri', 'aktif', NULL, " ST
																				 "),"
																				 "('" ID(17) "', '" ID(02) "', 'Gita', 'P', '2012-01-01', 'anak', 'aktif', NULL, " ST
																							   "),"
																							   "('" ID(18) "', '" ID(03) "', 'Hadi', 'L', '1970-01-01', 'kepala', 'pindah', '2025-08-05', " ST
																										     "),"
																										     "('" ID(19) "', '" ID(01) "', 'Ira', 'P', '1940-01-01', 'orangtua', 'meninggal', '2025-07-20', " ST
																													       "),"
																													       "('" ID(20) "', '" ID(
																														       04) "', 'Joko', 'L', '1980-01-01', 'kepala', 'aktif', NULL, " ST
																															   "),"
																															   "('" ID(21) "', '" ID(01) "', 'Kiki', 'L', '2024-11-01', 'anak', 'aktif', NULL, " ST
																																		     ");"
																																		     "INSERT INTO pregnancy (id, person_id, hpht, hpl, status, end_date, "
																																		     "outcome, birth_place, created_at, created_by, updated_at, updated_by) "
																																		     "VALUES ('" ID(31) "', '" ID(11) "', '2025-03-01', '2025-12-06', 'hamil', NULL, NULL, NULL, " ST "),"
																																						      "('" ID(32) "', '" ID(
																																							      16) "', '2024-10-25', '2025-08-01', 'selesai', '2025-08-01', 'lahir_hidup', 'faskes', " ST
																																								  ");";

/* Doses: (id suffix, person, antigen, date, status). */
static const char
	doses_sql[] = "INSERT INTO dose (id, person_id, antigen, given_on, place, status, "
		      "void_reason, voided_by, voided_at, created_at, created_by, "
		      "updated_at, updated_by) SELECT printf('00000000-0000-0000-0001-%012d', "
		      "row_number() OVER ()), p, a, d, 'posyandu', s, CASE s WHEN 'batal' THEN 'salah' END, "
		      "CASE s WHEN 'batal' THEN 'test' END, CASE s WHEN 'batal' THEN "
		      "'2025-08-02T00:00:00Z' END, " ST
		      " FROM (SELECT column1 AS p, "
		      "column2 AS a, column3 AS d, column4 AS s FROM (VALUES "
		      /* P3 Caca: birth doses, 2, 3 and 4 months, IPV2 at 9
		       * months, MR1 late on 2025-08-05 (valid: before 60
		       * months) */
		      "('" ID(13) "', 'HB0', '2024-05-10', 'aktif'),"
				  "('" ID(13) "', 'BCG', '2024-05-10', 'aktif'),"
					      "('" ID(13) "', 'OPV', '2024-05-10', 'aktif'),"
							  "('" ID(13) "', 'DPT', '2024-07-10', 'aktif'),"
								      "('" ID(13) "', 'OPV', '2024-07-10', 'aktif'),"
										  "('" ID(13) "', 'PCV', '2024-07-10', 'aktif'),"
											      "('" ID(13) "', 'RV', '2024-07-10', 'aktif'),"
													  "('" ID(13) "', 'DPT', '2024-08-10', 'aktif'),"
														      "('" ID(13) "', 'OPV', '2024-08-10', 'aktif'),"
																  "('" ID(13) "', 'PCV', '2024-08-10', 'aktif'),"
																	      "('" ID(13) "', 'RV', '2024-08-10', 'aktif'),"
																			  "('" ID(13) "', 'DPT', '2024-09-10', 'aktif'),"
																				      "('" ID(13) "', 'OPV', '2024-09-10', 'aktif'),"
																						  "('" ID(13) "', 'IPV', '2024-09-10', 'aktif'),"
																							      "('" ID(13) "', 'RV', '2024-09-10', 'aktif'),"
																									  "('" ID(13) "', 'IPV', '2025-02-10', 'aktif'),"
																										      "('" ID(13) "', 'MR', '2025-08-05', 'aktif'),"
																												  /* P5 Eko: birth doses; an OPV recorded by mistake and voided */
																												  "('" ID(15) "', 'HB0', '2025-08-01', 'aktif'),"
																													      "('" ID(15) "', 'BCG', '2025-08-01', 'aktif'),"
																															  "('" ID(15) "', 'OPV', '2025-08-01', 'batal'),"
																																      /* P11 Kiki: birth doses, the 2-month doses on 2025-01-02 */
																																      "('" ID(21) "', 'HB0', '2024-11-01', 'aktif'),"
																																		  "('" ID(21) "', 'BCG', '2024-11-01', 'aktif'),"
																																			      "('" ID(21) "', 'OPV', '2024-11-01', 'aktif'),"
																																					  "('" ID(21) "', 'DPT', '2025-01-02', 'aktif'),"
																																						      "('" ID(21) "', 'OPV', '2025-01-02', 'aktif'),"
																																								  "('" ID(21) "', 'PCV', '2025-01-02', 'aktif'),"
																																									      "('" ID(21) "', 'RV', '2025-01-02', 'aktif'),"
																																											  /* P1 Ani, pregnant: Td */
																																											  "('" ID(11) "', 'Td', '2025-08-03', 'aktif')));";

/*
 * Visits: V1 H1 2025-08-03 with P1 (dewasa+hamil) and P3 (baduta+balita),
 * one rujuk and one tindak lanjut answer and a household info answer;
 * V2 H2 2025-08-04 with P4 (lansia); V3 H1 2025-08-06 voided, P2;
 * V4 H4 (MELATI) 2025-08-02, P10.
 */
static const char visits_sql[] =
	"INSERT INTO visit (id, household_id, visited_on, voided_at, voided_by, "
	"void_reason, created_at, created_by, updated_at, updated_by) VALUES "
	"('" ID(41) "', '" ID(
		01) "', '2025-08-03', NULL, NULL, NULL, " ST "),"
		    "('" ID(42) "', '" ID(
			    02) "', '2025-08-04', NULL, NULL, NULL, " ST "),"
				"('" ID(43) "', '" ID(
					01) "', '2025-08-06', '2025-08-07T00:00:00Z', 'test', 'salah', " ST
					    "),"
					    "('" ID(44) "', '" ID(
						    04) "', '2025-08-02', NULL, NULL, NULL, " ST
							");"
							"INSERT INTO visit_member (visit_id, person_id, stages) VALUES "
							"('" ID(41) "', '" ID(11) "', 640), ('" ID(41) "', '" ID(
								13) "', 12),"
								    "('" ID(42) "', '" ID(14) "', 256), ('" ID(43) "', '" ID(
									    12) "', 128),"
										"('" ID(44) "', '" ID(
											20) "', 128);"
											    "INSERT INTO visit_answer (visit_id, person_id, item, answer, level) "
											    "VALUES ('" ID(41) "', '" ID(
												    11) "', 'hamil.bahaya', 'yes', 'rujuk'),"
													"('" ID(41) "', '" ID(
														13) "', 'balita.ditimbang', 'no', "
														    "'tindak_lanjut'), ('" ID(43) "', '" ID(
															    12) "', 'dewasa.merokok', "
																"'yes', 'rujuk');"
																"INSERT INTO visit_household_answer (visit_id, item, answer, level) "
																"VALUES ('" ID(
																	41) "', 'keluarga.air', 'yes', 'info');";

/*
 * Referrals: R1 P1 from V1 on 2025-08-03, follow-up 2025-08-10, still
 * dirujuk; R2 P4 screening 2025-07-20, follow-up 07-27, selesai on
 * 2025-08-02; R3 P4 screening 2025-08-04, follow-up 08-11, datang 08-05.
 */
static const char referrals_sql[] =
	"INSERT INTO referral (id, person_id, source, source_id, reason, "
	"destination, referred_on, followup_on, status, status_on, created_at, "
	"created_by, updated_at, updated_by) VALUES "
	"('" ID(51) "', '" ID(11) "', 'kunjungan', '" ID(
		41) "', 'tanda bahaya', 'pustu', '2025-08-03', '2025-08-10', 'dirujuk', '2025-08-03', " ST
		    "),"
		    "('" ID(52) "', '" ID(
			    14) "', 'skrining', NULL, 'TD tinggi', 'puskesmas', '2025-07-20', '2025-07-27', 'selesai', '2025-08-02', " ST
				"),"
				"('" ID(53) "', '" ID(
					14) "', 'skrining', NULL, 'SKILAS', 'puskesmas', '2025-08-04', '2025-08-11', 'datang', '2025-08-05', " ST
					    ");"
					    "INSERT INTO referral_event (id, referral_id, status, on_date, note, "
					    "created_at, created_by) VALUES "
					    "('" ID(61) "', '" ID(
						    51) "', 'dirujuk', '2025-08-03', '', '2025-08-03T01:00:00Z', 'test'),"
							"('" ID(62) "', '" ID(
								52) "', 'dirujuk', '2025-07-20', '', '2025-07-20T01:00:00Z', 'test'),"
								    "('" ID(63) "', '" ID(
									    52) "', 'selesai', '2025-08-02', '', '2025-08-02T01:00:00Z', 'test'),"
										"('" ID(64) "', '" ID(
											53) "', 'dirujuk', '2025-08-04', '', '2025-08-04T01:00:00Z', 'test'),"
											    "('" ID(65) "', '" ID(
												    53) "', 'datang', '2025-08-05', '', '2025-08-05T01:00:00Z', 'test');";

/*
 * Screenings: P4 SKILAS 2025-08-04 positive in kognitif (1) and
 * penglihatan (8), AKS ringan and BP hipertensi 1, all with R3; P2 BP
 * normal on 08-05 then optimal on 08-09 (the newest counts); P1 BP
 * hipertensi 2 on 08-03, voided.
 */
static const char screenings_sql[] =
	"INSERT INTO screening (id, person_id, kind, screened_on, answers, "
	"category, outcome, domains, referral_id, voided_at, voided_by, "
	"void_reason, created_at, created_by, updated_at, updated_by) VALUES "
	"('" ID(71) "', '" ID(14) "', 'skilas', '2025-08-04', 'x=1', 'positif', 'rujuk', 9, '" ID(
		53) "', NULL, NULL, NULL, " ST "),"
		    "('" ID(72) "', '" ID(14) "', 'aks', '2025-08-04', 'x=1', 'ringan', 'rujuk', NULL, '" ID(
			    53) "', NULL, NULL, NULL, " ST "),"
				"('" ID(73) "', '" ID(14) "', 'tekanan_darah', '2025-08-04', 'x=1', 'hipertensi_1', 'rujuk', NULL, '" ID(
					53) "', NULL, NULL, NULL, " ST "),"
					    "('" ID(74) "', '" ID(
						    12) "', 'tekanan_darah', '2025-08-05', 'x=1', 'normal', 'normal', NULL, NULL, NULL, NULL, NULL, " ST
							"),"
							"('" ID(75) "', '" ID(
								12) "', 'tekanan_darah', '2025-08-09', 'x=1', 'optimal', 'normal', NULL, NULL, NULL, NULL, NULL, " ST
								    "),"
								    "('" ID(76) "', '" ID(11) "', 'tekanan_darah', '2025-08-03', 'x=1', 'hipertensi_2', 'rujuk', NULL, '" ID(
									    51) "', '2025-08-04T00:00:00Z', 'test', 'salah', " ST
										");";

struct fx {
	struct testdb t;
	struct schedule *sched;
	struct date today;
};

static void
fx_exec(struct fx *f, const char *sql)
{
	char *cause = NULL;

	if (db_exec(f->t.st, sql, &cause) < 0) {
		print_message("# %s\n", cause);
		fail();
	}
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);

	testdb_open(&f->t);
	f->sched = fixture_schedule(NULL, NULL);
	f->today = fixture_date("2025-08-12");
	fx_exec(f, fixture_sql);
	fx_exec(f, doses_sql);
	fx_exec(f, visits_sql);
	fx_exec(f, referrals_sql);
	fx_exec(f, screenings_sql);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;

	schedule_free(f->sched);
	testdb_close(&f->t);
	free(f);
	return 0;
}

/* The value of indicator id in r; fails the test for an unknown id. */
static const struct recap_value *
val(const struct recap *r, const char *id)
{
	size_t i;

	for (i = 0; i < recap_indicator_count; i++)
		if (strcmp(recap_indicators[i].id, id) == 0)
			return &r->v[i];
	print_message("# no indicator %s\n", id);
	fail();
	return NULL;
}

struct want {
	const char *id;
	long num, den;
};

static void
check_all(const struct recap *r, const struct want *w, size_t n)
{
	size_t i;
	int bad = 0;

	/* every indicator is named in the table of wanted values */
	assert_int_equal(n, recap_indicator_count);
	for (i = 0; i < n; i++) {
		const struct recap_value *v = val(r, w[i].id);

		if (v->num != w[i].num || v->den != w[i].den) {
			print_message("# %s: want %ld/%ld, got %ld/%ld\n",
				      w[i].id, w[i].num, w[i].den, v->num,
				      v->den);
			bad = 1;
		}
	}
	assert_false(bad);
}

/* MAWAR in August 2025, today 2025-08-12 (the reference day). */
static const struct want mawar_aug[] = {
	{"sasaran.keluarga", 2, 0},   /* H1, H2 (H3 moved on 08-05) */
	{"sasaran.penduduk", 8, 0},   /* P1-P7, P11 (P8 moved, P9 died) */
	{"sasaran.neonatus", 1, 0},   /* P5, 11 days */
	{"sasaran.bayi", 2, 0},       /* P5, P11 (9 months) */
	{"sasaran.baduta", 3, 0},     /* P3 (15 months), P5, P11 */
	{"sasaran.balita", 3, 0},     /* the same three */
	{"sasaran.prasekolah", 0, 0}, /* nobody of 60-83 months */
	{"sasaran.sekolah", 1, 0},    /* P7, 13 years */
	{"sasaran.remaja", 1, 0},     /* P7 */
	{"sasaran.dewasa", 3, 0},     /* P1 35, P2 37, P6 30 */
	{"sasaran.lansia", 1, 0},     /* P4, 65 */
	{"sasaran.hamil", 1, 0},      /* P1 (P6 delivered on 08-01) */
	{"sasaran.nifas", 1, 0},      /* P6, 11 days after delivery */
	{"kunjungan.jumlah", 2, 0},   /* V1, V2 (V3 voided, V4 MELATI) */
	{"kunjungan.keluarga", 2, 0}, /* H1, H2 */
	{"kunjungan.anggota", 3, 0},  /* P1, P3, P4 */
	{"kunjungan.neonatus", 0, 0},
	{"kunjungan.bayi", 0, 0},
	{"kunjungan.baduta", 1, 0}, /* P3 (stages 12 = baduta + balita) */
	{"kunjungan.balita", 1, 0},
	{"kunjungan.prasekolah", 0, 0},
	{"kunjungan.sekolah", 0, 0},
	{"kunjungan.remaja", 0, 0},
	{"kunjungan.dewasa", 1, 0}, /* P1 (640 = dewasa + hamil) */
	{"kunjungan.lansia", 1, 0}, /* P4 */
	{"kunjungan.hamil", 1, 0},  /* P1 */
	{"kunjungan.nifas", 0, 0},
	{"kunjungan.temuan_rujuk", 1, 0},         /* V1 P1 (V3's voided) */
	{"kunjungan.temuan_tindak_lanjut", 1, 0}, /* V1 P3 */
	{"imunisasi.dosis", 4, 0}, /* P3 MR, P5 HB0+BCG, P1 Td (OPV voided) */
	{"imunisasi.dosis.hb0", 1, 0},
	{"imunisasi.dosis.bcg", 1, 0},
	{"imunisasi.dosis.opv", 0, 0}, /* voided */
	{"imunisasi.dosis.dpt", 0, 0},
	{"imunisasi.dosis.pcv", 0, 0},
	{"imunisasi.dosis.rv", 0, 0},
	{"imunisasi.dosis.ipv", 0, 0},
	{"imunisasi.dosis.mr", 1, 0},
	{"imunisasi.dosis.je", 0, 0},
	{"imunisasi.dosis.td", 1, 0},
	{"imunisasi.idl", 1, 0}, /* P3: MR1 on 08-05 was the last IDL dose */
	{"imunisasi.ibl", 0, 0},
	{"imunisasi.cakupan_idl", 1, 1}, /* P3 is 15 months, IDL complete */
	/* DPT1 since January: P11 (2025-01-02); MR1: P3 (08-05): 1 - 1 */
	{"imunisasi.do_dpt1_mr1", 0, 1},
	{"skrining.skilas", 1, 0}, /* P4 */
	{"skrining.skilas.positif", 1, 0},
	{"skrining.skilas.kognitif", 1, 0}, /* domains 9 = 1 + 8 */
	{"skrining.skilas.mobilitas", 0, 0},
	{"skrining.skilas.malnutrisi", 0, 0},
	{"skrining.skilas.penglihatan", 1, 0},
	{"skrining.skilas.pendengaran", 0, 0},
	{"skrining.skilas.depresi", 0, 0},
	{"skrining.aks", 1, 0},
	{"skrining.aks.mandiri", 0, 0},
	{"skrining.aks.ringan", 1, 0},
	{"skrining.aks.sedang", 0, 0},
	{"skrining.aks.berat", 0, 0},
	{"skrining.aks.total", 0, 0},
	{"skrining.td", 2, 0},         /* P4, P2 (P1's voided) */
	{"skrining.td.optimal", 1, 0}, /* P2's newest, 08-09 */
	{"skrining.td.normal", 0, 0},  /* P2's older one does not count */
	{"skrining.td.normal_tinggi", 0, 0},
	{"skrining.td.hipertensi_1", 1, 0}, /* P4 */
	{"skrining.td.hipertensi_2", 0, 0}, /* P1's, voided */
	{"skrining.td.hipertensi_3", 0, 0},
	{"rujukan.dibuat", 2, 0},  /* R1 08-03, R3 08-04 */
	{"rujukan.selesai", 1, 0}, /* R2 closed on 08-02 */
	{"rujukan.lewat", 1, 0},   /* R1: dirujuk, follow-up 08-10 < 08-31 */
	{"iks.keluarga", 2, 0},    /* H1, H2 visited */
	/* H2: faskes, rokok, JKN, air, jamban = 1, KB 0, six N: 5/6 */
	{"iks.sehat", 1, 0},
	{"iks.pra_sehat", 0, 0},
	/* H1: only IDL (P3) = 1; KB, faskes, ASI, tumbuh, rokok, JKN, air,
	 * jamban 0 (unknown); TB, HT, jiwa N: 1/9 */
	{"iks.tidak_sehat", 1, 0},
	{"iks.tanpa_indeks", 0, 0},
};

static void
test_recap_mawar_august(void **state)
{
	struct fx *f = *state;
	struct recap_params p = {f->sched, NULL, f->today};
	struct recap r;
	char *cause = NULL;

	assert_int_equal(store_recap(f->t.st, &p, "MAWAR", 2025, 8, &r, &cause),
			 0);
	assert_string_equal(r.posyandu_code, "MAWAR");
	assert_int_equal(r.asof.d, 12); /* the month is not over */
	check_all(&r, mawar_aug, sizeof mawar_aug / sizeof mawar_aug[0]);
	recap_free(&r);
}

/* The whole area adds MELATI: H4 and P10 (42, dewasa), visit V4. */
static void
test_recap_area(void **state)
{
	struct fx *f = *state;
	struct recap_params p = {f->sched, NULL, f->today};
	struct want w[sizeof mawar_aug / sizeof mawar_aug[0]];
	struct recap r;
	char *cause = NULL;
	size_t i;

	memcpy(w, mawar_aug, sizeof w);
	for (i = 0; i < sizeof w / sizeof w[0]; i++) {
		const char *id = w[i].id;

		if (!strcmp(id, "sasaran.keluarga") ||
		    !strcmp(id, "sasaran.penduduk") ||
		    !strcmp(id, "sasaran.dewasa") ||
		    !strcmp(id, "kunjungan.jumlah") ||
		    !strcmp(id, "kunjungan.keluarga") ||
		    !strcmp(id, "kunjungan.anggota") ||
		    !strcmp(id, "kunjungan.dewasa") ||
		    !strcmp(id, "iks.keluarga") ||
		    /* H4: JKN, air, jamban, rokok 0 (unknown), the rest N */
		    !strcmp(id, "iks.tidak_sehat"))
			w[i].num++;
	}
	assert_int_equal(store_recap(f->t.st, &p, NULL, 2025, 8, &r, &cause),
			 0);
	assert_string_equal(r.posyandu_code, "");
	check_all(&r, w, sizeof w / sizeof w[0]);
	recap_free(&r);
}

/* July: the reference day is 07-31. */
static void
test_recap_july(void **state)
{
	struct fx *f = *state;
	struct recap_params p = {f->sched, NULL, f->today};
	struct want w[sizeof mawar_aug / sizeof mawar_aug[0]];
	static const struct want july[] = {
		{"sasaran.keluarga", 3, 0}, /* H3 moved only on 08-05 */
		/* P1-P4, P6, P7, P8, P11 (P5 unborn, P9 died 07-20) */
		{"sasaran.penduduk", 8, 0},
		{"sasaran.bayi", 1, 0},   /* P11, 8 months */
		{"sasaran.baduta", 2, 0}, /* P3 14 months, P11 */
		{"sasaran.balita", 2, 0},
		{"sasaran.sekolah", 1, 0},
		{"sasaran.remaja", 1, 0},
		{"sasaran.dewasa", 4, 0}, /* P1, P2, P6, P8 (55) */
		{"sasaran.lansia", 1, 0},
		{"sasaran.hamil", 2, 0},         /* P1, and P6 until 08-01 */
		{"imunisasi.cakupan_idl", 0, 1}, /* P3 without MR1 yet */
		{"imunisasi.do_dpt1_mr1", 1, 1}, /* DPT1 P11, no MR1 yet */
		{"rujukan.dibuat", 1, 0},        /* R2 07-20 */
		{"rujukan.lewat", 1, 0}, /* R2, follow-up 07-27, dirujuk */
	};
	struct recap r;
	char *cause = NULL;
	size_t i, j;

	/* everything else is 0 */
	for (i = 0; i < sizeof w / sizeof w[0]; i++) {
		w[i].id = mawar_aug[i].id;
		w[i].num = w[i].den = 0;
		for (j = 0; j < sizeof july / sizeof july[0]; j++)
			if (!strcmp(w[i].id, july[j].id))
				w[i] = july[j];
	}
	assert_int_equal(store_recap(f->t.st, &p, "MAWAR", 2025, 7, &r, &cause),
			 0);
	assert_int_equal(r.asof.m, 7);
	assert_int_equal(r.asof.d, 31);
	check_all(&r, w, sizeof w / sizeof w[0]);
	recap_free(&r);
}

/*
 * Edges of the reference day (February 2025: 2025-02-28), in a new
 * MELATI household H5 = ID(05):
 *   P31 Lia   P 2024-02-29: 11 months (12 only on 03-01): bayi, baduta
 *   P32 Mia   P 2024-02-28: 12 months on its birthday, the reference
 *                           day: baduta, not bayi; no dose: coverage
 *                           denominator only
 *   P33 Nina  P 2023-02-28: 24 months: balita, not baduta, not covered
 *   P34 Oka   P 1996-05-05 delivered 2025-01-17, 42 days before: nifas
 *   P35 Putri P 1996-05-05 delivered 2025-01-16, 43 days before: not
 *   P36 Rina  P 1996-05-05 pregnant, moved away 2025-02-10: not counted
 *   P37 Sari  P 1996-05-05 pregnant from HPHT 2025-03-01: not yet hamil
 * so the whole area and MELATI both gain: a household, six persons,
 * bayi 1, baduta 2, balita 3, dewasa 3, nifas 1, coverage 0/1.
 */
#define H5 "'" ID(05) "'"
static const char edges_sql[] =
	"INSERT INTO household (id, posyandu_id, address, created_at, "
	"created_by, updated_at, updated_by) VALUES (" H5 ", " MELATI
	", 'Jl. Lima', " ST ");"
	"INSERT INTO person (id, household_id, name, sex, dob, relation, "
	"status, status_date, created_at, created_by, updated_at, updated_by) "
	"VALUES ('" ID(
		31) "', " H5 ", 'Lia', 'P', '2024-02-29', 'anak', "
		    "'aktif', NULL, " ST "), ('" ID(
			    32) "', " H5 ", 'Mia', 'P', "
				"'2024-02-28', 'anak', 'aktif', NULL, " ST
				"), ('" ID(33) "', " H5 ", 'Nina', 'P', '2023-02-28', 'anak', 'aktif', NULL, " ST "), ('" ID(
					34) "', " H5
					    ", 'Oka', 'P', '1996-05-05', 'istri', 'aktif', NULL, " ST
					    "), ('" ID(
						    35) "', " H5
							", 'Putri', 'P', '1996-05-05', 'menantu', "
							"'aktif', NULL, " ST
							"), ('" ID(
								36) "', " H5
								    ", 'Rina', 'P', "
								    "'1996-05-05', 'famili', 'pindah', '2025-02-10', " ST
								    "), ('" ID(
									    37) "', " H5
										", 'Sari', 'P', '1996-05-05', 'lainnya', 'aktif', NULL, " ST
										");"
										"INSERT INTO pregnancy (id, person_id, hpht, hpl, status, end_date, "
										"outcome, birth_place, created_at, created_by, updated_at, updated_by) "
										"VALUES ('" ID(81) "', '" ID(
											34) "', '2024-04-12', '2025-01-17', "
											    "'selesai', '2025-01-17', 'lahir_hidup', 'faskes', " ST
											    "), ('" ID(82) "', '" ID(
												    35) "', '2024-04-11', '2025-01-16', 'selesai', '2025-01-16', "
													"'lahir_hidup', 'rumah', " ST
													"), ('" ID(83) "', '" ID(
														36) "', "
														    "'2024-12-01', '2025-09-07', 'hamil', NULL, NULL, NULL, " ST
														    "), ('" ID(84) "', '" ID(
															    37) "', '2025-03-01', '2025-12-06', 'hamil', NULL, NULL, "
																"NULL, " ST
																");";

static void
recap_of(struct fx *f, const char *posyandu, struct recap *r)
{
	struct recap_params p = {f->sched, NULL, f->today};
	char *cause = NULL;

	if (store_recap(f->t.st, &p, posyandu, 2025, 2, r, &cause) < 0) {
		print_message("# %s\n", cause);
		fail();
	}
}

static long
edge_gain(const char *id, int den)
{
	static const struct want gain[] = {
		{"sasaran.keluarga", 1, 0}, {"sasaran.penduduk", 6, 0},
		{"sasaran.bayi", 1, 0},     {"sasaran.baduta", 2, 0},
		{"sasaran.balita", 3, 0},   {"sasaran.dewasa", 3, 0},
		{"sasaran.nifas", 1, 0},    {"imunisasi.cakupan_idl", 0, 1},
	};
	size_t i;

	for (i = 0; i < sizeof gain / sizeof gain[0]; i++)
		if (!strcmp(gain[i].id, id))
			return den ? gain[i].den : gain[i].num;
	return 0;
}

static void
test_recap_edges(void **state)
{
	struct fx *f = *state;
	struct recap area0, melati0, area, melati, mawar;
	size_t i;
	int bad = 0;

	recap_of(f, NULL, &area0);
	recap_of(f, "MELATI", &melati0);
	fx_exec(f, edges_sql);
	recap_of(f, NULL, &area);
	recap_of(f, "MELATI", &melati);
	recap_of(f, "MAWAR", &mawar);
	for (i = 0; i < recap_indicator_count; i++) {
		const char *id = recap_indicators[i].id;
		long gn = edge_gain(id, 0), gd = edge_gain(id, 1);

		if (area.v[i].num - area0.v[i].num != gn ||
		    area.v[i].den - area0.v[i].den != gd ||
		    melati.v[i].num - melati0.v[i].num != gn ||
		    melati.v[i].den - melati0.v[i].den != gd) {
			print_message("# %s: want +%ld/+%ld, got area %ld/%ld "
				      "-> %ld/%ld, MELATI %ld/%ld -> %ld/%ld\n",
				      id, gn, gd, area0.v[i].num,
				      area0.v[i].den, area.v[i].num,
				      area.v[i].den, melati0.v[i].num,
				      melati0.v[i].den, melati.v[i].num,
				      melati.v[i].den);
			bad = 1;
		}
		/* the whole area is the sum of its posyandu */
		if (area.v[i].num != mawar.v[i].num + melati.v[i].num ||
		    area.v[i].den != mawar.v[i].den + melati.v[i].den) {
			print_message("# %s: area %ld/%ld != MAWAR + MELATI\n",
				      id, area.v[i].num, area.v[i].den);
			bad = 1;
		}
	}
	recap_free(&area0);
	recap_free(&melati0);
	recap_free(&area);
	recap_free(&melati);
	recap_free(&mawar);
	assert_false(bad);
}

/* Logs in kader1 of MAWAR. */
static void
kader(struct fx *f)
{
	struct store_actor a = {NULL, (char *)"kader1", (char *)"Kader",
				ROLE_KADER, NULL};
	struct posyandu p;
	char *cause = NULL;

	memset(&p, 0, sizeof p);
	assert_int_equal(store_posyandu_get(f->t.st, "MAWAR", &p, &cause), 1);
	a.posyandu_id = p.id;
	store_set_actor(f->t.st, &a);
	posyandu_free(&p);
}

static void
test_recap_scope_and_refusals(void **state)
{
	struct fx *f = *state;
	struct recap_params p = {f->sched, NULL, f->today};
	struct recap r;
	char *cause = NULL;
	int y, m;

	assert_int_equal(store_recap(f->t.st, &p, NULL, 2025, 9, &r, &cause),
			 -1); /* not begun */
	assert_non_null(strstr(cause, "2025-09"));
	free(cause);
	assert_int_equal(store_recap(f->t.st, &p, "NONE", 2025, 8, &r, &cause),
			 -1);
	free(cause);
	assert_int_equal(recap_parse_month("2025-08", &y, &m, &cause), 0);
	assert_int_equal(y * 100 + m, 202508);
	assert_int_equal(recap_parse_month("2025-8", &y, &m, &cause), -1);
	free(cause);
	assert_int_equal(recap_parse_month("2025-13", &y, &m, &cause), -1);
	free(cause);
	kader(f);
	/* a kader gets their own posyandu, and is refused another */
	assert_int_equal(store_recap(f->t.st, &p, NULL, 2025, 8, &r, &cause),
			 0);
	assert_string_equal(r.posyandu_code, "MAWAR");
	assert_int_equal(val(&r, "sasaran.penduduk")->num, 8);
	recap_free(&r);
	assert_int_equal(
		store_recap(f->t.st, &p, "MELATI", 2025, 8, &r, &cause), -1);
	assert_non_null(strstr(cause, "kader"));
	free(cause);
}

/* The text page (<= 80 columns) and the CSV carry the same values. */
static void
test_recap_text_csv(void **state)
{
	struct fx *f = *state;
	struct recap_params p = {f->sched, NULL, f->today};
	struct recap r;
	char *cause = NULL, *text = NULL, *csv = NULL, *line, *save = NULL;
	size_t tlen = 0, clen = 0;
	FILE *t, *c;
	int rows = 0;

	assert_int_equal(store_recap(f->t.st, &p, "MAWAR", 2025, 8, &r, &cause),
			 0);
	t = open_memstream(&text, &tlen);
	c = open_memstream(&csv, &clen);
	assert_int_equal(recap_write_text(t, &r), 0);
	assert_int_equal(recap_write_csv(c, &r), 0);
	fclose(t);
	fclose(c);
	for (line = strtok_r(text, "\n", &save); line != NULL;
	     line = strtok_r(NULL, "\n", &save))
		assert_true(strlen(line) <= 80);
	assert_non_null(strstr(csv, "month,posyandu,section,indicator,name,"
				    "value,numerator,denominator\r\n"));
	assert_non_null(strstr(csv, "2025-08,MAWAR,imunisasi,imunisasi."
				    "cakupan_idl,Cakupan IDL anak 12-23 "
				    "bulan,100.0,1,1\r\n"));
	assert_non_null(strstr(csv, ",imunisasi.do_dpt1_mr1,Drop-out "
				    "DPT1-MR1,0.0,0,1\r\n"));
	assert_non_null(strstr(csv, ",sasaran.penduduk,Penduduk,8,,\r\n"));
	for (line = csv; (line = strstr(line, "\r\n")) != NULL; line += 2)
		rows++;
	assert_int_equal(rows, (int)recap_indicator_count + 1);
	free(text);
	free(csv);
	recap_free(&r);
}

static void
counts(struct fx *f, size_t want[TASK_KIND_COUNT], const char *where)
{
	struct task_list l;
	char *cause = NULL;
	int k, bad = 0;

	assert_int_equal(store_tasks(f->t.st, f->sched, "MAWAR", f->today,
				     TASK_ALL, &l, &cause),
			 0);
	for (k = 0; k < TASK_KIND_COUNT; k++)
		if (l.n[k] != want[k]) {
			print_message("# %s: kind %d: want %zu, got %zu\n",
				      where, k, want[k], l.n[k]);
			bad = 1;
		}
	task_list_free(&l);
	assert_false(bad);
}

/* Each kind of task appears, and leaves the list once it is done. */
static void
test_tasks(void **state)
{
	struct fx *f = *state;
	/*
	 * IMM: P3 (PCV3 late at 15 months), P5 (OPV1 due: the one given was
	 * voided), P11 (MR1, IPV2 due; DPT2... late). HOUSEHOLD: H1
	 * (pregnant P1 with open referral R1), H2 (newborn P5 not visited).
	 * SCREENING: P1, P2, P4, P6 (each misses a yearly kind). REFERRAL:
	 * R1 (follow-up 08-10). MOTHER: H1, H2.
	 */
	size_t want[TASK_KIND_COUNT] = {3, 2, 4, 1, 2};
	struct task_list l;
	char *cause = NULL;
	size_t i;

	counts(f, want, "at first");
	assert_int_equal(store_tasks(f->t.st, f->sched, "MAWAR", f->today,
				     1u << TASK_REFERRAL, &l, &cause),
			 0);
	assert_string_equal(l.v[TASK_REFERRAL][0].id, ID(51));
	assert_string_equal(l.v[TASK_REFERRAL][0].name, "Ani");
	assert_int_equal(l.n[TASK_IMM], 0); /* only the kind asked for */
	task_list_free(&l);

	/* OPV for P5 today: P5 leaves the children */
	fx_exec(f, "INSERT INTO dose (id, person_id, antigen, given_on, "
		   "place, created_at, created_by, updated_at, updated_by) "
		   "VALUES ('00000000-0000-0000-0002-000000000001', '" ID(
			   15) "', 'OPV', '2025-08-12', 'posyandu', " ST ")");
	want[TASK_IMM] = 2;
	counts(f, want, "after P5's OPV");

	/* R1 came: it leaves the referrals */
	assert_int_equal(store_referral_outcome(f->t.st, ID(51), 1,
						REFERRAL_DATANG, f->today,
						f->today, "datang", &cause),
			 0);
	want[TASK_REFERRAL] = 0;
	counts(f, want, "after R1 came");

	/* P6 screened with every yearly kind today */
	fx_exec(f,
		"INSERT INTO screening (id, person_id, kind, screened_on, "
		"answers, category, outcome, created_at, created_by, "
		"updated_at, updated_by) SELECT printf('00000000-0000-0000-"
		"0003-%012d', row_number() OVER ()), '" ID(
			16) "', column1, '2025-08-12', "
			    "'x=1', 'normal', 'normal', " ST " FROM (VALUES "
			    "('tekanan_darah'), ('gula_darah'), ('imt'), ('srq20'))");
	want[TASK_SCREENING] = 3;
	counts(f, want, "after P6's screening");

	/* H2 visited today with the newborn: H2 leaves both lists */
	fx_exec(f,
		"INSERT INTO visit (id, household_id, visited_on, "
		"created_at, created_by, updated_at, updated_by) VALUES ('" ID(
			45) "', '" ID(02) "', '2025-08-12', " ST ");"
					  "INSERT INTO visit_member VALUES ('" ID(
						  45) "', '" ID(15) "', 15)");
	want[TASK_HOUSEHOLD] = 1;
	want[TASK_MOTHER] = 1;
	counts(f, want, "after H2's visit");

	/* the kader: their own posyandu; another is refused */
	kader(f);
	assert_int_equal(store_tasks(f->t.st, f->sched, NULL, f->today,
				     TASK_ALL, &l, &cause),
			 0);
	for (i = 0; i < TASK_KIND_COUNT; i++)
		assert_int_equal(l.n[i], want[i]);
	task_list_free(&l);
	assert_int_equal(store_tasks(f->t.st, f->sched, "MELATI", f->today,
				     TASK_ALL, &l, &cause),
			 -1);
	free(cause);
}

static void
test_tasks_need_posyandu(void **state)
{
	struct fx *f = *state;
	struct task_list l;
	char *cause = NULL;

	/* the system actor sees every posyandu: it must name one */
	assert_int_equal(store_tasks(f->t.st, f->sched, NULL, f->today,
				     TASK_ALL, &l, &cause),
			 -1);
	assert_non_null(cause);
	free(cause);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_recap_mawar_august, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_recap_area, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_recap_edges, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_recap_july, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_recap_scope_and_refusals,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_recap_text_csv, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_tasks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tasks_need_posyandu, setup,
						teardown),
	};

	i18n_set_lang(I18N_ID);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
