#!/usr/bin/env bash
# Obtains the real corpora (Kubernetes 1.20.2, Django 3.2.25, and the Java trees ZooKeeper 3.8.0, Jetty 9.4.57,
# Guava 31.1 and the src/ folder of OpenJDK 17.0.19) from Debian's archive as source packages, verified by apt against the signed archive, and unpacks them
# into a cache folder outside the clone. Reuses what is already there. Prints the repository roots as KEY=PATH lines.
# With --evaluation it also obtains the two trees only the evaluation scans (Syncthing 1.19.2, Mercurial 6.3.2).
#
# Elsewhere (no apt): clone the same tags with git:
#   git clone --depth 1 --branch v1.20.2 https://github.com/kubernetes/kubernetes
#   git clone --depth 1 --branch 3.2.25  https://github.com/django/django
#   git clone --depth 1 --branch release-3.8.0 https://github.com/apache/zookeeper
#   git clone --depth 1 --branch jetty-9.4.57.v20241219 https://github.com/jetty/jetty.project jetty
#   git clone --depth 1 --branch v31.1 https://github.com/google/guava
#   git clone --depth 1 --branch jdk-17.0.19+10 https://github.com/openjdk/jdk17u (its src/ folder)
#   git clone --depth 1 --branch v1.19.2 https://github.com/syncthing/syncthing
#   hg clone -r 6.3.2 https://www.mercurial-scm.org/repo/hg mercurial
set -euo pipefail

cache="${CORPORA_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/toctou-analyzer/corpora}"
k8s_dir="$cache/kubernetes-1.20.2"
django_dir="$cache/django-3.2.25"
zookeeper_dir="$cache/zookeeper-3.8.0"
jetty_dir="$cache/jetty-9.4.57"
guava_dir="$cache/guava-31.1"
jdk_dir="$cache/openjdk-17.0.19"
syncthing_dir="$cache/syncthing-1.19.2"
mercurial_dir="$cache/mercurial-6.3.2"
evaluation=false
[[ "${1:-}" == "--evaluation" ]] && evaluation=true

print_roots() {
  echo "KUBERNETES=$k8s_dir"
  echo "DJANGO=$django_dir"
  echo "ZOOKEEPER=$zookeeper_dir"
  echo "JETTY=$jetty_dir"
  echo "GUAVA=$guava_dir"
  echo "JDK=$jdk_dir"
  if $evaluation; then
    echo "SYNCTHING=$syncthing_dir"
    echo "MERCURIAL=$mercurial_dir"
  fi
}

wanted=("$k8s_dir" "$django_dir" "$zookeeper_dir" "$jetty_dir" "$guava_dir" "$jdk_dir")
$evaluation && wanted+=("$syncthing_dir" "$mercurial_dir")
missing=false
for dir in "${wanted[@]}"; do [[ -f "$dir/.complete" ]] || missing=true; done
if ! $missing; then
  print_roots
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "corpora: apt-get is not available on this machine; clone the same tags with git instead:" >&2
  echo "  git clone --depth 1 --branch v1.20.2 https://github.com/kubernetes/kubernetes \"$k8s_dir\"" >&2
  echo "  git clone --depth 1 --branch 3.2.25  https://github.com/django/django \"$django_dir\"" >&2
  echo "  touch \"$k8s_dir/.complete\" \"$django_dir/.complete\"" >&2
  echo "  and ZooKeeper, Jetty, Guava and the JDK into $zookeeper_dir, $jetty_dir, $guava_dir and $jdk_dir as the top of this script says, each with a .complete file" >&2
  $evaluation && echo "  and for --evaluation, Syncthing and Mercurial as the top of this script says, each with a .complete file" >&2
  exit 2
fi

apt_state="$cache/apt"
mkdir -p "$apt_state/lists/partial" "$apt_state/sources.list.d" "$cache/downloads"
src_list="$apt_state/sources.list.d/debian-src.sources"
base_list=/etc/apt/sources.list.d/debian.sources
if [[ ! -f "$base_list" ]]; then
  echo "corpora: $base_list not found; add a deb-src entry for Debian bookworm and rerun, or clone the tags with git (see the top of this script)" >&2
  exit 2
fi
sed 's/^Types: deb$/Types: deb-src/' "$base_list" > "$src_list"
apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$apt_state/sources.list.d"
          -o "Dir::State::Lists=$apt_state/lists" -o "Debug::NoLocking=1")

fetch() { # source-package upstream-version target-dir [debian-version [only-this-folder]]
  local pkg=$1 version=$2 target=$3 debian_version=${4:-} only=${5:-} tarball
  [[ -f "$target/.complete" ]] && return 0
  if ! ls "$cache/downloads/${pkg}_"*"${version}.orig.tar."* >/dev/null 2>&1; then
    # apt moves a file out of partial/ only after its hash matches the signed Sources index; the
    # security archive sometimes lacks the .dsc/.debian.tar, which we do not need, so its error is not fatal.
    # A Debian version picks the main archive's package where the security archive's newer one is not served.
    ( cd "$cache/downloads" && apt-get "${apt_opts[@]}" source --download-only "$pkg${debian_version:+=$debian_version}" ) || true
  fi
  tarball=$(ls "$cache/downloads/${pkg}_"*"${version}.orig.tar."* 2>/dev/null | grep -v '\.asc$' | head -n 1 || true)
  if [[ -z "$tarball" ]]; then
    echo "corpora: Debian's archive did not give $pkg at upstream version $version; clone the tag with git (see the top of this script)" >&2
    exit 2
  fi
  rm -rf "$target.partial" && mkdir -p "$target.partial"
  if [[ -n "$only" ]]; then
    tar -xf "$tarball" -C "$target.partial" --strip-components=1 --wildcards --no-wildcards-match-slash "*/$only"
  else
    tar -xf "$tarball" -C "$target.partial" --strip-components=1
  fi
  rm -rf "$target" && mv "$target.partial" "$target"
  touch "$target/.complete"
}

apt-get "${apt_opts[@]}" update >&2
fetch kubernetes 1.20.2 "$k8s_dir" >&2
fetch python-django 3.2.25 "$django_dir" >&2
fetch zookeeper 3.8.0 "$zookeeper_dir" >&2
fetch jetty9 9.4.57 "$jetty_dir" >&2
fetch guava-libraries 31.1 "$guava_dir" >&2
fetch openjdk-17 17.0.19+10 "$jdk_dir" 17.0.19+10-1~deb12u2 src >&2
if $evaluation; then
  fetch syncthing '1.19.2~ds1' "$syncthing_dir" >&2
  fetch mercurial 6.3.2 "$mercurial_dir" >&2
fi
print_roots
