#!/bin/bash
# A test certificate authority run by `openssl ca` (not qcarchive's code), with a CRL distribution
# point on a loopback HTTP server (static_server.py) or an OCSP responder (ocsp_server.py).
#   test_ca.sh DIR init CRL-URL [OCSP-URL]
#                                   a root CA in DIR whose certificates name CRL-URL as their CRL
#                                   distribution point (none when empty) and OCSP-URL as their OCSP
#                                   responder, and its first CRL at DIR/pub/ca.crl (DER)
#   test_ca.sh DIR issue NAME DAYS  a sealing key NAME.key and chain NAME-chain.pem (leaf, root)
#   test_ca.sh DIR revoke NAME      revokes NAME (keyCompromise) and publishes a new CRL
set -euo pipefail
dir=$1 command=$2
mkdir -p "$dir"
cd "$dir"
crl() {
  openssl ca -batch -config ca.cnf -gencrl -crldays 30 -out ca.crl.pem 2>/dev/null
  mkdir -p pub
  openssl crl -in ca.crl.pem -outform DER -out pub/ca.crl.tmp
  mv pub/ca.crl.tmp pub/ca.crl
}
case "$command" in
init)
  mkdir -p issued pub
  : > index.txt
  echo 1000 > serial
  echo 01 > crlnumber
  cat > ca.cnf <<CNF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = .
database = ./index.txt
new_certs_dir = ./issued
certificate = ./root.pem
private_key = ./root.key
serial = ./serial
crlnumber = ./crlnumber
default_md = sha256
default_days = 365
default_crl_days = 30
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
[ sealing ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,nonRepudiation
CNF
  if [ -n "$3" ]; then echo "crlDistributionPoints = URI:$3" >> ca.cnf; fi
  if [ -n "${4:-}" ]; then echo "authorityInfoAccess = OCSP;URI:$4" >> ca.cnf; fi
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout root.key -out root.pem \
    -days 7300 -subj "/CN=Test sealing CA" -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
  crl
  ;;
issue)
  name=$3 days=$4
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" -out "$name.csr" \
    -subj "/CN=$name sealing key" 2>/dev/null
  openssl ca -batch -config ca.cnf -extensions sealing -days "$days" -in "$name.csr" -out "$name.pem" \
    -notext 2>/dev/null
  cat "$name.pem" root.pem > "$name-chain.pem"
  ;;
revoke)
  openssl ca -batch -config ca.cnf -revoke "$3.pem" -crl_reason keyCompromise 2>/dev/null
  crl
  ;;
esac
