#!/usr/bin/env bash
# Builds dist/ebp-logger_<version>_<arch>.deb from the PyInstaller bundle dist/ebp-logger/
# (built first by installers/pyinstaller/build.sh when missing, or always with --rebuild).
#
# The package installs the bundle to /opt/ebp-logger, links /usr/bin/ebp-logger to it, and puts
# the menu entry, icons and AppStream metadata under /usr/share. Patients' data never lives in
# the package: it stays in each user's data folder and survives remove and purge.
#
#   bash installers/linux/build_deb.sh [--rebuild]      prints the path of the .deb last
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$top/installers/linux"
cd "$top"

bundle="$top/dist/ebp-logger"
if [ "${1:-}" = "--rebuild" ] || [ ! -x "$bundle/ebp-logger" ]; then
    bash "$top/installers/pyinstaller/build.sh"
fi
[ -x "$bundle/ebp-logger" ] || { echo "build_deb.sh: no bundle at $bundle" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "build_deb.sh: dpkg-deb is needed (apt-get install dpkg)" >&2; exit 1; }

pkg=ebp-logger
version="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' ebp_logger/__init__.py)"
arch="$(dpkg --print-architecture)"
# The bundle carries a Python built against this machine's C library: require at least it.
glibc="$(dpkg-query -W -f='${Version}' libc6 | sed 's/-.*//')"
maintainer="${EBP_DEB_MAINTAINER:-EBP Logger maintainers <ebp-logger@localhost>}"
stage="$top/build/deb/${pkg}_${version}_${arch}"
out="$top/dist/${pkg}_${version}_${arch}.deb"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/doc/$pkg" "$stage/usr/share/icons/hicolor/scalable/apps"

cp -a "$bundle" "$stage/opt/$pkg"
ln -s "/opt/$pkg/ebp-logger" "$stage/usr/bin/ebp-logger"
install -m 0644 "$here/ebp-logger.desktop" "$stage/usr/share/applications/ebp-logger.desktop"
install -m 0644 "$here/org.ebplogger.EbpLogger.metainfo.xml" "$stage/usr/share/metainfo/"
install -m 0644 resources/icons/ebp-logger.svg "$stage/usr/share/icons/hicolor/scalable/apps/ebp-logger.svg"
for size in 48 128 256; do
    mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    install -m 0644 "resources/icons/ebp-logger-$size.png" \
        "$stage/usr/share/icons/hicolor/${size}x${size}/apps/ebp-logger.png"
done
cat > "$stage/usr/share/doc/$pkg/copyright" <<EOF
EBP Logger $version: bedside documentation of epidural blood patch procedures.
Bundles Python, Qt (LGPL-3.0) through PySide6, pyqtgraph, numpy, reportlab, pypdfium2 (PDFium),
peewee, python-hl7, argon2-cffi and platformdirs; their licences are in /opt/$pkg/_internal.
EOF

# Ownership and modes as dpkg expects them (the bundle keeps its own executable bits).
find "$stage" -type d -exec chmod 0755 {} +
find "$stage/usr/share" -type f -exec chmod 0644 {} +
chmod -R go-w "$stage/opt/$pkg"

installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
depends="libc6 (>= $glibc), libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1,
 libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1,
 libxcb-render-util0, libxcb-shape0, libxcb-xkb1"
cat > "$stage/DEBIAN/control" <<EOF
Package: $pkg
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_kb
Depends: $depends
Recommends: fonts-dejavu-core
Section: science
Priority: optional
Description: bedside documentation of epidural blood patch procedures
 EBP Logger guides anaesthesiologists and nurses through an epidural blood
 patch: safety checklist, vital signs and injected volume during the
 procedure, supine rest and follow-up on the ward, a discharge sheet in
 Danish or English and a printable procedure record. Every entry is audited.
 .
 A self-contained bundle (Python and Qt included) installed in /opt/ebp-logger.
 "ebp-logger --self-test" checks an installation.
EOF

# Menu and icon caches: dpkg triggers of desktop-file-utils and hicolor-icon-theme do this
# where those are installed; the scripts cover systems with the tools but not the triggers.
for script in postinst postrm; do
    cat > "$stage/DEBIAN/$script" <<'EOF'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f /usr/share/icons/hicolor/index.theme ]; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
EOF
done
cat >> "$stage/DEBIAN/postrm" <<'EOF'
# Purge: anything left in the install folder (the package's own files are gone already).
# Users' databases live in their home folders and are never touched here.
if [ "$1" = "purge" ]; then
    rm -rf /opt/ebp-logger
fi
EOF
chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"

(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -print0 | sed -z 's|^\./||' |
    sort -z | xargs -0 md5sum > DEBIAN/md5sums)
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"

mkdir -p "$(dirname "$out")"
# zstd: xz took 5 minutes for 200 MB of libraries on this 2-core machine. Every system whose C
# library is new enough for the bundle (glibc >= 2.36: Debian 12, Ubuntu 22.10 and later) has a
# dpkg that reads zstd. EBP_DEB_COMPRESS=xz for a smaller file.
dpkg-deb --root-owner-group -Z"${EBP_DEB_COMPRESS:-zstd}" --build "$stage" "$out" >/dev/null
echo "package: $(du -h "$out" | cut -f1), installed $((installed_kb / 1024)) MiB"
echo "$out"
