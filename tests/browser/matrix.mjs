// Browser tests of the matrix at every size (issue 10): real server, Debian's chromium,
// axe-core against WCAG 2.1 A and AA. At 390×844 and 1280×800 an editor changes a
// whole assignment, backup included, with the keyboard alone; the arrow keys move
// focus without changing anything; and no page of the demo scrolls sideways at 320,
// 390 or 1280 px. Exits non-zero on any failure.
//
// Usage: node matrix.mjs PATH/TO/rolwijzer   (SHOTS=dir also saves screenshots)
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const binary = process.argv[2] ?? '../../target/debug/rolwijzer';
const shots = process.env.SHOTS;
const dir = mkdtempSync(join(tmpdir(), 'rolwijzer-matrix-'));
const PASSWORD = 'een heel goed wachtwoord';
let failures = 0;
let checks = 0;

function fail(msg) {
  failures += 1;
  console.log(`FAIL ${msg}`);
}

function check(ok, msg) {
  checks += 1;
  if (!ok) fail(msg);
}

function startServer() {
  const server = spawn(binary, ['serve', '--database', `sqlite://${join(dir, 'browser.db')}`, '--listen', '127.0.0.1:0'], {
    env: { ...process.env, RUST_LOG: 'warn' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60000);
    server.stdout.on('data', (d) => {
      out += d.toString();
      const base = out.match(/running at (http:\/\/[0-9.:]+)/);
      const link = out.match(/(http:\/\/\S+\/setup\/[0-9a-f]{64})/);
      if (base && link) {
        clearTimeout(timer);
        resolve({ server, base: base[1], link: link[1] });
      }
    });
    server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function axe(page, label) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  checks += 1;
  for (const v of result.violations) {
    fail(`${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  }
  console.log(`${result.violations.length === 0 ? 'ok  ' : 'BAD '} axe ${label}`);
}

async function shot(page, name) {
  if (!shots) return;
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(shots, `${name}-view.png`) });
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Waits a moment for `autofocus` (applied after the page loads) to reach `selector`. */
async function autofocused(page, selector) {
  await page.waitForFunction((sel) => document.activeElement?.matches(sel), selector, { timeout: 5000 }).catch(() => {});
}

/** Presses Tab until the element with `id` has focus (at most `max` times). */
async function tabTo(page, id, max = 80) {
  for (let i = 0; i < max; i += 1) {
    if ((await activeId(page)) === id) return true;
    await page.keyboard.press('Tab');
  }
  return (await activeId(page)) === id;
}

/** Whether the page is wider than the window (it would scroll sideways). */
const overflow = (page) => page.evaluate(() => {
  const root = document.documentElement;
  if (root.scrollWidth <= window.innerWidth) return null;
  // Name the widest element that sticks out, to say what to fix.
  let worst = null;
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    // The innermost of the widest: the element whose content is too wide.
    if (r.right > window.innerWidth + 1 && (!worst || r.right >= worst.right)) {
      worst = {
        right: Math.round(r.right),
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`,
        text: (el.textContent ?? '').replace(/\s+/g, ' ').slice(0, 60),
        chain: [],
      };
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const ar = a.getBoundingClientRect();
        worst.chain.push(`${a.tagName.toLowerCase()}.${typeof a.className === 'string' ? a.className.split(' ').join('.') : ''}:${Math.round(ar.left)}-${Math.round(ar.right)}`);
      }
    }
  }
  return { width: root.scrollWidth, worst };
});

/** An editor changes the contact person's whole assignment with the keyboard alone. */
async function keyboardJourney(page, base, demo, label) {
  const task = 'contact-person';
  // Entering edit mode puts focus on the first task's "Wijzigen" link.
  await page.goto(`${base}${demo}/matrix`);
  await page.locator('a.button[href$="/matrix?edit=1"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/edit=1$/);
  await autofocused(page, '.edit-link');
  const first = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
  check(first.includes(`task=${task}`), `${label}: edit mode did not focus the first task's edit link (${first})`);
  await axe(page, `${label} matrix?edit=1`);
  await shot(page, `${label}-edit`);

  // The arrow keys move focus between cells and change nothing.
  const matrixText = () => page.evaluate(() => document.querySelector('table.matrix').innerText);
  const before = await matrixText();
  await page.keyboard.press('ArrowRight');
  // The next cell shown: findings, or on a phone (no findings here) the first role.
  const moved = await page.evaluate(() => {
    const cell = document.activeElement?.closest('td, th');
    return `${cell?.parentElement?.id} ${cell?.className}`;
  });
  check(/^row-contact-person (col-findings|role)/.test(moved), `${label}: ArrowRight did not move to the next cell (${moved})`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowLeft');
  const row = await page.evaluate(() => document.activeElement?.closest('tr')?.id ?? '');
  check(row !== 'row-contact-person' && row.startsWith('row-'), `${label}: ArrowDown did not move to the next row (${row})`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  check(page.url().endsWith('edit=1'), `${label}: an arrow key navigated away (${page.url()})`);
  check((await matrixText()) === before, `${label}: an arrow key changed the matrix`);

  // Open the task's form: the first field has focus.
  await page.goto(`${base}${demo}/matrix?edit=1`);
  await autofocused(page, '.edit-link');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`task=${task}$`));
  await autofocused(page, 'form input');
  const field = await page.evaluate(() => document.activeElement?.closest('form')?.querySelector('input:not([type=hidden])') === document.activeElement);
  check(field, `${label}: the form did not focus its first field (${await activeId(page)})`);
  await axe(page, `${label} matrix with a task's form`);
  await shot(page, `${label}-form`);

  // A mistake first: the message names the field and the form keeps what was typed.
  check(await tabTo(page, 'm-hours'), `${label}: hours field not reachable with Tab`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('veel');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const refused = await page.content();
  check(refused.includes('Uren per week: Vul een getal in'), `${label}: bad hours not reported with the field's name`);
  check(refused.includes('id="m-hours" name="hours" value="veel"'), `${label}: typed hours not kept`);
  await axe(page, `${label} matrix form with a mistake`);

  // Now the real change: Koen as backup, Stuurgroep informed by newsletter, 3 hours.
  await page.goto(`${base}${demo}/matrix?edit=1&task=${task}`);
  check(await tabTo(page, 'm-backup-add'), `${label}: backup field not reachable with Tab`);
  await page.keyboard.type('Koen Peeters (Lindeboom Software B.V.)');
  check(await tabTo(page, 'm-hours'), `${label}: hours field not reachable after backup`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  check(await tabTo(page, 'm-process'), `${label}: process field not reachable`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('https://example.org/contact');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`saved=${task}#row-${task}$`));
  const savedRow = page.locator(`#row-${task}`);
  const text = await savedRow.textContent();
  check(text.includes('Opgeslagen'), `${label}: no message at the saved row`);
  check(text.includes('Koen Peeters'), `${label}: the backup is not in the saved row`);
  const inView = await savedRow.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  });
  check(inView, `${label}: the saved row is not in view`);
  await shot(page, `${label}-saved`);
  // The task page agrees.
  await page.goto(`${base}${demo}/task/${task}`);
  const taskPage = await page.content();
  check(taskPage.includes('<li>Koen Peeters (Lindeboom Software B.V.)</li>'), `${label}: backup not saved`);
  check(taskPage.includes('https://example.org/contact'), `${label}: process not saved`);
  // Undo the backup with the keyboard for the next width: untick and save.
  await page.goto(`${base}${demo}/matrix?edit=1&task=${task}`);
  const box = page.locator('#edit-contact-person input[name=backup][value=koen]');
  await box.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await page.waitForURL(/saved=/);
}

const { server, base, link } = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ bypassCSP: true, locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The first administrator sets a password; the demo is theirs to edit.
  await page.goto(link);
  await page.fill('#password', PASSWORD);
  await page.fill('#repeat', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(`${base}/`);

  // The demo is read-only for the administrator: a copy of it that they own, made
  // with the start wizard and the import page, is the one they change.
  await page.goto(`${base}/c/new`);
  await page.fill('input[name=name]', 'Kopie van de demo');
  await page.check('input[name=ambition][value=light]');
  await page.locator('button[name=go][value=next]:not([aria-hidden])').click();
  await page.check('input[name=arrangement][value=coordinating]');
  await page.locator('button[name=go][value=next]:not([aria-hidden])').click();
  await page.fill('input[name="party-0-name"]', 'Gemeente Ede');
  await page.check('input[name=coordinator][value="0"]');
  await page.locator('button[name=go][value=next]:not([aria-hidden])').click();
  await page.fill('input[name="person-0-name"]', 'Anna de Boer');
  await page.selectOption('select[name="person-0-party"]', '0');
  await page.locator('button[name=go][value=finish]:not([aria-hidden])').click();
  await page.waitForURL(/\/c\/kopie-van-de-demo-[a-z0-9]{6}$/);
  const copy = new URL(page.url()).pathname;
  // The demo is published only as a summary (issue 13): its file comes from the repository.
  const yaml = readFileSync(new URL('../../examples/gestructureerd-twaalf-gemeenten.yaml', import.meta.url), 'utf8');
  await page.goto(`${base}${copy}/import`);
  await page.fill('#field-yaml', yaml);
  await page.locator('main form[action$="/import"] button[type=submit]').click();
  await page.waitForLoadState();
  const imported = await page.request.get(`${base}${copy}/matrix`);
  check((await imported.text()).includes('Security officer'), 'the demo was not imported into the copy');

  // OVERFLOW_ONLY=1 skips the journeys (for working on the CSS).
  for (const [w, h] of process.env.OVERFLOW_ONLY ? [] : [[390, 844], [1280, 800]]) {
    await page.setViewportSize({ width: w, height: h });
    const label = `${w}px`;
    for (const p of [`${copy}/matrix`, `${copy}/matrix?party=tilburg`, `${copy}/matrix?view=list`, `${copy}/matrix?q=beheer`]) {
      const res = await page.goto(base + p);
      check(res && res.status() === 200, `${p}: HTTP ${res && res.status()}`);
      await axe(page, `${label} ${p}`);
    }
    await shot(page, `${label}-filter`);
    await keyboardJourney(page, base, copy, label);
  }

  // No page of the demo scrolls sideways: every page the collaboration's navigation
  // reaches (as a visitor of the demo, and as the owner of its copy), and the pages
  // with wide content.
  await page.setViewportSize({ width: 1280, height: 800 });
  const linksOf = async (c) => {
    await page.goto(`${base}${c}`);
    return page.evaluate((d) => [...document.querySelectorAll(`a[href^="${d}"]`)].map((a) => a.getAttribute('href').split('#')[0]), c);
  };
  const extra = (c) => [`${c}/matrix?edit=1`, `${c}/matrix?edit=1&task=technical-maintenance`, `${c}/matrix?party=tilburg`,
    `${c}/matrix?view=list`, `${c}/export`, `${c}/settings`, `${c}/people`, `${c}/members`, `${c}/history`, `${c}/import`,
    `${c}/evaluation`, `${c}/task/technical-maintenance`, `${c}/task/architecture`, `${c}/task/technical-maintenance/remove`];
  const pages = [...new Set([...(await linksOf(copy)), ...extra(copy), '/', '/about', '/privacy',
    '/login', '/account/tokens', '/admin/users', '/c/new', '/p/open-inkomensloket'])];
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const p of pages) {
      const res = await page.goto(base + p);
      if (!res || res.status() >= 400) {
        fail(`${p}: HTTP ${res && res.status()}`);
        continue;
      }
      const o = await overflow(page);
      check(o === null, `${p} at ${width}px scrolls sideways: ${JSON.stringify(o)}`);
      if (o && shots) await shot(page, `overflow-${width}-${p.replace(/[^a-z0-9]+/gi, '_')}`);
    }
  }
  console.log(`checked ${pages.length} pages for sideways scrolling at 320, 390 and 1280 px`);
} catch (e) {
  fail(`journey stopped: ${e.stack ?? e.message}`);
} finally {
  await browser.close();
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`matrix browser tests: ${checks} checks, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
