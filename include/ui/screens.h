/*
 * ui/screens: the screens, one file each under src/ui/screens/. Each
 * exports only its ops; arguments are documented beside each.
 */
#ifndef ILP_UI_SCREENS_H
#define ILP_UI_SCREENS_H

#include "ui/screen.h"

/* Login (arg: NULL). Shows the demo accounts in a training database. */
extern const struct screen_ops screen_login;
/* The main menu (arg: NULL). */
extern const struct screen_ops screen_home;
/*
 * A main-menu workflow that a later part of the program builds (arg: a
 * const struct pending_info *): says which data it will hold.
 */
extern const struct screen_ops screen_pending;
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

struct pending_info {
	enum msg_id title;
	enum msg_id text;
};

#endif
