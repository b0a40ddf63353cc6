"""A loopback OCSP responder for tests: an HTTP wrapper around `openssl ocsp` (not qcarchive's code)
answering from the index of the test CA in DIR (test_ca.sh), signed by the CA itself.
Usage: python3 ocsp_server.py DIR
Binds 127.0.0.1 on a free port, prints the port on the first line, serves until killed, and stops
by itself after 300 s."""
import http.server
import os
import subprocess
import sys
import tempfile
import threading

directory = sys.argv[1]


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        query = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with tempfile.TemporaryDirectory() as work:
            request, response = os.path.join(work, "request.der"), os.path.join(work, "response.der")
            with open(request, "wb") as f:
                f.write(query)
            subprocess.run(["openssl", "ocsp", "-index", "index.txt", "-CA", "root.pem", "-rsigner", "root.pem",
                            "-rkey", "root.key", "-reqin", request, "-respout", response, "-ndays", "1"],
                           cwd=directory, check=True, capture_output=True)
            with open(response, "rb") as f:
                body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/ocsp-response")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Timer(300, server.shutdown).start()
server.serve_forever()
