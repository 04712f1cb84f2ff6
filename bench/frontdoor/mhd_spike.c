// SPDX-License-Identifier: GPL-3.0-or-later
// The libmicrohttpd side of the front-door spike (docs/readme/frontdoor.md): GET /api/v1/health
// with MHD's own limits, to compare with cabinet-server's Boost.Beast front under the same
// attacks. Built and run only by bench/frontdoor/spike.sh; not part of the product.
#include <microhttpd.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static enum MHD_Result answer(void *cls, struct MHD_Connection *connection, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_data_size, void **state)
{
    (void)cls; (void)version; (void)upload_data;
    if (*state == NULL) { // first call: headers only
        *state = connection;
        return MHD_YES;
    }
    if (*upload_data_size != 0) { // body bytes are discarded
        *upload_data_size = 0;
        return MHD_YES;
    }
    const char *body = strcmp(url, "/api/v1/health") == 0 && strcmp(method, "GET") == 0 ? "{\"status\":\"ok\"}" : "{}";
    struct MHD_Response *response = MHD_create_response_from_buffer(strlen(body), (void *)body, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(response, "Content-Type", "application/json");
    const enum MHD_Result queued = MHD_queue_response(connection, MHD_HTTP_OK, response);
    MHD_destroy_response(response);
    return queued;
}

int main(int argc, char **argv)
{
    const unsigned short port = (unsigned short)(argc > 1 ? atoi(argv[1]) : 18081);
    struct MHD_Daemon *daemon = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, port, NULL, NULL, answer, NULL,
        MHD_OPTION_THREAD_POOL_SIZE, 2U, MHD_OPTION_CONNECTION_LIMIT, 4096U, MHD_OPTION_PER_IP_CONNECTION_LIMIT, 256U,
        MHD_OPTION_CONNECTION_TIMEOUT, 5U, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32 * 1024, MHD_OPTION_END);
    if (!daemon)
        return 1;
    printf("listening on http://127.0.0.1:%u\n", port);
    fflush(stdout);
    pause();
    MHD_stop_daemon(daemon);
    return 0;
}
