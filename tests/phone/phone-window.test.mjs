// Phones follow the session, not the facilitator's screen: in Debian's
// Chromium, phones place dots and have not sent them while the facilitator,
// in the real window (phone-window-room), looks at every other round, every
// tab, Preferences and the summary, and the wifi drops. Each phone's
// half-placed ballot is still there afterwards, and sends.
//   PHONE_WINDOW_ROOM=build/.../phone-window-room node --test tests/phone/phone-window.test.mjs
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {Room, WAIT, screenshot} from './room.mjs';

const room = new Room(process.env.PHONE_WINDOW_ROOM);

before(() => room.open());
after(() => room.close());

// A phone with `dots` placed on each item named, not sent.
async function halfPlaced(dots) {
  const page = await room.phone(room.started.url);
  await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  for (const [title, count] of Object.entries(dots)) {
    for (let i = 0; i < count; ++i)
      await page.getByRole('button', {name: `Add a dot to ${title}`}).click();
  }
  return page;
}

async function dotsOn(page, title) {
  const row = page.locator('#items li', {hasText: title});
  return row.locator('.count').textContent();
}

test('half-placed ballots survive the facilitator looking at other rounds, tabs and dialogs, ' +
     'and a network blip', async () => {
  const phones = [await halfPlaced({'Budgets': 2, 'Culture': 1}),
                  await halfPlaced({'Ageing software': 1}),
                  await halfPlaced({'Budgets': 1, 'Ageing software': 2, 'Culture': 1})];
  const left = ['Dots left: 2 of 5', 'Dots left: 4 of 5', 'Dots left: 1 of 5'];
  const check = async moment => {
    for (const [i, page] of phones.entries()) {
      await page.getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
      assert.equal(await page.getByText(/^Dots left:/).textContent(), left[i],
                   `phone ${i + 1}'s dots after ${moment}`);
    }
    assert.equal(await dotsOn(phones[0], 'Budgets'), '2 dots');
    assert.equal(await dotsOn(phones[2], 'Ageing software'), '2 dots');
  };
  // While the facilitator glances at the warm-up round, phones keep theirs.
  const glance = await room.command('glance');
  assert.notEqual(glance.shown, room.started.open);
  assert.match(glance.status, /Phones vote in “Top blockers”\./);
  await check('a glance at the warm-up round');
  await screenshot(phones[2], 'phone-390x844-while-the-laptop-glances.png');
  for (const page of phones)
    assert.ok(await page.getByRole('button', {name: 'Send my votes'}).isVisible());
  for (const moment of ['rounds', 'tabs', 'preferences', 'summary']) {
    const said = await room.command(moment);
    // The laptop says what phones can do, whatever it shows.
    assert.match(said.status, /Phones vote in “Top blockers”\./, `after ${moment}`);
    await check(moment);
  }
  await room.command('blip'); // the wifi drops and comes back: each phone notices, then rejoins
  for (const page of phones) {
    await page.waitForFunction(() => document.getElementById('connection').textContent !== '',
                               null, WAIT).catch(() => {}); // it may be back already
    await page.waitForFunction(() => document.getElementById('connection').textContent === '',
                               null, WAIT);
  }
  await check('a network blip');
  // A reload (the phone's browser woken up) keeps them too.
  await phones[1].reload();
  await phones[1].getByRole('heading', {name: 'Top blockers'}).waitFor(WAIT);
  assert.equal(await phones[1].getByText(/^Dots left:/).textContent(), 'Dots left: 4 of 5');

  // And they send.
  await phones[0].getByRole('button', {name: 'Send my votes'}).click();
  await phones[0].getByText('Your votes are in.', {exact: false}).waitFor(WAIT);
  // Nothing went wrong but the connection lost while the wifi was down.
  for (const page of phones)
    assert.deepEqual(page.problems.filter(p => !/WebSocket|ERR_CONNECTION_REFUSED/.test(p)), []);
  for (const page of phones)
    await page.context().close();
});
