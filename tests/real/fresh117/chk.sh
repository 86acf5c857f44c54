#!/bin/bash
for d in "$@"; do echo "== $d"; grep -i -- "$d" /tmp/sets/claimed.txt /tmp/used_outlets.txt /tmp/used_urls.txt | head -3; done
