#!/usr/bin/env bash
# The README's test command. Tests use real peers from Debian (numpy, PyTorch and onnx as numerical and format
# oracles, protoc with TensorBoard's .proto files, the Fashion-MNIST files, PostgreSQL); this installs the ones that
# are missing (apt-get, as root) and then runs every test project. Arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(python3-torch python3-onnx python3-numpy protobuf-compiler dataset-fashion-mnist postgresql)
missing=()
if command -v dpkg-query > /dev/null; then
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "install ok installed" || missing+=("$package")
  done
else
  echo "test.sh: no dpkg here; the tests that use ${packages[*]} fail unless their programs and files are present." >&2
fi

if [ "${#missing[@]}" -gt 0 ]; then
  # As root directly; otherwise through sudo when it needs no password (CI runners), else say what to run.
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
      as_root=(sudo -n)
    else
      echo "test.sh: missing Debian packages: ${missing[*]}. Run as root, or: sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "test.sh: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

exec dotnet test TypedGraph.sln "$@"
