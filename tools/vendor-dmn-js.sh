#!/bin/sh
# Refreshes the vendored dmn-js modeler bundle served by the rules workbench page (/rules/).
# Usage: tools/vendor-dmn-js.sh [version]   (default: the version tools/diagrams/package.json pins)
# Needs npm (maintainers only: the build and the app never need Node). Writes
# app/src/main/resources/static/vendor/dmn-js/<version>/ and its VENDORED.md; update the version in
# app/src/main/resources/static/rules/index.html and rules.js when it changes.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
version=${1:-$(sed -n 's/.*"dmn-js": *"\([^"]*\)".*/\1/p' "$root/tools/diagrams/package.json")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "dmn-js@$version" >/dev/null && tar xzf dmn-js-"$version".tgz)
src="$work/package/dist"
dest="$root/app/src/main/resources/static/vendor/dmn-js/$version"
rm -rf "$dest"
mkdir -p "$dest/assets/dmn-font/css" "$dest/assets/dmn-font/font"
cp "$src/dmn-modeler.production.min.js" "$dest/"
for css in diagram-js.css dmn-js-shared.css dmn-js-drd.css dmn-js-decision-table.css \
    dmn-js-decision-table-controls.css dmn-js-literal-expression.css dmn-js-boxed-expression.css \
    dmn-js-boxed-expression-controls.css; do
  cp "$src/assets/$css" "$dest/assets/"
done
cp "$src/assets/dmn-font/css/dmn-embedded.css" "$src/assets/dmn-font/css/dmn.css" "$dest/assets/dmn-font/css/"
cp "$src/assets/dmn-font/font/"* "$dest/assets/dmn-font/font/"
cp "$work/package/LICENSE" "$dest/LICENSE"
sha=$(sha256sum "$dest/dmn-modeler.production.min.js" | cut -d' ' -f1)
cat > "$dest/VENDORED.md" <<MD
# dmn-js $version (vendored)

- Package: [dmn-js](https://www.npmjs.com/package/dmn-js) $version from the npm registry, by bpmn.io (Camunda).
- What: the distribution bundle \`dist/dmn-modeler.production.min.js\` and the CSS and fonts of \`dist/assets/\`
  that the modeler needs; nothing else, unmodified.
- SHA-256 of dmn-modeler.production.min.js: \`$sha\`
- Licence: the bpmn.io licence (MIT-like, with the condition that the bpmn.io watermark shown by the editor stays
  visible and unhidden), copied in [LICENSE](LICENSE). The rules workbench page does not hide or cover it.
- Used by: \`app/src/main/resources/static/rules/\` (the rules workbench page).
- Refresh: \`tools/vendor-dmn-js.sh [version]\` (needs npm; the build and the app never do).
MD
echo "dmn-js $version vendored into $dest"
