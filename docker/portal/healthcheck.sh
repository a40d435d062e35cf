#!/bin/bash
# Healthy when MicroProfile Health at /health answers 200: the database, notary-server and
# notary-signer are reachable. The image has no curl; bash's /dev/tcp speaks enough HTTP.
exec 3<>/dev/tcp/127.0.0.1/8080 || exit 1
printf 'GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 5 _ status _ <&3 || exit 1
[ "$status" = 200 ]
