/*
 * test_outfile.c - atomic outputs: the umask applies, a replaced file keeps its mode, a
 * symbolic link is replaced and never followed, special files are written in place, a name
 * of 255 bytes gets a shorter temporary name, a signal during the write leaves no temporary
 * file, and a batch replaces its outputs together or not at all.
 */
#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../src/base/outfile.h"
#include "check.h"

static mode_t mode_of(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0 ? st.st_mode : 0;
}

static bool write_file(const char *path, const char *text)
{
    eg_outfile of;
    eg_error err = {0};
    if (eg_outfile_open(&of, path, &err) != EG_OK) {
        return false;
    }
    fputs(text, of.fp);
    return eg_outfile_commit(&of, &err) == EG_OK;
}

static bool has_content(const char *path, const char *want)
{
    char buf[64] = {0};
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f) {
        fclose(f);
    }
    return n == strlen(want) && memcmp(buf, want, n) == 0;
}

/* Open path and write text, the commit left to the caller; false when it cannot be opened. */
static bool write_open(eg_outfile *of, const char *path, const char *text)
{
    eg_error err = {0};
    if (eg_outfile_open(of, path, &err) != EG_OK) {
        return false;
    }
    fputs(text, of->fp);
    return true;
}

static size_t temp_files(const char *dir)
{
    size_t n = 0;
    DIR *d = opendir(dir);
    struct dirent *de;
    while (d && (de = readdir(d)) != NULL) {
        n += strstr(de->d_name, ".tmp.") != NULL;
    }
    if (d) {
        closedir(d);
    }
    return n;
}

int main(void)
{
    char dir[] = "/tmp/eg-test-outfile-XXXXXX";
    if (!mkdtemp(dir)) {
        return 1;
    }
    char a[300], b[300], victim[300], link[300];
    snprintf(a, sizeof a, "%s/a.json", dir);
    snprintf(b, sizeof b, "%s/b.json", dir);
    snprintf(victim, sizeof victim, "%s/victim", dir);
    snprintf(link, sizeof link, "%s/link.json", dir);

    /* new files: 0666 less the umask (it was always 0644) */
    mode_t old = umask(077);
    CHECK(write_file(a, "one") && (mode_of(a) & 0777) == 0600);
    umask(002);
    CHECK(write_file(b, "two") && (mode_of(b) & 0777) == 0664);
    /* a replaced file keeps its mode (a 0600 file became 0644) */
    CHECK(chmod(a, 0640) == 0);
    CHECK(write_file(a, "three") && (mode_of(a) & 0777) == 0640 && has_content(a, "three"));
    umask(old);

    /* a link is replaced by the output, as mv would; its target is untouched */
    FILE *f = fopen(victim, "w");
    fputs("secret", f);
    fclose(f);
    CHECK(symlink(victim, link) == 0);
    CHECK(write_file(link, "new"));
    CHECK(S_ISREG(mode_of(link)) && has_content(link, "new") && has_content(victim, "secret"));
    /* a dangling link is not followed either */
    char dangling[300], target[300];
    snprintf(dangling, sizeof dangling, "%s/dangling.json", dir);
    snprintf(target, sizeof target, "%s/created-through-link", dir);
    CHECK(symlink(target, dangling) == 0);
    CHECK(write_file(dangling, "x") && S_ISREG(mode_of(dangling)) && access(target, F_OK) != 0);

    /* special files are written in place */
    CHECK(eg_outfile_is_special("/dev/null") && eg_outfile_is_special("/dev/stdout") &&
          !eg_outfile_is_special(a) &&
          !eg_outfile_is_special(dir) && !eg_outfile_is_special("-"));
    CHECK(write_file("/dev/null", "nothing"));

    /* a signal while the output is being written: the temporary file is removed */
    pid_t pid = fork();
    if (pid == 0) {
        eg_outfile_cleanup_on_signals();
        eg_outfile of;
        eg_error err = {0};
        if (eg_outfile_open(&of, b, &err) != EG_OK) {
            _exit(2);
        }
        fputs("half", of.fp);
        fflush(of.fp);
        raise(SIGTERM);
        _exit(3);
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    CHECK(temp_files(dir) == 0 && has_content(b, "two"));

    /* a legal name of 255 bytes: its temporary name cannot add 11 bytes to it */
    char longname[600];
    int len = snprintf(longname, sizeof longname, "%s/", dir);
    memset(longname + len, 'x', 250);
    strcpy(longname + len + 250, ".json");
    CHECK(write_file(longname, "long") && has_content(longname, "long") && temp_files(dir) == 0);
    pid = fork();
    if (pid == 0) {
        eg_outfile_cleanup_on_signals();
        eg_outfile of;
        if (!write_open(&of, longname, "half")) {
            _exit(2);
        }
        fflush(of.fp);
        raise(SIGTERM);
        _exit(3);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    CHECK(temp_files(dir) == 0 && has_content(longname, "long"));

    /* a batch: nothing is replaced until its commit, then everything */
    eg_outfile of;
    eg_error err = {0};
    eg_outfile_batch_begin();
    CHECK(write_open(&of, a, "batch-a") && eg_outfile_commit(&of, &err) == EG_OK);
    CHECK(write_open(&of, b, "batch-b") && eg_outfile_commit(&of, &err) == EG_OK);
    CHECK(has_content(a, "three") && has_content(b, "two") && temp_files(dir) == 2);
    CHECK(eg_outfile_batch_commit(&err) == EG_OK);
    CHECK(has_content(a, "batch-a") && has_content(b, "batch-b") && temp_files(dir) == 0);
    /* a failure in the second output: the batch's abort leaves the first one old */
    char nodir[300];
    snprintf(nodir, sizeof nodir, "%s/missing/c.json", dir);
    eg_outfile_batch_begin();
    CHECK(write_open(&of, a, "lost") && eg_outfile_commit(&of, &err) == EG_OK);
    CHECK(!write_open(&of, nodir, "lost"));
    eg_outfile_batch_abort();
    CHECK(has_content(a, "batch-a") && temp_files(dir) == 0);
    /* without a batch, a commit renames at once */
    CHECK(write_file(b, "alone") && has_content(b, "alone"));
    /* a signal while a batch holds written files removes them; the old outputs stay */
    pid = fork();
    if (pid == 0) {
        eg_outfile_cleanup_on_signals();
        eg_outfile_batch_begin();
        if (!write_open(&of, a, "lost") || eg_outfile_commit(&of, &err) != EG_OK ||
            !write_open(&of, b, "lost")) {
            _exit(2);
        }
        fflush(of.fp);
        raise(SIGTERM);
        _exit(3);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
    CHECK(temp_files(dir) == 0 && has_content(a, "batch-a") && has_content(b, "alone"));

    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    return check_done();
}
