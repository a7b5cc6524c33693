import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

// Flags that let Debian's Chromium run headless as root in a container, and keep it
// from phoning home: a test that sees foreign traffic must be seeing the app's.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium to drive. Tests never download a browser. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (existsSync(configured)) return configured;
    throw new Error(
      `CHROMIUM_PATH is set to ${configured}, but no file is there. ` +
        'Point it at a Chromium binary or unset it to use /usr/bin/chromium.',
    );
  }
  if (existsSync(debianChromium)) return debianChromium;
  throw new Error(
    'Browser tests need Chromium, and none was found at /usr/bin/chromium ($CHROMIUM_PATH is unset).\n' +
      'Install it with:  apt-get install -y chromium   (use sudo if you are not root)\n' +
      'or set CHROMIUM_PATH to a Chromium binary. These tests never download a browser.',
  );
}
