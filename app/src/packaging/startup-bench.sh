#!/usr/bin/env bash
# Start-up benchmark (Linux, under Xvfb): the packaged Samordna against a bare JavaFX window that is
# packaged the same way (jlink runtime with the JavaFX natives, jpackage app-image with the same
# launcher options, read from Samordna's .cfg, its own AOT cache, its own .deb). Each is started RUNS times; the time is taken
# from just before the launcher is started to the moment the window with its data is shown (the
# probe prints the wall clock then), and the resident memory at that moment. Then Samordna is started
# EXPORT_RUNS times more with --export-probe=report and as often with --export-probe=agreement: in each fresh
# app, once the export warm-up a little after the home page is over, the first export of that kind and the
# median of 7 warm ones after it; and as often with report-at-once and agreement-at-once, which export as
# soon as the home page has its data, before the warm-up.
#
#   mvn -B -pl app -Pinstaller -DskipTests package     # first: the real installer
#   app/src/packaging/startup-bench.sh                  # then: RUNS=10 by default
#
# Results: a table on stdout and in app/target/startup-bench/startup.md. Nothing here asserts a time.
set -euo pipefail

RUNS=${RUNS:-10}
EXPORT_RUNS=${EXPORT_RUNS:-5}
JDK=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
APP_DIR="$(cd "$(dirname "$0")/../.." && pwd)"
JP="$APP_DIR/target/jpackage"
OUT="$APP_DIR/target/startup-bench"
APP_IMAGE="$JP/image/Samordna"

if [ ! -x "$APP_IMAGE/bin/Samordna" ]; then
    echo "Build the installer first: mvn -B -pl app -Pinstaller -DskipTests package" >&2
    exit 1
fi
command -v Xvfb >/dev/null || { echo "Xvfb is needed (apt-get install xvfb)" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT/input"

echo "== Packaging the bare window the same way"
"$JDK/bin/jlink" --module-path "$JP/javafx" --add-modules java.base,jdk.localedata,javafx.controls \
    --include-locales=en,sv --strip-debug --no-header-files --no-man-pages \
    --output "$OUT/runtime" >/dev/null
unzip -q -o "$JP"/javafx/javafx-graphics-*-linux.jar '*.so' -d "$OUT/runtime/lib"
"$JDK/bin/jar" --create --no-compress --file "$OUT/input/bare-window.jar" -C "$APP_DIR/target/classes" se/samordna/app/startup
# The same launcher options as Samordna's (read from its .cfg: native access, heap, JIT), its own AOT cache.
JAVA_OPTIONS=()
while IFS= read -r option; do
    JAVA_OPTIONS+=(--java-options "$option")
done < <(sed -n 's/^java-options=//p' "$APP_IMAGE/lib/app/Samordna.cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Djpackage.app-version=')
"$JDK/bin/jpackage" --type app-image --runtime-image "$OUT/runtime" --input "$OUT/input" \
    --main-jar bare-window.jar --main-class se.samordna.app.startup.BareWindow --name BareWindow \
    --app-version 1.0.0 "${JAVA_OPTIONS[@]}" --java-options '-XX:AOTCache=$APPDIR/BareWindow.aot' --dest "$OUT/image"

DISPLAY_NUMBER=${BENCH_DISPLAY:-:97}
Xvfb "$DISPLAY_NUMBER" -screen 0 1400x900x24 >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
export DISPLAY="$DISPLAY_NUMBER"
sleep 1

"$JDK/bin/java" "$APP_DIR/src/packaging/AotTrainer.java" "$OUT/image/BareWindow" BareWindow >/dev/null 2>&1
# Packed as the installer profile packs Samordna's .deb (xz -9).
DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=9 "$JDK/bin/jpackage" --type deb --app-image "$OUT/image/BareWindow" --name bare-window --app-version 1.0.0 \
    --dest "$OUT/installer" >/dev/null

probe() { # $1 launcher, $2 data dir: prints "ms-to-window-with-data rss-kb ms-to-first-window ms-to-main"
    local start
    start=$(date +%s%3N)
    "$1" --startup-probe --data-dir "$2" 2>/dev/null | awk -v start="$start" '/^SAMORDNA-STARTUP/ {
        split($3, a, "="); split($4, b, "="); split($5, c, "="); split($6, d, "=");
        print a[2] - start, b[2], c[2] - start, d[2] - start }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

DATA="$OUT/data"
echo "== First start of Samordna (creates the example data; not measured)"
probe "$APP_IMAGE/bin/Samordna" "$DATA" >/dev/null
probe "$OUT/image/BareWindow/bin/BareWindow" "$OUT/bare-data" >/dev/null

: > "$OUT/app.txt"
: > "$OUT/bare.txt"
for i in $(seq 1 "$RUNS"); do
    probe "$APP_IMAGE/bin/Samordna" "$DATA" >> "$OUT/app.txt"
    probe "$OUT/image/BareWindow/bin/BareWindow" "$OUT/bare-data" >> "$OUT/bare.txt"
done

export_probe() { # $1 report|agreement[-at-once]: prints "first-ms warm-ms"
    "$APP_IMAGE/bin/Samordna" --export-probe="$1" --data-dir "$DATA" 2>/dev/null | awk -v k="${1%-at-once}" '/^SAMORDNA-EXPORT/ {
        for (i = 2; i <= NF; i++) { split($i, f, "="); v[f[1]] = f[2] } print v[k "-first-ms"], v[k "-warm-ms"] }'
}
KINDS="report agreement report-at-once agreement-at-once"
for kind in $KINDS; do : > "$OUT/export-$kind.txt"; done
for i in $(seq 1 "$EXPORT_RUNS"); do
    for kind in $KINDS; do export_probe "$kind" >> "$OUT/export-$kind.txt"; done
done
REPORT_FIRST=$(cut -d' ' -f1 "$OUT/export-report.txt" | median)
REPORT_WARM=$(cut -d' ' -f2 "$OUT/export-report.txt" | median)
AGREEMENT_FIRST=$(cut -d' ' -f1 "$OUT/export-agreement.txt" | median)
AGREEMENT_WARM=$(cut -d' ' -f2 "$OUT/export-agreement.txt" | median)
REPORT_NOW=$(cut -d' ' -f1 "$OUT/export-report-at-once.txt" | median)
REPORT_NOW_WARM=$(cut -d' ' -f2 "$OUT/export-report-at-once.txt" | median)
AGREEMENT_NOW=$(cut -d' ' -f1 "$OUT/export-agreement-at-once.txt" | median)
AGREEMENT_NOW_WARM=$(cut -d' ' -f2 "$OUT/export-agreement-at-once.txt" | median)

APP_MS=$(cut -d' ' -f1 "$OUT/app.txt" | median)
BARE_MS=$(cut -d' ' -f1 "$OUT/bare.txt" | median)
APP_RSS=$(cut -d' ' -f2 "$OUT/app.txt" | median)
APP_SHOWN=$(cut -d' ' -f3 "$OUT/app.txt" | median)
BARE_SHOWN=$(cut -d' ' -f3 "$OUT/bare.txt" | median)
BARE_RSS=$(cut -d' ' -f2 "$OUT/bare.txt" | median)
APP_MAIN=$(cut -d' ' -f4 "$OUT/app.txt" | median)
BARE_MAIN=$(cut -d' ' -f4 "$OUT/bare.txt" | median)
APP_DEB=$(stat -c %s "$JP"/installer/*.deb 2>/dev/null | head -1 || echo 0)
BARE_DEB=$(stat -c %s "$OUT"/installer/*.deb | head -1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "–" }'; }
mb() { awk -v v="$1" 'BEGIN { printf "%.1f MB", v / 1048576 }'; }

{
    echo "# Start-up benchmark ($(date -u +%Y-%m-%d), $(nproc) cores, Xvfb, $RUNS runs each, medians)"
    echo
    echo "| | Samordna | bare JavaFX window | ratio | goal |"
    echo "|---|---:|---:|---:|---|"
    echo "| process start → main window shown (Samordna: with its progress state) | ${APP_SHOWN} ms | ${BARE_SHOWN} ms | $(ratio "$APP_SHOWN" "$BARE_SHOWN") | ≤ 1.3×, < 1500 ms |"
    echo "| of which process start → main() begins (the JVM and its caches) | ${APP_MAIN} ms | ${BARE_MAIN} ms | $(ratio "$APP_MAIN" "$BARE_MAIN") | |"
    echo "| process start → window with the centre's data shown | ${APP_MS} ms | ${BARE_MS} ms | $(ratio "$APP_MS" "$BARE_MS") | |"
    echo "| resident memory after start | $((${APP_RSS%.*} / 1024)) MB | $((${BARE_RSS%.*} / 1024)) MB | $(ratio "$APP_RSS" "$BARE_RSS") | ≤ 2× |"
    echo "| installer (.deb) | $(mb "$APP_DEB") | $(mb "$BARE_DEB") | $(ratio "$APP_DEB" "$BARE_DEB") | ≤ 1.5× |"
    echo
    echo "| export in a freshly started app | first | warm (median of 7 after it) | ratio | goal |"
    echo "|---|---:|---:|---:|---|"
    echo "| annual report, PDF/A, after the export warm-up | ${REPORT_FIRST} ms | ${REPORT_WARM} ms | $(ratio "$REPORT_FIRST" "$REPORT_WARM") | ≤ 3× |"
    echo "| agreement, PDF/A, after the export warm-up | ${AGREEMENT_FIRST} ms | ${AGREEMENT_WARM} ms | $(ratio "$AGREEMENT_FIRST" "$AGREEMENT_WARM") | ≤ 3× |"
    echo "| annual report, PDF/A, at once (home page just shown, before the warm-up) | ${REPORT_NOW} ms | ${REPORT_NOW_WARM} ms | $(ratio "$REPORT_NOW" "$REPORT_NOW_WARM") | |"
    echo "| agreement, PDF/A, at once (before the warm-up) | ${AGREEMENT_NOW} ms | ${AGREEMENT_NOW_WARM} ms | $(ratio "$AGREEMENT_NOW" "$AGREEMENT_NOW_WARM") | |"
    echo
    echo "All runs (ms to data, kB, ms to window, ms to main): Samordna $(tr '\n' ';' < "$OUT/app.txt")"
    echo "bare window $(tr '\n' ';' < "$OUT/bare.txt")"
    echo "exports (first ms, warm ms):$(for kind in $KINDS; do echo -n " $kind $(tr '\n' ';' < "$OUT/export-$kind.txt")"; done)"
} | tee "$OUT/startup.md"
