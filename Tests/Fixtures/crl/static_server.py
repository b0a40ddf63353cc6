"""A loopback HTTP server for tests: Python's http.server serving the files of DIR (a CA's CRL
distribution point), not qcarchive's code. Usage: python3 static_server.py DIR
Binds 127.0.0.1 on a free port, prints the port on the first line, serves until killed, and stops
by itself after 300 s."""
import functools
import http.server
import sys
import threading

handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
handler.func.log_message = lambda *args: None
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
print(server.server_address[1], flush=True)
threading.Timer(300, server.shutdown).start()
server.serve_forever()
