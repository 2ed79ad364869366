#!/usr/bin/env node
// Renders media/icon.svg to the 128×128 media/icon.png that the Marketplace and VS Code show.
// Uses Debian's Chromium through playwright-core (no browser download): run it after editing the SVG
// and commit both files. Usage: node scripts/render-icon.js [path/to/chromium]
'use strict';

const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const SIZE = 128;
const MEDIA = path.join(__dirname, '..', 'media');

async function main() {
  const svg = fs.readFileSync(path.join(MEDIA, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.argv[2] || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    // The rounded corners stay transparent.
    await page.locator('svg').screenshot({ path: path.join(MEDIA, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
