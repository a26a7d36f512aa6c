// Running where /proc is not mounted (a bare chroot, some sandboxes).
//
// libdispatch, under Swift concurrency on Linux, checks once a second how many of its worker threads are
// runnable by opening /proc/TID/stat for each, and crashes the process ("registered worker exited
// prematurely") when that open fails. Without /proc it always fails, so every async run died with SIGILL.
// This `open` stands in front of the C library's (the executable's symbols come first, for the dynamic linker
// and for the static link alike): it opens exactly as the C library does, and only when /proc is absent and the
// path is a /proc/TID/stat does it hand back a small in-memory file that says the thread is sleeping. With /proc
// mounted nothing changes.
#if defined(__linux__)
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static int gi_is_thread_stat_path(const char *path) {
    static const char prefix[] = "/proc/";
    if (path == NULL || strncmp(path, prefix, sizeof(prefix) - 1) != 0) return 0;
    const char *cursor = path + sizeof(prefix) - 1;
    if (*cursor < '0' || *cursor > '9') return 0;
    while (*cursor >= '0' && *cursor <= '9') cursor++;
    return strcmp(cursor, "/stat") == 0;
}

static int gi_proc_is_mounted(void) {
    struct stat status;
    return stat("/proc/self/stat", &status) == 0;
}

static int gi_sleeping_thread_stat(void) {
    static const char line[] = "1 (gen-image) S 0 0 0 0 0 0 0 0 0 0 0 0 0 0 20 0 1 0 0 0 0\n";
    int fd = (int)syscall(SYS_memfd_create, "gen-image-stat", 0);
    if (fd < 0) return -1;
    if (write(fd, line, sizeof(line) - 1) != (ssize_t)(sizeof(line) - 1) || lseek(fd, 0, SEEK_SET) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int open(const char *path, int flags, ...) {
    mode_t mode = 0;
    if ((flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE) {
        va_list arguments;
        va_start(arguments, flags);
        mode = (mode_t)va_arg(arguments, int);
        va_end(arguments);
    }
    int fd = (int)syscall(SYS_openat, AT_FDCWD, path, flags, mode);
    if (fd < 0 && errno == ENOENT && gi_is_thread_stat_path(path) && !gi_proc_is_mounted()) {
        int stand_in = gi_sleeping_thread_stat();
        if (stand_in >= 0) return stand_in;
        errno = ENOENT;
    }
    return fd;
}
#endif
