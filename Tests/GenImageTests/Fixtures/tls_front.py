# A TLS front for the fake gateway, for tests only: accepts TLS on 127.0.0.1 with the certificate it is given
# and pipes the bytes to the plain-HTTP gateway. Prints its port, then serves until its stdin closes.
# Usage: python3 tls_front.py CERT KEY UPSTREAM_PORT
import os
import socket
import ssl
import sys
import threading

cert, key, upstream = sys.argv[1], sys.argv[2], int(sys.argv[3])
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(32)
print(listener.getsockname()[1], flush=True)


def pump(source, target):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, target):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def handle(raw):
    try:
        secure = context.wrap_socket(raw, server_side=True)
    except (OSError, ssl.SSLError):
        raw.close()
        return
    gateway = socket.create_connection(("127.0.0.1", upstream))
    threading.Thread(target=pump, args=(secure, gateway), daemon=True).start()
    pump(gateway, secure)


def watch_stdin():
    sys.stdin.read()
    os._exit(0)


threading.Thread(target=watch_stdin, daemon=True).start()
while True:
    connection, _ = listener.accept()
    threading.Thread(target=handle, args=(connection,), daemon=True).start()
