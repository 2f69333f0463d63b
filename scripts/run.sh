#!/usr/bin/env bash
# Runs the API server on the embedded defaults: SQLite file under ./data, in-process queue,
# local asset storage. Development environment by default, so requests without credentials
# act as the single local owner.
#
#   ./scripts/run.sh                          # http://127.0.0.1:5000
#   ./scripts/run.sh http://0.0.0.0:8080      # or MEDIACREATOR_URLS=http://0.0.0.0:8080 ./scripts/run.sh
#   ASPNETCORE_ENVIRONMENT=Production ./scripts/run.sh
# Extra arguments after the URL are passed to the application.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

URLS="${MEDIACREATOR_URLS:-http://127.0.0.1:5000}"
if [ $# -gt 0 ] && [[ "$1" == http://* || "$1" == https://* ]]; then
  URLS="$1"
  shift
fi
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v dotnet >/dev/null 2>&1 || { echo "dotnet not found on PATH: install the .NET 10 SDK" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "npm not found on PATH: the Api build needs Node.js and npm" >&2; exit 1; }

# Media tools the modules call at run time: ffmpeg/ffprobe (probing, video, audio) and the fonts the image module
# renders with (DejaVu for Latin, TLWG for Thai). Installed with apt when missing and we may (root or sudo).
missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/tlwg ] || missing+=(fonts-thai-tlwg)
command -v fluidsynth >/dev/null 2>&1 || missing+=(fluidsynth)
[ -e /usr/share/sounds/sf2/FluidR3_GM.sf2 ] || missing+=(fluid-soundfont-gm)
# Video: narration (espeak-ng), speech recognition (pocketsphinx, English model), face cascades (opencv-data).
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
command -v pocketsphinx_continuous >/dev/null 2>&1 || missing+=(pocketsphinx)
[ -d /usr/share/pocketsphinx/model/en-us ] || missing+=(pocketsphinx-en-us)
[ -d /usr/share/opencv4/haarcascades ] || missing+=(opencv-data)
command -v fc-match >/dev/null 2>&1 || missing+=(fontconfig)
# OpenCV's native library (OpenCvSharp) links against GTK 3 (highgui); nothing else pulls it in without recommends.
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  if command -v apt-get >/dev/null 2>&1 && { [ -z "$SUDO" ] || command -v sudo >/dev/null 2>&1; }; then
    echo "installing ${missing[*]}" >&2
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null &&
      $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}" >/dev/null ||
      echo "WARNING: could not install ${missing[*]}; media probing and text rendering will report the missing tools" >&2
  else
    echo "WARNING: missing ${missing[*]} (install them with your package manager)" >&2
  fi
fi

mkdir -p data
# dotnet run starts the app in src/Api; pin the embedded database to the checkout's ./data.
export Database__ConnectionString="${Database__ConnectionString:-Data Source=$PWD/data/mediacreator.db}"
# Likewise the local asset store and the URL-signing key (relative paths would land under src/Api).
export Storage__LocalRoot="${Storage__LocalRoot:-$PWD/data/assets}"
export Storage__SigningKeyFile="${Storage__SigningKeyFile:-$PWD/data/storage-signing.key}"
# And the publishing module's files: RSS feed items, folder exports, the public media folder.
export Publishing__FileFeedStoreOptions__RootPath="${Publishing__FileFeedStoreOptions__RootPath:-$PWD/data/feeds}"
export Publishing__FolderExportOptions__RootPath="${Publishing__FolderExportOptions__RootPath:-$PWD/data/exports}"
export Publishing__MediaUrlOptions__MediaRoot="${Publishing__MediaUrlOptions__MediaRoot:-$PWD/data/media}"
first_url="${URLS%%;*}"
first_url="${first_url/0.0.0.0/127.0.0.1}"
first_url="${first_url/\[::\]/127.0.0.1}"
first_url="${first_url/\*/127.0.0.1}"
first_url="${first_url/+/127.0.0.1}"
echo "MediaCreator API ($ASPNETCORE_ENVIRONMENT) — GraphQL endpoint: ${first_url%/}/graphql"
exec dotnet run --project src/Api -c Release --urls "$URLS" -- "$@"
