#!/bin/sh
# Generates the throw-away PKI the TLS tests use, with the openssl command:
#
#   ca.pem                 test root CA (the tests add it with tls.ca_file)
#   server.pem/.key        signed by ca, for localhost, 127.0.0.1 and ::1
#   expired.pem/.key       signed by ca, valid only in 2020
#   wronghost.pem/.key     signed by ca, for wrong.example only
#   selfsigned.pem/.key    self-signed, for localhost and 127.0.0.1
#   untrusted.pem/.key     for localhost and 127.0.0.1, signed by other-ca (unknown to the tests)
#   client-ca.pem          CA the server trusts for client certificates
#   client.pem/.key        client certificate signed by client-ca
#   client-encrypted.key   the same key, encrypted with the passphrase in client.passphrase
#   server.spki            base64 SHA-256 of server.pem's SubjectPublicKeyInfo (a pin)
#
# Nothing here is a secret: the keys exist only in the build tree.
#
#   make-test-pki.sh OUTPUT_DIR
set -eu

openssl() { command "${OPENSSL:-openssl}" "$@"; }

out=$1
mkdir -p "$out"
cd "$out"
rm -rf work
mkdir work

key() {
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null
}

ca() { # name subject
    key "$1.key"
    openssl req -x509 -new -key "$1.key" -sha256 -days 3650 -subj "$2" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" -out "$1.pem"
}

# leaf NAME ISSUER SUBJECT SAN EKU
leaf() {
    key "$1.key"
    openssl req -new -key "$1.key" -subj "$3" -out "work/$1.csr"
    cat > "work/$1.ext" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=$5
subjectAltName=$4
EXT
    openssl x509 -req -in "work/$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial \
        -CAserial "work/$2.srl" -sha256 -days 3650 -extfile "work/$1.ext" -out "$1.pem" 2>/dev/null
}

local_names="DNS:localhost,IP:127.0.0.1,IP:::1"

ca ca "/O=maxmon tests/CN=maxmon Test Root CA"
ca other-ca "/O=somebody else/CN=Unknown Test CA"
ca client-ca "/O=maxmon tests/CN=maxmon Test Client CA"

leaf server ca "/O=maxmon tests/CN=localhost" "$local_names" serverAuth
leaf wronghost ca "/O=maxmon tests/CN=wrong.example" "DNS:wrong.example" serverAuth
leaf untrusted other-ca "/O=somebody else/CN=localhost" "$local_names" serverAuth
leaf client client-ca "/O=maxmon tests/CN=maxmon test client" "DNS:client.example" clientAuth

key selfsigned.key
openssl req -x509 -new -key selfsigned.key -sha256 -days 3650 -subj "/O=maxmon tests/CN=self-signed" \
    -addext "subjectAltName=$local_names" -out selfsigned.pem

# An expired certificate: only "openssl ca" takes explicit dates in OpenSSL 3.0.
key expired.key
openssl req -new -key expired.key -subj "/O=maxmon tests/CN=expired" -out work/expired.csr
: > work/index.txt
echo 1000 > work/ca.serial
cat > work/ca.cnf <<CNF
[ca]
default_ca = test_ca
[test_ca]
database = work/index.txt
new_certs_dir = work
serial = work/ca.serial
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = leaf
unique_subject = no
[any]
organizationName = optional
commonName = supplied
[leaf]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $local_names
CNF
openssl ca -batch -config work/ca.cnf -cert ca.pem -keyfile ca.key -in work/expired.csr \
    -startdate 20200101000000Z -enddate 20201231235959Z -out expired.pem 2>/dev/null

echo "test-passphrase" > client.passphrase
openssl pkey -in client.key -aes256 -passout file:client.passphrase -out client-encrypted.key

openssl x509 -in server.pem -pubkey -noout | openssl pkey -pubin -outform der \
    | openssl dgst -sha256 -binary | openssl base64 > server.spki

rm -rf work
chmod 600 ./*.key
