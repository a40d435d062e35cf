#!/usr/bin/env bash
# A FIDO Metadata Service root and blob signer for test stacks, in <dir> (default $PORTAL_DATA_DIR/mds-test):
# root.crt (what PORTAL_WEBAUTHN_MDS_ROOT names), signer.crt (signed by the root) and signer.pk8 (its
# EC P-256 key, PKCS#8 DER), with which the integration tests sign their own MDS3 blobs. Made anew on
# each call: the real FIDO Alliance root stays the default everywhere else.
set -euo pipefail
dir=${1:-${PORTAL_DATA_DIR:?}/mds-test}
mkdir -p "$dir"
cd "$dir"
openssl ecparam -name prime256v1 -genkey -noout -out root.key 2>/dev/null
openssl req -x509 -new -key root.key -subj "/CN=Trust Portal Test MDS Root" -days 30 -out root.crt \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out signer.key 2>/dev/null
openssl req -new -key signer.key -subj "/CN=Trust Portal Test MDS Signer" -out signer.csr 2>/dev/null
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n' >signer.ext
openssl x509 -req -in signer.csr -CA root.crt -CAkey root.key -CAcreateserial -days 30 -extfile signer.ext \
  -out signer.crt 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in signer.key -outform DER -out signer.pk8
rm -f signer.csr signer.ext root.srl
