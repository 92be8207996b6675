/*
 * fuzz_dir.c - libFuzzer harness: the bytes are a program that builds a small tree in a fresh
 * temporary directory (directories, .txt / .jsonl / other files, hidden entries, FIFOs named
 * like articles, hard links, symbolic links to ".", "..", the root, earlier entries,
 * themselves and nowhere: loops included, never out of the tree), then the reader of the
 * build pipeline walks that directory and reads, normalizes and segments every article (the
 * recognition that follows is fuzz_pipeline's). Checked: it ends, and no article
 * is read twice: at most one document per line of every regular file under a name in the
 * real tree (a directory reached through links is read once). The tree is removed after
 * each run.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../src/text/text.h"
#include "fdp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_OPS = 48, MAX_DEPTH = 6, MAX_PATHS = 64 };

static const char *const names[] = {
    "a", "b", "c", "news", "a.txt", "b.txt", "c.jsonl", ".hidden", ".h.txt", "x y.txt",
    "\xc3\xa9t\xc3\xa9.txt", "\xff\xfe.txt", "z.TXT", "d.jsonl.bak", "e\xe2\x80\x8b.txt", "self",
};
#define NNAMES (sizeof names / sizeof *names)

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

typedef struct tree {
    char root[64];
    char cwd[PATH_MAX];     /* the directory ops act in */
    int depth;
    char *paths[MAX_PATHS]; /* entries made so far (link targets) */
    size_t npaths;
} tree;

static size_t bound; /* documents the tree may give: see count_entry */

/* Every name in the real tree (links not followed) that leads to a regular file may give one
 * document per line. */
static int count_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    struct stat fb;
    if ((flag == FTW_F || flag == FTW_SL) && stat(path, &fb) == 0 && S_ISREG(fb.st_mode)) {
        FILE *fp = fopen(path, "r");
        if (fp) {
            bound++;
            for (int ch; (ch = getc(fp)) != EOF;) {
                bound += ch == '\n';
            }
            fclose(fp);
        }
    }
    return 0;
}

static void remember(tree *t, const char *path)
{
    if (t->npaths < MAX_PATHS) {
        t->paths[t->npaths++] = strdup(path);
    }
}

static void make_file(tree *t, fdp *p, const char *path)
{
    size_t len;
    const uint8_t *body = fdp_bytes(p, 255, &len);
    FILE *fp = fopen(path, "wx");
    if (!fp) {
        return;
    }
    fwrite(body, 1, len, fp);
    fclose(fp);
    remember(t, path);
}

static void run_op(tree *t, fdp *p)
{
    char path[PATH_MAX + 64];
    const char *name = names[fdp_u8(p) % NNAMES];
    snprintf(path, sizeof path, "%s/%s", t->cwd, name);
    switch (fdp_u8(p) % 8) {
    case 0: /* a directory, entered */
        if (t->depth < MAX_DEPTH && mkdir(path, 0755) == 0) {
            remember(t, path);
            snprintf(t->cwd, sizeof t->cwd, "%s", path);
            t->depth++;
        }
        break;
    case 1: /* back up one level */
        if (t->depth > 0) {
            *strrchr(t->cwd, '/') = '\0';
            t->depth--;
        }
        break;
    case 2:
    case 3: /* a file (an article when the name ends in .txt or .jsonl) */
        make_file(t, p, path);
        break;
    case 4:
    case 5: { /* a symbolic link */
        char target[PATH_MAX + 8];
        unsigned k = fdp_u8(p);
        switch (k % 7) {
        case 0: strcpy(target, "."); break;
        case 1: strcpy(target, t->depth >= 1 ? ".." : "."); break;
        case 2: strcpy(target, t->depth >= 2 ? "../.." : "."); break;
        case 3: snprintf(target, sizeof target, "%s", t->root); break;
        case 4: snprintf(target, sizeof target, "%s", name); break; /* itself: ELOOP */
        case 5: strcpy(target, "nowhere/x.txt"); break;
        default:
            if (t->npaths) {
                snprintf(target, sizeof target, "%s", t->paths[(k / 7) % t->npaths]);
            } else {
                snprintf(target, sizeof target, "%s", t->root);
            }
        }
        if (symlink(target, path) == 0) {
            remember(t, path);
        }
        break;
    }
    case 6: /* a FIFO named like an article: must not be opened (it would block) */
        mkfifo(path, 0644);
        break;
    default: { /* a hard link to an earlier regular file (a linked relative symbolic link
                * could point out of the tree) */
        struct stat sb;
        const char *target = t->npaths ? t->paths[fdp_u8(p) % t->npaths] : NULL;
        if (target && lstat(target, &sb) == 0 && S_ISREG(sb.st_mode) && link(target, path) == 0) {
            remember(t, path);
        }
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fdp p = {data, size};
    tree t = {.root = "/dev/shm/eg-fuzz-dir-XXXXXX"}; /* memory: a disk's journal is slow */
    if (!mkdtemp(t.root)) {
        strcpy(t.root, "/tmp/eg-fuzz-dir-XXXXXX");
        if (!mkdtemp(t.root)) {
            return 0;
        }
    }
    snprintf(t.cwd, sizeof t.cwd, "%s", t.root);
    for (int i = 0; i < MAX_OPS && p.size > 0; i++) {
        run_op(&t, &p);
    }
    bound = 0;
    nftw(t.root, count_entry, 16, FTW_PHYS);
    eg_error err = {0};
    char sub[PATH_MAX + 8];
    snprintf(sub, sizeof sub, "%s/a", t.root);
    /* a second input inside the first when it is a directory (a named FIFO would be read) */
    const char *inputs[] = {t.root, sub};
    struct stat sb;
    size_t ninputs = stat(sub, &sb) == 0 && S_ISDIR(sb.st_mode) ? 2 : 1;
    eg_reader *r = NULL;
    if (eg_reader_create(&r, inputs, ninputs, NULL, &err) == EG_OK) {
        eg_doc doc = {0};
        size_t docs = 0;
        while (eg_reader_next(r, &doc, &err) == 1) {
            docs++;
        }
        eg_doc_fini(&doc);
        if (docs > bound) {
            fprintf(stderr, "%zu documents read from at most %zu articles: one was read twice\n",
                    docs, bound);
            abort();
        }
    }
    eg_reader_destroy(r);
    nftw(t.root, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
    for (size_t i = 0; i < t.npaths; i++) {
        free(t.paths[i]);
    }
    return 0;
}
