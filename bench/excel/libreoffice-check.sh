#!/usr/bin/env bash
# Opens the Excel drafts in LibreOffice (headless), which is what "opens without repair prompts" can mean on a
# server: the blank templates convert to PDF with one page per sheet, and filled drafts re-saved by LibreOffice
# (shared strings, its own styles) are read back by `compliance check`. Needs libreoffice-calc-nogui and
# poppler-utils; not part of CI (installing LibreOffice takes minutes). Results: docs/excel.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y --no-install-recommends libreoffice-calc-nogui"; exit 1; }
command -v pdfinfo >/dev/null || { echo "pdfinfo not found: apt-get install -y poppler-utils"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Compliance.Cli -v q -nologo >/dev/null
cli() { dotnet src/Compliance.Cli/bin/Debug/net10.0/compliance.dll "$@"; }
# LibreOffice keeps a per-user profile; a private one avoids clashing with another running instance.
lo() { soffice -env:UserInstallation=file://"$work"/profile --headless "$@" 2>&1 | grep -v javaldx || true; }

status=0
sheets=15  # 填表说明 + 12 standard tables + 项目绩效目标 + 绩效自评
for kind in budget final; do
  cli template --kind "$kind" --year 2024 --out "$work/template-$kind.xlsx" >/dev/null
  lo --convert-to pdf --outdir "$work" "$work/template-$kind.xlsx" >/dev/null
  pages=$(pdfinfo "$work/template-$kind.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ "${pages:-0}" = "$sheets" ]; then
    echo "template $kind: PDF with $pages pages (one per sheet)"
  else
    echo "template $kind: expected $sheets pages, got ${pages:-no PDF}"; status=1
  fi
done

cli generate --count 3 --seed 11 --out "$work/drafts" --format xlsx >/dev/null
mkdir -p "$work/resaved"
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/resaved" "$work"/drafts/*.xlsx >/dev/null
for original in "$work"/drafts/*.xlsx; do
  name=$(basename "$original")
  # check exits 1 or 2 when it has findings; the findings, not the exit code, are compared.
  a=$({ cli check "$original" --format json || true; } | grep -v '"file"' | sha256sum)
  b=$({ cli check "$work/resaved/$name" --format json || true; } | grep -v '"file"' | sha256sum)
  if [ "$a" = "$b" ]; then
    echo "re-saved by LibreOffice, same findings: $name"
  else
    echo "re-saved by LibreOffice, findings differ: $name"; status=1
  fi
done
exit $status
