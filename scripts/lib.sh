# Shared by ./screening and ./run-tests: install what a fresh Debian 12 machine lacks, build.
# Sourced, not run.

# ensure_debian_packages LISTFILE: installs every package named in LISTFILE (one per line,
# '#' comments) that is not installed yet. The package lists of a fresh machine are empty, so
# apt-get update runs once first, and only when something is missing.
ensure_debian_packages() {
  local list="$1" missing=() pkg
  [ -f "$list" ] || return 0
  while read -r pkg; do
    pkg="${pkg%%#*}"; pkg="${pkg//[[:space:]]/}"
    [ -n "$pkg" ] || continue
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done < "$list"
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "screening: needs Debian packages ${missing[*]} and cannot install them without root or sudo" >&2; return 1; }
    sudo="sudo"
  fi
  echo "screening: installing Debian packages: ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# sources_newer_than FILE: true when any source of the product changed after FILE was built.
sources_newer_than() {
  local stamp="$1"
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$SCREENING_ROOT/src" "$SCREENING_ROOT/Directory.Build.props" "$SCREENING_ROOT/Directory.Packages.props" \
      -path '*/bin' -prune -o -path '*/obj' -prune -o -type f -newer "$stamp" -print -quit)" ]
}
