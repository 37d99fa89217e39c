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

struct pending_info {
	enum msg_id title;
	enum msg_id text;
};

#endif
