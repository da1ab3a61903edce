// The phone voting page in Debian's Chromium, headless, in a phone-sized
// window, against the real server (phone-room) on loopback.
//   PHONE_ROOM=build/.../phone-room node --test tests/phone/phone-voting.test.mjs
// With SCREENSHOTS=dir it also saves the pictures the README shows.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {Room, WAIT, screenshot} from './room.mjs';

const room = new Room();
let started; // the server's first line: url, address, code
const command = text => room.command(text);
const phone = url => room.phone(url);

before(async () => {
  await room.open();
  started = room.started;
});

after(() => room.close());

test('a phone joins by the link, votes within its budget and cannot exceed it', async () => {
  const page = await phone(started.url);
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  assert.ok(!page.url().includes('#s='), 'the token leaves the address bar');
  const left = page.getByText(/^Dots left:/);
  assert.equal(await left.textContent(), 'Dots left: 3 of 3');
  // Markup in a title is shown as text, never run.
  await page.getByText('Culture <b>bold</b>', {exact: true}).waitFor(WAIT);

  const addAgeing = page.getByRole('button', {name: 'Add a dot to Ageing software'});
  await addAgeing.click();
  await addAgeing.click();
  assert.ok(await addAgeing.isDisabled(), 'at most 2 dots on one item');
  await page.getByRole('button', {name: 'Add a dot to Budgets'}).click();
  assert.equal(await left.textContent(), 'Dots left: 0 of 3');
  for (const button of await page.getByRole('button', {name: /^Add a dot/}).all())
    assert.ok(await button.isDisabled(), 'no dots left to add');
  await screenshot(page, 'phone-390x844-ballot.png');

  await page.getByRole('button', {name: 'Send my votes'}).click();
  await page.getByText('Your votes are in.', {exact: false}).waitFor(WAIT);
  const recorded = (await command('votes')).votes;
  assert.deepEqual(recorded.map(v => v.value).sort(), [1, 2]);
  assert.equal(new Set(recorded.map(v => v.voter)).size, 1);
  assert.match(recorded[0].voter, /^phone-[0-9a-f]{16}$/);

  // A modified page sends more than the budget: the laptop refuses it, and
  // the ballot it holds is untouched.
  const refusal = await page.evaluate(async () => {
    const [a, b, c] = round.items.map(item => item.id); // the page's own round
    const response = await fetch('/api/ballot', {
      method: 'POST',
      headers: {'Content-Type': 'application/json',
                'X-Unblock-Voter': localStorage.getItem('unblock-voter')},
      body: JSON.stringify({sequence: Date.now() + 1000, round: round.id,
                            ballot: [{item: a, value: 2}, {item: b, value: 2}, {item: c, value: 1}]}),
    });
    return {status: response.status, body: await response.json()};
  });
  assert.equal(refusal.status, 422);
  assert.equal(refusal.body.error, 'This ballot uses 5 dots; each voter has 3.');
  assert.deepEqual((await command('votes')).votes, recorded);
  assert.deepEqual(page.problems.filter(p => !p.includes('422')), []);
  await page.context().close();
});

test('the keyboard alone can vote, and focus stays where it was', async () => {
  const page = await phone(started.url);
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  const add = page.getByRole('button', {name: 'Add a dot to Budgets'});
  await add.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByText(/^Dots left:/).textContent(), 'Dots left: 1 of 3');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
               'Remove a dot from Budgets'); // "+" is spent on Budgets; focus stays in the row
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
               'Add a dot to Ageing software');
  await page.context().close();
});

test('a phone joins by the typed code, and a wrong code is refused with the reason', async () => {
  const page = await phone(started.address + '/');
  const code = page.getByLabel('Join code');
  await code.waitFor(WAIT);
  await screenshot(page, 'phone-390x844-join.png');
  await code.fill('ABCDEF');
  await page.getByRole('button', {name: 'Join'}).click();
  await page.getByText('That join code is not right.', {exact: false}).waitFor(WAIT);
  await code.fill(started.code.toLowerCase().slice(0, 3) + ' ' + started.code.slice(3));
  await page.getByRole('button', {name: 'Join'}).click();
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  await page.context().close();
});

test('Welsh: the page speaks Welsh when asked, and remembers', async () => {
  const page = await phone(started.url);
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  await page.getByRole('button', {name: 'Cymraeg'}).click();
  await page.getByRole('heading', {name: 'Pleidleisiwch o’ch ffôn'}).waitFor(WAIT);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'cy');
  assert.equal(await page.getByText(/^Dotiau ar ôl:/).textContent(), 'Dotiau ar ôl: 3 o 3');
  await page.getByRole('button', {name: 'Ychwanegu dot at Budgets'}).waitFor(WAIT);
  await screenshot(page, 'phone-390x844-welsh.png');
  await page.reload();
  await page.getByRole('button', {name: 'English'}).waitFor(WAIT);
  await page.context().close();
});

test('a phone that loses the laptop reconnects by itself and sees the round close', async () => {
  const page = await phone(started.url);
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  await page.getByRole('button', {name: 'Add a dot to Culture <b>bold</b>'}).click();
  await page.getByRole('button', {name: 'Send my votes'}).click();
  await page.getByText('Your votes are in.', {exact: false}).waitFor(WAIT);

  await command('stop');
  await page.getByText('Connection lost. Reconnecting…').waitFor(WAIT);
  await screenshot(page, 'phone-390x844-reconnecting.png');
  await command('start');
  await page.getByText('Connection lost. Reconnecting…').waitFor({state: 'hidden', ...WAIT});
  // The state the laptop holds: the dot sent before the connection was lost.
  assert.equal(await page.getByText(/^Dots left:/).textContent(), 'Dots left: 2 of 3');

  await command('close');
  await page.getByText('Voting has closed. Thank you.').waitFor(WAIT);
  assert.equal(await page.getByRole('button', {name: 'Send my votes'}).count(), 0);
  await screenshot(page, 'phone-390x844-closed.png');

  await command('open'); // the next round reaches the phone without a reload
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  assert.equal(await page.getByText(/^Dots left:/).textContent(), 'Dots left: 3 of 3');
  assert.deepEqual(page.problems.filter(p => !p.includes('ERR_CONNECTION_REFUSED')), []);
  await page.context().close();
});

test('a ranked round: add items in order, move one up, and the order is what lands', async () => {
  await command('open borda');
  const page = await phone(started.url);
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  assert.equal(await page.getByText(/^Places left:/).textContent(), 'Places left: 2 of 2');
  await page.getByRole('button', {name: 'Add Ageing software to my order'}).click();
  await page.getByRole('button', {name: 'Add Budgets to my order'}).click();
  assert.ok(await page.getByRole('button', {name: 'Add Culture <b>bold</b> to my order'})
                .isDisabled(), 'two places only');
  await page.getByRole('button', {name: 'Move Budgets up'}).click();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
               'Move Budgets down'); // "Up" is spent once first; focus stays in the row
  await page.getByRole('button', {name: 'Send my votes'}).click();
  await page.getByText('Your votes are in.', {exact: false}).waitFor(WAIT);
  const ranks = (await command('votes')).votes;
  const titles = await page.evaluate(() => Object.fromEntries(round.items.map(i => [i.id, i.title])));
  assert.deepEqual(ranks.sort((a, b) => a.value - b.value).map(v => titles[v.item]),
                   ['Budgets', 'Ageing software']);
  await page.context().close();
});

test('hostile titles show as the text typed, never as markup', async () => {
  const hostile = new URL('../data/hostile-strings.json', import.meta.url).pathname;
  const {titles} = await command(`hostile ${hostile}`);
  assert.ok(titles.length > 250, `${titles.length} titles`);
  const page = await phone(started.url);
  await page.getByRole('heading', {name: 'Hostile text'}).waitFor(WAIT);
  await page.locator('.title').nth(titles.length - 1).waitFor(WAIT);
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('.title')].map(title => title.textContent));
  for (const title of titles)
    assert.ok(shown.includes(title), `not shown as typed: ${JSON.stringify(title.slice(0, 80))}`);
  // Nothing the titles hold became an element or ran.
  const active = await page.evaluate(() => ({
    scripts: document.querySelectorAll('script:not([src])').length,
    elements: document.querySelectorAll(
      'img, iframe, svg, object, embed, style, b, a, table, h1:not(#heading)').length,
    handlers: [...document.querySelectorAll('*')].filter(
      element => [...element.attributes].some(a => a.name.startsWith('on'))).length,
  }));
  assert.deepEqual(active, {scripts: 0, elements: 0, handlers: 0});
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
