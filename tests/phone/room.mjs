// What both phone-page tests share: the real server (phone-room) on
// loopback, Debian's Chromium headless in a phone-sized window, and axe-core
// checking a screen against WCAG 2.2 AA.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createInterface} from 'node:readline';
import {chromium} from 'playwright-core';

export const PHONE = {viewport: {width: 390, height: 844}, deviceScaleFactor: 2, isMobile: true,
                      hasTouch: true, locale: 'en-GB'};
export const WAIT = {timeout: 10_000};

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
                               'utf8');

export class Room {
  // `program`: phone-room (a session and its server) or phone-window-room
  // (the real window, phones let in).
  constructor(program = process.env.PHONE_ROOM) {
    this.program = program;
  }

  // Starts the room's program on a new session file, and the browser.
  async open() {
    this.dir = mkdtempSync(join(tmpdir(), 'unblock-phone-'));
    this.server = spawn(this.program, [join(this.dir, 'room.unblock')],
                        {stdio: ['pipe', 'pipe', 'inherit']});
    this.lines = createInterface({input: this.server.stdout})[Symbol.asyncIterator]();
    this.started = JSON.parse((await this.lines.next()).value);
    assert.ok(this.started.url, `phone-room did not start: ${JSON.stringify(this.started)}`);
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox'],
    });
  }

  async close() {
    await this.browser?.close();
    if (this.server && this.server.exitCode === null) {
      const exited = new Promise(resolve => this.server.once('exit', resolve));
      this.server.stdin.end();
      await exited;
    }
    rmSync(this.dir, {recursive: true, force: true});
  }

  // One of phone-room's commands; fails the test on an error.
  async command(text) {
    this.server.stdin.write(`${text}\n`);
    const {value} = await this.lines.next();
    const reply = JSON.parse(value);
    assert.equal(reply.error, undefined, `phone-room ${text}: ${reply.error}`);
    return reply;
  }

  // A new phone opening `url`; page.problems collects script errors, console
  // errors and missing files.
  async phone(url, options = {}) {
    const context = await this.browser.newContext({...PHONE, ...options});
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', error => problems.push(error.message));
    page.on('console', message => message.type() === 'error' && problems.push(message.text()));
    page.on('response', response => response.status() === 404 && problems.push(response.url()));
    page.problems = problems;
    await page.goto(url);
    return page;
  }
}

export async function screenshot(page, name) {
  if (process.env.SCREENSHOTS)
    await page.screenshot({path: join(process.env.SCREENSHOTS, name), fullPage: true});
}

// axe-core's findings on the screen as it is, against WCAG 2.0, 2.1 and 2.2
// at levels A and AA: each as "rule: the elements".
export async function accessibilityProblems(page) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
  }));
  return results.violations.map(
      v => `${v.id}: ${v.nodes.map(node => node.target.join(' ')).join(', ')}`);
}
