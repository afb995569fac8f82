#!/usr/bin/env bash
# Runs a command in a new network namespace that has nothing but loopback, so voice and video
# tests and benchmarks (browsers, livekit-server, bots) cannot send a packet anywhere else.
# With TM_NETNS_VETH=1 it also adds 127.0.0.2 on a veth pair inside the namespace: native
# WebRTC clients (@livekit/rtc-node) do not gather candidates on the loopback interface itself.
set -euo pipefail
if [ -z "${TM_IN_NETNS:-}" ]; then
  flags=(--net)
  # Root creates the namespace directly; anyone else through a user namespace of their own.
  [ "$(id -u)" -ne 0 ] && flags+=(--map-root-user)
  TM_IN_NETNS=1 exec unshare "${flags[@]}" -- "$0" "$@"
fi
ip link set lo up
if [ "${TM_NETNS_VETH:-0}" = 1 ]; then
  ip link add tm-veth0 type veth peer name tm-veth1
  ip addr add 127.0.0.2/32 dev tm-veth0
  ip link set tm-veth0 up
  ip link set tm-veth1 up
fi
exec "$@"
