// A few libcurl functions and constants, declared here and loaded at run time with dlopen, so building
// gen-image needs no curl headers and no -dev package. The wrappers make libcurl's variadic calls
// (curl_easy_setopt, curl_easy_getinfo) callable from Swift.
#ifndef CCURLSHIM_H
#define CCURLSHIM_H

#include <stddef.h>
#include <stdint.h>

typedef size_t (*gi_data_callback)(char *buffer, size_t size, size_t count, void *user);

// Option numbers from curl.h (stable ABI since libcurl 7).
enum {
    GI_OPT_WRITEDATA = 10001,
    GI_OPT_URL = 10002,
    GI_OPT_READDATA = 10009,
    GI_OPT_ERRORBUFFER = 10010,
    GI_OPT_WRITEFUNCTION = 20011,
    GI_OPT_READFUNCTION = 20012,
    GI_OPT_USERAGENT = 10018,
    GI_OPT_HTTPHEADER = 10023,
    GI_OPT_HEADERDATA = 10029,
    GI_OPT_CUSTOMREQUEST = 10036,
    GI_OPT_NOBODY = 44,
    GI_OPT_POST = 47,
    GI_OPT_FOLLOWLOCATION = 52,
    GI_OPT_CAINFO = 10065,
    GI_OPT_HEADERFUNCTION = 20079,
    GI_OPT_HTTPGET = 80,
    GI_OPT_HTTP_VERSION = 84,
    GI_OPT_CAPATH = 10097,
    GI_OPT_NOSIGNAL = 99,
    GI_OPT_ACCEPT_ENCODING = 10102,
    GI_OPT_POSTFIELDSIZE_LARGE = 30120,
    GI_OPT_COPYPOSTFIELDS = 10165,
    GI_OPT_CERTINFO = 172,
    GI_OPT_TCP_KEEPALIVE = 213,
    GI_OPT_SUPPRESS_CONNECT_HEADERS = 265,
};

enum {
    GI_HTTP_VERSION_2TLS = 4,
    GI_ERROR_SIZE = 256,
    GI_READFUNC_ABORT = 0x10000000,
    GI_WRITEFUNC_PAUSE = 0x10000001,
};

/// Loads libcurl (from `path`, or libcurl.so.4 when NULL) and initialises it globally. Call once, on the main
/// thread, before any other thread uses libcurl. Returns 0, or -1 with a reason in `error`.
int gi_curl_load(const char *path, char *error, size_t error_size);

void *gi_easy_init(void);
void gi_easy_cleanup(void *easy);
int gi_setopt_long(void *easy, int option, long value);
int gi_setopt_pointer(void *easy, int option, const void *value);
int gi_setopt_offset(void *easy, int option, int64_t value);
int gi_setopt_callback(void *easy, int option, gi_data_callback callback);
/// The status a proxy answered to CONNECT (407 when it wants credentials, 0 when no tunnel).
long gi_connect_code(void *easy);
/// The address the last transfer connected to (the proxy's when one was used), or NULL; owned by libcurl.
const char *gi_primary_ip(void *easy);
/// The port the last transfer connected to (0 when none).
long gi_primary_port(void *easy);
const char *gi_easy_strerror(int code);
/// The first certificate's `Subject:` and `X509v3 Subject Alternative Name:` lines from the last transfer (with
/// GI_OPT_CERTINFO set), one per line, into `out`. Returns 0, or -1 when libcurl has none.
int gi_peer_names(void *easy, char *out, size_t size);
/// Unpauses a transfer whose write callback returned GI_WRITEFUNC_PAUSE (curl_easy_pause with CURLPAUSE_CONT).
int gi_easy_unpause(void *easy);

void *gi_slist_append(void *list, const char *text);
void gi_slist_free_all(void *list);

void *gi_multi_init(void);
int gi_multi_add(void *multi, void *easy);
int gi_multi_remove(void *multi, void *easy);
int gi_multi_perform(void *multi, int *running);
int gi_multi_poll(void *multi, int timeout_ms);
int gi_multi_wakeup(void *multi);
/// The next finished transfer: returns its easy handle and stores its result in `result`, or NULL.
void *gi_multi_next_done(void *multi, int *result);

#endif
