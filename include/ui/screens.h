/*
 * ui/screens: the screens, one file each under src/ui/screens/. Each
 * exports only its ops; arguments are documented beside each.
 */
#ifndef ILP_UI_SCREENS_H
#define ILP_UI_SCREENS_H

#include "core/date.h"
#include "ui/screen.h"

/* Login (arg: NULL). Shows the demo accounts in a training database. */
extern const struct screen_ops screen_login;
/* The main menu (arg: NULL). */
extern const struct screen_ops screen_home;
/* Pengguna: accounts, posyandu and one's own password (arg: NULL). */
extern const struct screen_ops screen_users;
/* The list of accounts, admin only (arg: NULL). */
extern const struct screen_ops screen_account_list;
/* A form adding an account, admin only (arg: NULL). */
extern const struct screen_ops screen_account_add;
/* A form setting a password (arg: allocated user name, or NULL = own). */
extern const struct screen_ops screen_password;
/* The list of posyandu (arg: NULL); admins add from there. */
extern const struct screen_ops screen_posyandu_list;
/* A form adding a posyandu, admin only (arg: NULL). */
extern const struct screen_ops screen_posyandu_add;

/* ---- Keluarga: the household and member register (issue 3) ---------- */

struct app;
struct person;
struct household;

/* The household list with search as you type (arg: NULL). */
extern const struct screen_ops screen_household_list;

/*
 * Choosing a household from the same list (arg: an allocated struct
 * household_pick, freed by the screen; ctx stays the caller's). On Enter
 * the list closes and done() gets the household's id (valid during the
 * call); on Esc it closes and cancel() runs (may be NULL). The callbacks
 * may push screens.
 */
struct household_pick {
	enum msg_id title;     /* 0: "Pilih keluarga tujuan" */
	const char *except_id; /* a household not offered (copied); NULL */
	void (*done)(struct app *app, const char *household_id, void *ctx);
	void (*cancel)(struct app *app, void *ctx);
	void *ctx;
};
extern const struct screen_ops screen_household_pick;

/* One household and its members (arg: allocated household id, freed). */
extern const struct screen_ops screen_household_view;

/*
 * The household form (arg: allocated household id to edit, or NULL for
 * a new household; freed). A new household opens in the view, which
 * then offers to add its head.
 */
extern const struct screen_ops screen_household_form;

/* The member form (arg: an allocated struct person_form_arg, freed). */
struct person_form_arg {
	char *household_id;   /* for a new member */
	char *person_id;      /* the member to edit; NULL for a new one */
	const char *relation; /* a new member's default ("kepala"...) */
};
extern const struct screen_ops screen_person_form;

/* Pindah / meninggal / aktif (arg: allocated person id, freed). */
extern const struct screen_ops screen_person_status;
/* Recording or closing a pregnancy (arg: allocated person id, freed). */
extern const struct screen_ops screen_pregnancy_form;
/* Moving a member: picks the household first (arg: allocated person id). */
void person_move_start(struct app *app, const char *person_id);

/*
 * The reusable person picker (for immunisation, screening, visits...):
 * search as you type over names, NIK, No. KK and address, in the actor's
 * scope. arg: an allocated struct person_pick, freed by the screen. On
 * Enter the picker closes and done() gets the chosen person's id (valid
 * during the call; use store_person_get() for the rest); on Esc it
 * closes and cancel() runs (may be NULL). The callbacks may push screens.
 */
struct person_pick {
	enum msg_id title;    /* 0: "Pilih orang" */
	int include_inactive; /* also offer pindah and meninggal persons */
	void (*done)(struct app *app, const char *person_id, void *ctx);
	void (*cancel)(struct app *app, void *ctx);
	void *ctx;
};
extern const struct screen_ops screen_person_picker;

/*
 * What a member line of the household view offers: a table, so that
 * other parts of the program add their action ("Kartu imunisasi",
 * "Skrining", "Kunjungan") by adding one line to member_actions[] in
 * src/ui/screens/member_actions.c; the household view draws the actions
 * that apply to the selected member in its action line and runs the one
 * whose key is pressed. Keys are plain lower-case letters; 'a', 'h', 'q'
 * and the digits are the view's own. See doc/internals.md.
 */
struct member_action {
	int key;           /* 'e', 's', ... */
	enum msg_id label; /* short: it shares one line with the others */
	/* 1 when offered for this member on date today; NULL: always. */
	int (*applies)(const struct person *p, struct date today);
	/*
	 * Runs it: usually app_push() of the action's screen with the
	 * person's id. p and h are valid during the call only; the view
	 * reloads the household when it is on top again.
	 */
	void (*run)(struct app *app, const struct person *p,
		    const struct household *h);
	/* Shown when the key is pressed but applies() says no. */
	enum msg_id refused;
};
/* Ended by an entry with key 0. */
extern const struct member_action member_actions[];
/* Skrining: persons aged 15+ of the actor's posyandu (arg: NULL). */
extern const struct screen_ops screen_screening;
/*
 * One person's screening page: latest results, when each is due, and the
 * screenings to record (arg: the person's id, allocated; the screen
 * takes it). Also the arg of every screen below.
 */
extern const struct screen_ops screen_screening_person;
/* Every result of the person, voided ones too; nakes/admin void here. */
extern const struct screen_ops screen_screening_history;
/* SKILAS: six domains one page each, then the result and the referral. */
extern const struct screen_ops screen_skilas;
/* AKS (modified Barthel): ten items, score and category while filling. */
extern const struct screen_ops screen_aks;
/* Blood pressure, glucose, weight/height (BMI) and waist. */
extern const struct screen_ops screen_ptm;
/* SRQ-20, twenty yes/no questions. */
extern const struct screen_ops screen_srq20;
/* TB symptoms. */
extern const struct screen_ops screen_tb;
/* Imunisasi (issue 4): the menu of the immunisation part (arg: NULL). */
extern const struct screen_ops screen_imm_menu;
/*
 * The children under five (arg: NULL) and the women of 15-49 and
 * pregnant women (arg: NULL) of the actor's posyandu (nakes and admin
 * choose), with a filter by name; Enter opens the card.
 */
extern const struct screen_ops screen_imm_children;
extern const struct screen_ops screen_imm_wus;
/*
 * The immunisation card of one person (arg: the person's id as an
 * allocated string, which the screen frees): every target dose with its
 * state like the Buku KIA page, IDL and IBL, the Td status of a woman of
 * 15-49 or a pregnant woman; records and voids doses from there.
 */
extern const struct screen_ops screen_imm_card;
/* Recording a dose and voiding one (arg: an allocated struct
 * imm_form_arg, which the screen frees with its strings). */
extern const struct screen_ops screen_imm_record;
extern const struct screen_ops screen_imm_void;
/* Sasaran imunisasi: the due list of a posyandu day (arg: NULL). */
extern const struct screen_ops screen_imm_due;
/* A one-field prompt (arg: an allocated struct imm_prompt). */
extern const struct screen_ops screen_imm_prompt;

struct imm_form_arg {
	char *person_id; /* the person (record) */
	char *antigen;   /* record: the antigen offered first, or NULL */
	char *dose_id;   /* void: the dose */
	long version;    /* void: its version as read */
	char *summary;   /* void: "DPT tanggal 12-08-2025 (Posyandu)" */
};
/* Frees an imm_form_arg and its strings; NULL is fine. */
void imm_form_arg_free(struct imm_form_arg *a);

struct app;

struct imm_prompt {
	enum msg_id title;   /* title bar */
	enum msg_id heading; /* above the field */
	enum msg_id label;
	enum msg_id help; /* under the field */
	char *text;       /* the initial text (allocated; the prompt frees) */
	int maxlen;
	/*
	 * Called on Enter/F2 with the text typed: 0 closes the prompt, -1
	 * keeps it open with the text and shows the allocated *cause.
	 */
	int (*submit)(struct app *app, void *ctx, const char *text,
		      char **cause);
	void *ctx; /* borrowed: the screen below outlives the prompt */
};

/* ---- Tugas hari ini and Laporan (issue 7) ------------------------------ */

/* Tugas hari ini: the counts by kind (arg: NULL). */
extern const struct screen_ops screen_tasks;
/* One kind's tasks (arg: an allocated struct task_items_arg, freed). */
struct task_items_arg {
	int kind;          /* enum task_kind */
	char *posyandu_id; /* allocated; the screen takes it */
};
extern const struct screen_ops screen_task_items;
/* Laporan: the monthly recap (arg: NULL). */
extern const struct screen_ops screen_recap;

/* ---- Kunjungan rumah: home visits (issue 5) ---------------------------- */

struct referral;

/* The Kunjungan rumah menu (arg: NULL). */
extern const struct screen_ops screen_visit_menu;

/*
 * A home visit (arg: an allocated struct visit_start, freed by the
 * screen). With draft_id it resumes that draft of the user; without, the
 * user's draft for the household if there is one, else a new visit dated
 * today. Whatever is typed is kept as a draft until the visit is saved.
 */
struct visit_start {
	char *household_id;
	char *draft_id; /* NULL: see above */
};
extern const struct screen_ops screen_visit;

/* The user's drafts: resume or discard (arg: NULL). */
extern const struct screen_ops screen_visit_drafts;
/* Kunjungan prioritas (arg: NULL). */
extern const struct screen_ops screen_priority_list;
/* Rujukan: the referrals, open ones first (arg: NULL). */
extern const struct screen_ops screen_referral_list;
/* One referral, its history and its outcome (arg: allocated id). */
extern const struct screen_ops screen_referral_view;
/* A household's visits (arg: allocated household id). */
extern const struct screen_ops screen_visit_history;
/* One saved visit (arg: allocated visit id). */
extern const struct screen_ops screen_visit_view;
/* Voiding a visit (arg: an allocated struct visit_void_arg). */
struct visit_void_arg {
	char *visit_id;
	long long version;
};
extern const struct screen_ops screen_visit_void;
/* A household's family health index (arg: allocated household id). */
extern const struct screen_ops screen_iks_view;

/*
 * "IKS 0.571 (4/7) Keluarga Pra-Sehat, kunjungan terakhir 12-08-2025"
 * for the household view; NULL when the household cannot be read.
 * Allocated.
 */
char *visit_household_line(struct app *app, const char *household_id);
/* "12 hari", "12 hari, lewat 5 hari", or the closed status. Allocated. */
char *referral_age_text(const struct referral *r, struct date today);

/*
 * What the household view offers for the household itself (besides its
 * own 'a' and 'h'): a table like member_actions[], in
 * src/ui/screens/household_actions.c. Ended by an entry with key 0.
 */
struct household_action {
	int key;
	enum msg_id label;
	/* p and h are valid during the call only */
	void (*run)(struct app *app, const struct household *h);
};
extern const struct household_action household_actions[];

#endif
