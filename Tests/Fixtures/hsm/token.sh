#!/usr/bin/env bash
# A SoftHSM2 token in DIR with a sealing key and a TSA key generated inside it (P-256), and certificates for
# them under a test root: what `make bench BENCH_HSM=1` seals with, and a recipe for trying qcarchive with an
# HSM by hand (docs/OPERATIONS.md, "Keys in an HSM"). Test PINs only. Writes DIR/env (source it) and prints
# the init flags. Needs softhsm2, opensc and openssl.
set -euo pipefail
dir="$(realpath -m "$1")"
module=/usr/lib/softhsm/libsofthsm2.so
[ -e "$module" ] || module=/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so
mkdir -p "$dir/tokens"
printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' "$dir/tokens" >"$dir/softhsm2.conf"
export SOFTHSM2_CONF="$dir/softhsm2.conf"
printf 'export SOFTHSM2_CONF=%q QCARCHIVE_PKCS11_PIN=1234-test\n' "$SOFTHSM2_CONF" >"$dir/env"
softhsm2-util --init-token --free --label qc-bench --pin 1234-test --so-pin 5678-test >/dev/null
cd "$dir"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout root.key -out root.pem -days 7300 \
  -subj "/CN=qcarchive HSM test root" -addext basicConstraints=critical,CA:TRUE \
  -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
for key in seal tsa; do
  pkcs11-tool --module "$module" --token-label qc-bench --login --pin 1234-test --keypairgen --key-type EC:prime256v1 \
    --label "$key" --id "$([ $key = seal ] && echo 01 || echo 02)" >/dev/null
  pkcs11-tool --module "$module" --token-label qc-bench --read-object --type pubkey --label "$key" -o "$key.pub.der" \
    >/dev/null 2>&1
  openssl pkey -pubin -inform DER -in "$key.pub.der" -out "$key.pub.pem"
  if [ "$key" = seal ]; then usage="keyUsage=critical,digitalSignature,nonRepudiation"
  else usage="keyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping"; fi
  printf "basicConstraints=critical,CA:FALSE\n$usage\n" >"$key.ext"
  openssl req -new -key root.key -subj "/CN=qcarchive HSM test $key" 2>/dev/null \
    | openssl x509 -req -CA root.pem -CAkey root.key -CAcreateserial -force_pubkey "$key.pub.pem" -days 3650 \
      -extfile "$key.ext" -out "$key.pem" 2>/dev/null
  cat "$key.pem" root.pem >"$key-chain.pem"
done
echo "--seal-key pkcs11:token=qc-bench;object=seal --seal-cert $dir/seal-chain.pem --tsa local" \
  "--tsa-key pkcs11:token=qc-bench;object=tsa --tsa-cert $dir/tsa-chain.pem --pkcs11-module $module"
