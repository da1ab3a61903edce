// The phone's side of Unblock's voting: join, see the round on offer, mark a
// ballot within its rules, send it. The laptop checks every ballot again;
// the limits here only save people a refusal. Item titles are only ever
// set as text, never as markup.
'use strict';

const VOTER_KEY = 'unblock-voter';
const SEQUENCE_KEY = 'unblock-sequence';
const LANGUAGE_KEY = 'unblock-language';
const DRAFT_KEY = 'unblock-draft-'; // + the round's id: marks not yet sent

const view = {};
let words = {};         // what the page says, from the laptop in the language chosen
let language = null;    // that language's code, as the laptop names it ("en_GB", "cy")
let languages = [];     // [{code, name}]: the languages the laptop has
let voter = localStorage.getItem(VOTER_KEY);
let sessionToken = new URLSearchParams(location.hash.slice(1)).get('s');
let state = {};        // what the laptop last said: {phone, round, ballot}
let round = null;       // the round on offer, as the laptop sent it
let draft = new Map();  // item id → value, what this phone is marking
let ended = null;       // what closed last: 'closed' (a vote) or 'callClosed'
let live = null;
let retryMs = 1000;

// The language chosen on this phone before, else the phone's own.
function wantedLanguages() {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  return (saved ? [saved] : []).concat(navigator.languages || [navigator.language]);
}

function say(key, values = {}) {
  return (words[key] || '').replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
}

function show(element, visible) {
  element.hidden = !visible;
}

function setMessage(element, text, kind) {
  element.textContent = text;
  element.className = kind || '';
}

// Joining --------------------------------------------------------------------

async function join(request) {
  const response = await fetch('/api/join', {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(request),
  });
  const answer = await response.json();
  if (!response.ok)
    throw new Error(answer.error);
  voter = answer.voter;
  localStorage.setItem(VOTER_KEY, voter);
  // The session token stays out of the address bar, history and screenshots.
  history.replaceState(null, '', location.pathname);
  connect();
}

function forgetVoter() {
  voter = null;
  state = {};
  round = null;
  ended = null;
  localStorage.removeItem(VOTER_KEY);
  if (live) {
    live.onclose = null; // no reconnecting with a token the laptop does not know
    live.close();
    live = null;
  }
  start();
}

async function joinByCode(event) {
  event.preventDefault();
  setMessage(view.joinError, say('joining'));
  try {
    await join({code: view.code.value});
    setMessage(view.joinError, '');
  } catch (error) {
    setMessage(view.joinError, error.message || say('cannotReach'), 'error');
    view.code.focus();
  }
}

function start() {
  if (voter) {
    connect();
  } else if (sessionToken) {
    const token = sessionToken;
    sessionToken = null; // a link works once; after that, the join code
    join({session: token}).catch(() => showJoin());
  } else {
    showJoin();
  }
}

function showJoin() {
  show(view.join, true);
  for (const screen of [view.waiting, view.ballot, view.call, view.mine])
    show(screen, false);
}

// The live connection --------------------------------------------------------

function connect() {
  show(view.join, false);
  live = new WebSocket(`ws://${location.host}/api/live`);
  live.onopen = () => live.send(JSON.stringify({voter}));
  live.onmessage = event => {
    const message = JSON.parse(event.data);
    if (message.error)
      return forgetVoter();
    retryMs = 1000;
    setMessage(view.connection, '');
    receive(message);
  };
  live.onclose = () => {
    setMessage(view.connection, say('reconnecting'));
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, 8000);
  };
}

// What the laptop holds: the round on offer and this phone's ballot in it.
function receive(received) {
  if (round && !received.round)
    ended = 'closed';
  else if (state.call && !received.call)
    ended = 'callClosed';
  state = received;
  const sameRound = round && state.round && state.round.id === round.id;
  round = state.round;
  if (!round) {
    draft = new Map();
    render();
    return;
  }
  if (!sameRound || !view.ballot.dataset.dirty) {
    // Marks placed and not sent come back with their round: after a blip of
    // the wifi, the page reloaded, or the round closed and opened again.
    const kept = keptDraft(round.id);
    draft = kept || new Map(state.ballot.map(entry => [entry.item, entry.value]));
    if (kept)
      view.ballot.dataset.dirty = 'yes';
    else
      delete view.ballot.dataset.dirty;
    if (!sameRound)
      setMessage(view.ballotMessage, '');
  }
  render();
}

// The marks this phone placed in `roundId` and has not sent, if any.
function keptDraft(roundId) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(DRAFT_KEY + roundId));
    return Array.isArray(saved) ? new Map(saved) : null;
  } catch (error) {
    return null;
  }
}

function keepDraft() {
  if (round)
    sessionStorage.setItem(DRAFT_KEY + round.id, JSON.stringify([...draft.entries()]));
}

// The ballot -----------------------------------------------------------------

function used() {
  let total = 0;
  for (const value of draft.values())
    total += round.method === 'dots' ? value : 1;
  return total;
}

function room() {
  return round.budget === null ? Infinity : round.budget - used();
}

function change(update) {
  update();
  view.ballot.dataset.dirty = 'yes';
  keepDraft();
  setMessage(view.ballotMessage, '');
  render();
}

function button(text, name, enabled, action) {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', name);
  b.disabled = !enabled;
  b.addEventListener('click', () => change(action));
  return b;
}

function rankedOrder() {
  return [...draft.entries()].sort((a, b) => a[1] - b[1]).map(entry => entry[0]);
}

function setOrder(order) {
  draft = new Map(order.map((item, index) => [item, index + 1]));
}

function dotRow(item, li) {
  const value = draft.get(item.id) || 0;
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = item.title;
  const count = document.createElement('span');
  count.className = 'count';
  count.textContent = value === 1 ? say('oneDot') : say('dots', {n: value});
  const capped = round.maxPerItem !== null && value >= round.maxPerItem;
  const controls = document.createElement('span');
  controls.className = 'controls';
  controls.append(
      button('−', say('removeDot', {title: item.title}), value > 0, () => {
        if (value > 1) draft.set(item.id, value - 1); else draft.delete(item.id);
      }),
      button('+', say('addDot', {title: item.title}), room() > 0 && !capped,
             () => draft.set(item.id, value + 1)));
  li.append(title, count, controls);
}

function approvalRow(item, li) {
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.id = `item-${item.id}`;
  box.checked = draft.has(item.id);
  box.disabled = !box.checked && room() <= 0;
  box.addEventListener('change', () => change(() => {
    if (box.checked) draft.set(item.id, 1); else draft.delete(item.id);
  }));
  const label = document.createElement('label');
  label.htmlFor = box.id;
  label.textContent = item.title;
  li.append(box, label);
}

function rankedRow(item, li) {
  const order = rankedOrder();
  const at = order.indexOf(item.id);
  const title = document.createElement('span');
  title.className = 'title';
  title.textContent = item.title;
  const controls = document.createElement('span');
  controls.className = 'controls';
  if (at < 0) {
    controls.append(button(say('addRank'), say('addRankName', {title: item.title}), room() > 0,
                           () => setOrder([...order, item.id])));
    li.append(title, controls);
    return;
  }
  const place = document.createElement('span');
  place.className = 'count';
  place.textContent = say('place', {n: at + 1});
  const moved = (from, to) => () => {
    [order[from], order[to]] = [order[to], order[from]];
    setOrder(order);
  };
  controls.append(
      button(say('up'), say('upName', {title: item.title}), at > 0, moved(at, at - 1)),
      button(say('down'), say('downName', {title: item.title}), at < order.length - 1,
             moved(at, at + 1)),
      button(say('remove'), say('removeName', {title: item.title}), true,
             () => setOrder(order.filter(id => id !== item.id))));
  li.append(place, title, controls);
}

function rulesText() {
  const n = round.budget;
  switch (round.method) {
  case 'dots':
    if (n === null)
      return say('dotsFree');
    return round.maxPerItem === null ? say('dotsRulesNoCap', {n})
                                     : say('dotsRules', {n, max: round.maxPerItem});
  case 'approval':
    return n === null ? say('approvalFree') : say('approvalRules', {n});
  default:
    return n === null ? say('rankedFree') : say('rankedRules', {n});
  }
}

function leftText() {
  if (round.budget === null)
    return '';
  const key = {dots: 'dotsLeft', approval: 'ticksLeft'}[round.method] || 'placesLeft';
  return say(key, {n: room(), total: round.budget});
}

// A vote, a call for items, both, or neither (waiting); and what this phone
// sent.
function render() {
  const heading = say(state.call && !round ? 'headingCall' : 'heading');
  view.heading.textContent = heading;
  document.title = `Unblock: ${heading}`;
  show(view.join, false);
  show(view.waiting, !round && !state.call);
  show(view.ballot, !!round);
  show(view.call, !!state.call);
  view.waitingText.textContent = say(ended || 'waiting');
  view.phone.textContent = state.phone ? say('thisPhone', {label: state.phone}) : '';
  renderCall();
  renderMine();
  if (round)
    renderBallot();
}

function renderBallot() {
  view.roundTitle.textContent = round.title;
  view.rules.textContent = rulesText();
  view.left.textContent = leftText();
  const focused = document.activeElement;
  const focusedName = focused && focused.getAttribute('aria-label');
  const focusedRow = focused && focused.closest('li') && focused.closest('li').dataset.item;
  const rows = {dots: dotRow, approval: approvalRow}[round.method] || rankedRow;
  const items = round.method === 'dots' || round.method === 'approval'
      ? round.items
      : [...rankedOrder().map(id => round.items.find(i => i.id === id)).filter(Boolean),
         ...round.items.filter(i => !draft.has(i.id))];
  view.items.replaceChildren(...items.map(item => {
    const li = document.createElement('li');
    li.dataset.item = String(item.id);
    rows(item, li);
    return li;
  }));
  if (focusedRow)
    keepFocus(focusedName, focusedRow);
}

// Redrawing must not throw a keyboard or screen-reader user back to the top:
// focus returns to the same control, or (when it has just been disabled, the
// budget spent) to the next one in the same row, or to Send.
function keepFocus(name, row) {
  const usable = [...view.items.querySelectorAll('button, input')].filter(c => !c.disabled);
  const same = usable.find(c => c.getAttribute('aria-label') === name);
  const inRow = usable.find(c => c.closest('li').dataset.item === row);
  (same || inRow || view.send).focus();
}

function nextSequence() {
  const sequence = Math.max(Date.now(), Number(localStorage.getItem(SEQUENCE_KEY) || 0) + 1);
  localStorage.setItem(SEQUENCE_KEY, String(sequence));
  return sequence;
}

async function sendBallot(event) {
  event.preventDefault();
  if (!round)
    return;
  view.send.disabled = true;
  setMessage(view.ballotMessage, say('sending'));
  const ballot = [...draft.entries()].map(([item, value]) => ({item, value}));
  const roundId = round.id; // the round may close while the ballot is on its way
  try {
    const response = await fetch('/api/ballot', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Unblock-Voter': voter},
      body: JSON.stringify({sequence: nextSequence(), round: roundId, ballot}),
    });
    const answer = await response.json();
    if (response.status === 401)
      return forgetVoter();
    if (response.ok) {
      delete view.ballot.dataset.dirty;
      sessionStorage.removeItem(DRAFT_KEY + roundId);
      setMessage(view.ballotMessage, say('sent'), 'done');
    } else {
      setMessage(view.ballotMessage, answer.error, 'error');
    }
  } catch (error) {
    setMessage(view.ballotMessage, say('cannotReach'), 'error');
  } finally {
    view.send.disabled = false;
  }
}

// Language -------------------------------------------------------------------

// The words come from the laptop, so they are translated with the rest of
// Unblock. Until they arrive the page shows the English in its HTML.
async function loadWords(wanted) {
  for (;;) {
    try {
      const response = await fetch('/api/words?lang=' + encodeURIComponent(wanted.join(',')));
      if (response.ok) {
        const answer = await response.json();
        ({words, language, languages} = answer);
        return;
      }
    } catch (error) {
      // the laptop is out of reach: try again
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

function otherLanguage() {
  return languages.find(l => l.code !== language) || {code: language, name: ''};
}

function applyLanguage() {
  document.documentElement.lang = language.replace('_', '-');
  document.title = `Unblock: ${say('heading')}`;
  for (const element of document.querySelectorAll('[data-text]'))
    element.textContent = say(element.dataset.text);
  const other = otherLanguage();
  view.language.textContent = other.name;
  view.language.lang = other.code.replace('_', '-');
  if ('round' in state) // the laptop has been heard
    render();
}

async function toggleLanguage() {
  const other = otherLanguage().code;
  localStorage.setItem(LANGUAGE_KEY, other);
  await loadWords([other]);
  applyLanguage();
}

document.addEventListener('DOMContentLoaded', () => {
  for (const id of ['heading', 'join', 'code', 'joinError', 'waiting', 'waitingText', 'ballot', 'roundTitle',
                    'rules', 'left', 'items', 'ballotMessage', 'send', 'connection', 'language',
                    'phone'])
    view[id] = document.getElementById(id);
  view.join.addEventListener('submit', joinByCode);
  view.ballot.addEventListener('submit', sendBallot);
  view.language.addEventListener('click', toggleLanguage);
  setUpItems();
  loadWords(wantedLanguages()).then(() => {
    applyLanguage();
    start();
  });
});
