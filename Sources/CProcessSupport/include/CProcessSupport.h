// What the process was started with and how it was built, kept by C because Swift can't see either on its own:
// on Linux the Swift runtime reads the arguments back from /proc/self/cmdline, which a bare chroot or sandbox
// lacks, and a build stamp can only come in through the compiler's command line (-Xcc -DGI_BUILD_COMMIT=...).
#ifndef CLAUNCHINFO_H
#define CLAUNCHINFO_H

/// The argument count main was given (0 when it could not be captured).
int gi_launch_argc(void);
/// The argument vector main was given, as the kernel passed it: bytes, not necessarily UTF-8.
char *const *gi_launch_argv(void);
/// The commit the binary was built from, or "" for a plain `swift build`.
const char *gi_build_commit(void);
/// The day the binary was built (YYYY-MM-DD), or "" for a plain `swift build`.
const char *gi_build_date(void);

#endif
