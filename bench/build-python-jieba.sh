#!/usr/bin/env bash
# Python jieba for the bench: a virtual environment in target/bench/python-jieba holding the jieba
# bench/python-jieba/requirements.txt pins (from PyPI, checked by hash), with its dictionary cache
# built once. Prints the environment's python on stdout. Where this machine cannot have it (no
# python3, no venv, PyPI out of reach) it prints nothing and says why on stderr: the bench then
# leaves Python jieba's figures out rather than lose every other one.
set -uo pipefail
cd "$(dirname "$0")/.."
env_dir=target/bench/python-jieba
python=$PWD/$env_dir/bin/python

left_out() {
  echo "bench: $*: Python jieba's figures are left out" >&2
  rm -rf "$env_dir"
  exit 0
}

if ! "$python" -c 'import jieba' 2>/dev/null; then
  command -v python3 >/dev/null || left_out "no python3 on this machine"
  rm -rf "$env_dir"
  if ! python3 -m venv "$env_dir" >/dev/null 2>&1; then
    # Debian's python3 comes without venv, which is a package of its own there.
    if command -v apt-get >/dev/null; then
      sudo=()
      [ "$(id -u)" -eq 0 ] || sudo=(sudo)
      "${sudo[@]}" apt-get install -y -q python3-venv >/dev/null 2>&1 || left_out "apt-get install python3-venv failed"
      rm -rf "$env_dir"
      python3 -m venv "$env_dir" >/dev/null 2>&1 || left_out "python3 -m venv failed"
    else
      left_out "python3 -m venv failed"
    fi
  fi
  "$python" -m pip install --quiet --disable-pip-version-check --require-hashes \
    -r bench/python-jieba/requirements.txt >&2 || left_out "pip could not install jieba from PyPI"
fi
# Builds jieba's dictionary cache, which every later start loads.
"$python" bench/python-jieba/peer.py /dev/null 0 '网络主权' >/dev/null ||
  left_out "Python jieba does not run"
echo "$python"
