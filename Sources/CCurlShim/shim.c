#include "CCurlShim.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

typedef int (*fn_global_init)(long);
typedef void *(*fn_easy_init)(void);
typedef void (*fn_easy_cleanup)(void *);
typedef int (*fn_easy_setopt)(void *, int, ...);
typedef int (*fn_easy_getinfo)(void *, int, ...);
typedef const char *(*fn_easy_strerror)(int);
typedef int (*fn_easy_pause)(void *, int);
typedef void *(*fn_slist_append)(void *, const char *);
typedef void (*fn_slist_free_all)(void *);
typedef void *(*fn_multi_init)(void);
typedef int (*fn_multi_add)(void *, void *);
typedef int (*fn_multi_perform)(void *, int *);
typedef int (*fn_multi_poll)(void *, void *, unsigned int, int, int *);
typedef int (*fn_multi_wakeup)(void *);
typedef void *(*fn_multi_info_read)(void *, int *);

// CURLMsg from curl.h.
struct gi_message {
    int msg;
    void *easy;
    union {
        void *whatever;
        int result;
    } data;
};

static struct {
    int loaded;
    fn_easy_init easy_init;
    fn_easy_cleanup easy_cleanup;
    fn_easy_setopt easy_setopt;
    fn_easy_getinfo easy_getinfo;
    fn_easy_strerror easy_strerror;
    fn_easy_pause easy_pause;
    fn_slist_append slist_append;
    fn_slist_free_all slist_free_all;
    fn_multi_init multi_init;
    fn_multi_add multi_add;
    fn_multi_add multi_remove;
    fn_multi_perform multi_perform;
    fn_multi_poll multi_poll;
    fn_multi_wakeup multi_wakeup;
    fn_multi_info_read multi_info_read;
} curl;

#define CURL_GLOBAL_ALL 3
#define INFO_LONG 0x200000
#define INFO_CONNECT_CODE (INFO_LONG + 22)
#define INFO_STRING 0x100000
#define INFO_PRIMARY_IP (INFO_STRING + 32)
#define INFO_PRIMARY_PORT (INFO_LONG + 40)
#define INFO_PTR 0x400000
#define INFO_CERTINFO (INFO_PTR + 34)

// curl_slist and curl_certinfo from curl.h.
struct gi_slist {
    char *data;
    struct gi_slist *next;
};

struct gi_certinfo {
    int num_of_certs;
    struct gi_slist **certinfo;
};

static void *find(void *library, const char *name, const char **missing) {
    void *symbol = dlsym(library, name);
    if (symbol == NULL && *missing == NULL) *missing = name;
    return symbol;
}

int gi_curl_load(const char *path, char *error, size_t error_size) {
    if (curl.loaded) return 0;
    const char *name = path != NULL ? path : "libcurl.so.4";
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(error, error_size, "%s", dlerror());
        return -1;
    }
    const char *missing = NULL;
    fn_global_init global_init = (fn_global_init)find(library, "curl_global_init", &missing);
    curl.easy_init = (fn_easy_init)find(library, "curl_easy_init", &missing);
    curl.easy_cleanup = (fn_easy_cleanup)find(library, "curl_easy_cleanup", &missing);
    curl.easy_setopt = (fn_easy_setopt)find(library, "curl_easy_setopt", &missing);
    curl.easy_getinfo = (fn_easy_getinfo)find(library, "curl_easy_getinfo", &missing);
    curl.easy_strerror = (fn_easy_strerror)find(library, "curl_easy_strerror", &missing);
    curl.easy_pause = (fn_easy_pause)find(library, "curl_easy_pause", &missing);
    curl.slist_append = (fn_slist_append)find(library, "curl_slist_append", &missing);
    curl.slist_free_all = (fn_slist_free_all)find(library, "curl_slist_free_all", &missing);
    curl.multi_init = (fn_multi_init)find(library, "curl_multi_init", &missing);
    curl.multi_add = (fn_multi_add)find(library, "curl_multi_add_handle", &missing);
    curl.multi_remove = (fn_multi_add)find(library, "curl_multi_remove_handle", &missing);
    curl.multi_perform = (fn_multi_perform)find(library, "curl_multi_perform", &missing);
    curl.multi_poll = (fn_multi_poll)find(library, "curl_multi_poll", &missing);
    curl.multi_wakeup = (fn_multi_wakeup)find(library, "curl_multi_wakeup", &missing);
    curl.multi_info_read = (fn_multi_info_read)find(library, "curl_multi_info_read", &missing);
    if (missing != NULL) {
        snprintf(error, error_size, "%s has no %s (libcurl 7.68 or later is needed)", name, missing);
        return -1;
    }
    int status = global_init(CURL_GLOBAL_ALL);
    if (status != 0) {
        snprintf(error, error_size, "curl_global_init failed (%d)", status);
        return -1;
    }
    curl.loaded = 1;
    return 0;
}


void *gi_easy_init(void) { return curl.easy_init(); }
void gi_easy_cleanup(void *easy) { curl.easy_cleanup(easy); }
int gi_setopt_long(void *easy, int option, long value) { return curl.easy_setopt(easy, option, value); }
int gi_setopt_pointer(void *easy, int option, const void *value) { return curl.easy_setopt(easy, option, value); }
int gi_setopt_offset(void *easy, int option, int64_t value) { return curl.easy_setopt(easy, option, value); }
int gi_setopt_callback(void *easy, int option, gi_data_callback callback) {
    return curl.easy_setopt(easy, option, callback);
}

static long info_long(void *easy, int info) {
    long value = 0;
    if (curl.easy_getinfo(easy, info, &value) != 0) return 0;
    return value;
}

long gi_connect_code(void *easy) { return info_long(easy, INFO_CONNECT_CODE); }
long gi_primary_port(void *easy) { return info_long(easy, INFO_PRIMARY_PORT); }
const char *gi_primary_ip(void *easy) {
    char *ip = NULL;
    if (curl.easy_getinfo(easy, INFO_PRIMARY_IP, &ip) != 0) return NULL;
    return ip;
}
const char *gi_easy_strerror(int code) { return curl.easy_strerror(code); }

int gi_peer_names(void *easy, char *out, size_t size) {
    struct gi_certinfo *info = NULL;
    if (size == 0) return -1;
    out[0] = 0;
    if (curl.easy_getinfo(easy, INFO_CERTINFO, &info) != 0 || info == NULL || info->num_of_certs < 1) return -1;
    size_t used = 0;
    for (struct gi_slist *item = info->certinfo[0]; item != NULL; item = item->next) {
        const char *line = item->data;
        if (line == NULL) continue;
        if (strncmp(line, "Subject:", 8) != 0 && strncmp(line, "X509v3 Subject Alternative Name:", 32) != 0) continue;
        int written = snprintf(out + used, size - used, "%s\n", line);
        if (written < 0 || (size_t)written >= size - used) break;
        used += (size_t)written;
    }
    return used > 0 ? 0 : -1;
}
int gi_easy_unpause(void *easy) { return curl.easy_pause(easy, 0); }

void *gi_slist_append(void *list, const char *text) { return curl.slist_append(list, text); }
void gi_slist_free_all(void *list) { curl.slist_free_all(list); }

void *gi_multi_init(void) { return curl.multi_init(); }
int gi_multi_add(void *multi, void *easy) { return curl.multi_add(multi, easy); }
int gi_multi_remove(void *multi, void *easy) { return curl.multi_remove(multi, easy); }
int gi_multi_perform(void *multi, int *running) { return curl.multi_perform(multi, running); }
int gi_multi_poll(void *multi, int timeout_ms) {
    int ready = 0;
    return curl.multi_poll(multi, NULL, 0, timeout_ms, &ready);
}
int gi_multi_wakeup(void *multi) { return curl.multi_wakeup(multi); }

void *gi_multi_next_done(void *multi, int *result) {
    int left = 0;
    struct gi_message *message;
    while ((message = curl.multi_info_read(multi, &left)) != NULL) {
        if (message->msg == 1) {
            *result = message->data.result;
            return message->easy;
        }
    }
    return NULL;
}
