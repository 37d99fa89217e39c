/*
 * The configuration loaders on arbitrary bytes: ilp.ini through the
 * option table, and the same text as imunisasi.ini, skrining.ini and a
 * checklist file. Nothing may crash, leak or read out of bounds; errors
 * are expected.
 */
#include "fuzz.h"

#include <stdlib.h>

#include "config.h"
#include "core/checklist.h"
#include "core/inidoc.h"
#include "core/schedule.h"
#include "core/screening.h"
#include "util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *path = fuzz_file(data, size, "fuzz.ini");
	struct settings s;
	struct strlist err, warn;
	struct inidoc *doc;
	char *cause = NULL;

	strlist_init(&err);
	strlist_init(&warn);
	config_defaults(&s);
	(void)config_load_file(&s, path, &err, &warn);
	config_free(&s);
	doc = config_read_inidoc(path, &cause);
	free(cause);
	if (doc != NULL) {
		struct schedule *sch = NULL;
		struct screening_config *scr = NULL;
		struct checklist_set *cl = checklist_new();

		if (schedule_load(doc, &sch, &err) == 0)
			schedule_free(sch);
		if (screening_load(doc, &scr, &err) == 0)
			screening_config_free(scr);
		(void)checklist_load(cl, doc, &err);
		checklist_free(cl);
		inidoc_free(doc);
	}
	strlist_done(&err);
	strlist_done(&warn);
	return 0;
}
