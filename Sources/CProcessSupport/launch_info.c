#include "CProcessSupport.h"

#include <stddef.h>

static int captured_argc = 0;
static char *const *captured_argv = NULL;

// glibc (and musl) call the functions in .init_array with main's (argc, argv, envp) before main runs, so the
// arguments are captured here from the process's own stack, with no /proc needed.
#if defined(__linux__)
static void gi_capture_launch(int argc, char **argv, char **envp) {
    (void)envp;
    captured_argc = argc;
    captured_argv = argv;
}
__attribute__((section(".init_array"), used)) static void (*gi_capture_launch_entry)(int, char **, char **) =
    gi_capture_launch;
#endif

int gi_launch_argc(void) { return captured_argc; }
char *const *gi_launch_argv(void) { return captured_argv; }

#ifndef GI_BUILD_COMMIT
#define GI_BUILD_COMMIT ""
#endif
#ifndef GI_BUILD_DATE
#define GI_BUILD_DATE ""
#endif

const char *gi_build_commit(void) { return GI_BUILD_COMMIT; }
const char *gi_build_date(void) { return GI_BUILD_DATE; }
