"""A loopback RFC 3161 time-stamp authority for tests: an HTTP wrapper around `openssl ts -reply`
(not qcarchive's code). Usage: python3 tsa_server.py DIR MODE
DIR holds tsa-key.pem and tsa-cert.pem; MODE is ok, garbage, wrongtype or error.
Binds 127.0.0.1 on a free port, prints the port on the first line, serves until killed, and stops
by itself after 120 s."""
import http.server
import os
import subprocess
import sys
import tempfile
import threading

directory, mode = sys.argv[1], sys.argv[2]
config = os.path.join(directory, "tsa.cnf")
with open(config, "w") as f:
    f.write(f"""[ tsa ]
default_tsa = tsa_config1
[ tsa_config1 ]
dir = {directory}
serial = $dir/tsa-serial
crypto_device = builtin
signer_cert = $dir/tsa-cert.pem
certs = $dir/tsa-cert.pem
signer_key = $dir/tsa-key.pem
signer_digest = sha256
default_policy = 2.999.3161.2
digests = sha256, sha384, sha512
accuracy = secs:1
ess_cert_id_alg = sha256
""")
with open(os.path.join(directory, "tsa-serial"), "w") as f:
    f.write("01\n")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        query = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if mode == "error":
            self.send_response(500)
            self.end_headers()
            return
        if mode == "garbage":
            body, content_type = b"not a time-stamp response", "application/timestamp-reply"
        else:
            with tempfile.TemporaryDirectory() as work:
                with open(os.path.join(work, "q.tsq"), "wb") as f:
                    f.write(query)
                subprocess.run(["openssl", "ts", "-reply", "-config", config, "-queryfile", os.path.join(work, "q.tsq"),
                                "-out", os.path.join(work, "r.tsr")], check=True, capture_output=True)
                body = open(os.path.join(work, "r.tsr"), "rb").read()
            content_type = "text/plain" if mode == "wrongtype" else "application/timestamp-reply"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Timer(120, server.shutdown).start()
server.serve_forever()
