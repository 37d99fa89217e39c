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

struct pending_info {
	enum msg_id title;
	enum msg_id text;
};

#endif
