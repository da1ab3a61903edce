// The phone's side of a call for items: a short form for a blocker or a
// solution, and the phone's own items with what became of each. The laptop
// checks everything again (the text rules, the limits, the table, the
// blocker); the page only spares people a refusal. Texts are only ever set
// as text, never as markup. Shares phone.js's state and helpers.
'use strict';

const NAME_KEY = 'unblock-name';
const PENDING_KEY = 'unblock-pending-item';

// The item sent whose answer never came: sent again with the same sequence,
// the laptop keeps it once (it answers "repeat" when it has it already).
let pendingItem = JSON.parse(localStorage.getItem(PENDING_KEY) || 'null');
let sending = false; // one item at a time: a second press waits for the answer

function setPending(item) {
  pendingItem = item;
  if (item)
    localStorage.setItem(PENDING_KEY, JSON.stringify(item));
  else
    localStorage.removeItem(PENDING_KEY);
}

// Options are replaced only when the choices change, so a choice being made
// is not lost when the laptop sends news.
function setChoices(select, prompt, choices) {
  const wanted = JSON.stringify([prompt, choices]);
  if (select.dataset.choices === wanted)
    return;
  const chosen = select.value;
  const options = choices.map(([value, text]) => new Option(text, String(value)));
  if (prompt)
    options.unshift(new Option(prompt, ''));
  select.replaceChildren(...options);
  select.dataset.choices = wanted;
  if (choices.some(([value]) => String(value) === chosen))
    select.value = chosen;
}

function pickedTable(call) {
  return (call.groups || []).find(group => group.id === state.table);
}

function renderWhere(call) {
  const blockers = call.asks === 'blocker';
  const groups = call.groups || [];
  const picked = blockers ? pickedTable(call) : null;
  show(view.tableField, blockers && !picked && groups.length > 0);
  view.tablePicked.textContent = picked ? say('tablePicked', {name: picked.name}) : '';
  setChoices(view.table, say('tableChoose'), groups.map(group => [group.id, group.name]));

  const answers = blockers ? [] : call.blockers || [];
  show(view.blockerField, answers.length > 1);
  view.solutionFor.textContent =
      answers.length === 1 ? say('solutionFor', {title: answers[0].title}) : '';
  // Chosen, never assumed: a solution sent to the wrong blocker is lost on it.
  setChoices(view.forBlocker, say('blockerChoose'),
             answers.map(blocker => [blocker.id, blocker.title]));
}

// Nothing to answer: the blockers the call named have all gone from the board.
function nothingToAnswer(call) {
  return call.asks === 'solution' && (call.blockers || []).length === 0;
}

function renderCall() {
  const call = state.call;
  if (!call)
    return;
  const blockers = call.asks === 'blocker';
  view.callTitle.textContent = say(blockers ? 'callBlockers' : 'callSolutions');
  view.callHint.textContent = say(blockers ? 'callBlockersHint' : 'callSolutionsHint');
  view.itemTextLabel.textContent = say(blockers ? 'blockerText' : 'solutionText');
  const closed = nothingToAnswer(call);
  view.callNotice.textContent = call.paused ? say('paused') : closed ? say('noBlockers') : '';
  // Paused, people may go on writing; only sending waits.
  view.sendItem.disabled = call.paused || closed;
  view.itemText.maxLength = call.maxLength;
  show(view.nameField, call.names);
  renderWhere(call);
  countCharacters();
}

function countCharacters() {
  if (state.call)
    view.itemCount.textContent =
        say('count', {n: view.itemText.value.length, max: state.call.maxLength});
}

function stateText(item) {
  switch (item.state) {
  case 'waiting':
    return say('stateWaiting');
  case 'on the board':
    return say('stateOnBoard');
  case 'merged':
    return say('stateMerged', {title: item.into});
  default:
    return item.reason ? say('stateNotAddedWhy', {reason: item.reason}) : say('stateNotAdded');
  }
}

// Newest first: what was just sent is what a person looks for.
function renderMine() {
  const items = state.items || [];
  show(view.mine, items.length > 0);
  view.myItems.replaceChildren(...[...items].reverse().map(item => {
    const li = document.createElement('li');
    const text = document.createElement('span');
    text.className = 'title';
    text.textContent = item.text;
    const outcome = document.createElement('span');
    outcome.className = item.state === 'on the board' ? 'state on-board' : 'state';
    outcome.textContent = stateText(item);
    li.append(text, outcome);
    return li;
  }));
}

// What the form asks the laptop to keep, or a reason it is not ready.
function itemRequest(call) {
  const request = {text: view.itemText.value};
  if (call.names && view.itemName.value.trim())
    request.name = view.itemName.value;
  if (call.asks === 'blocker') {
    const picked = pickedTable(call);
    if (!picked && (call.groups || []).length > 0 && !view.table.value)
      return {problem: say('tableChoose'), focus: view.table};
    if (!picked && view.table.value)
      request.group = Number(view.table.value);
  } else {
    const answers = call.blockers || [];
    const chosen = answers.length === 1 ? String(answers[0].id) : view.forBlocker.value;
    if (!chosen)
      return {problem: say('blockerChoose'), focus: view.forBlocker};
    request.blocker = Number(chosen);
  }
  return {request};
}

async function sendItem(event) {
  event.preventDefault();
  const call = state.call;
  if (!call || call.paused || sending)
    return;
  const {request, problem, focus} = itemRequest(call);
  if (problem) {
    setMessage(view.itemMessage, problem, 'error');
    focus.focus();
    return;
  }
  // The same words again: the same item, though the table it named may
  // since be said rather than asked (the laptop kept it the first time).
  const again = pendingItem && pendingItem.request.text === request.text;
  const sequence = again ? pendingItem.sequence : nextSequence();
  setPending({sequence, request});
  localStorage.setItem(NAME_KEY, view.itemName.value);
  // Send stays enabled (focus stays on it); a second press waits for this answer.
  sending = true;
  setMessage(view.itemMessage, say('sending'));
  try {
    const response = await fetch('/api/item', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Unblock-Voter': voter},
      body: JSON.stringify({sequence, ...request}),
    });
    const answer = await response.json();
    if (response.status === 401)
      return forgetVoter();
    if (pendingItem && pendingItem.sequence === sequence)
      setPending(null); // kept, or refused with a reason: either way, answered
    if (response.ok || answer.repeat) {
      if (view.itemText.value === request.text) // not what was typed since
        view.itemText.value = '';
      countCharacters();
      setMessage(view.itemMessage, say('itemSent'), 'done');
    } else {
      setMessage(view.itemMessage, answer.error, 'error');
    }
  } catch (error) {
    setMessage(view.itemMessage, say('itemKept'), 'error');
  } finally {
    sending = false;
  }
}

// One line: Enter sends, and line breaks pasted in become spaces.
function typeItem() {
  const text = view.itemText.value;
  if (/[\r\n]/.test(text))
    view.itemText.value = text.replace(/\s*[\r\n]+\s*/g, ' ');
  setMessage(view.itemMessage, '');
  countCharacters();
}

function enterSends(event) {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    view.call.requestSubmit();
  }
}

function setUpItems() {
  for (const id of ['call', 'callTitle', 'callHint', 'callNotice', 'tableField',
                    'table', 'tablePicked', 'blockerField', 'forBlocker', 'solutionFor',
                    'itemTextLabel', 'itemText', 'itemCount', 'nameField', 'itemName',
                    'itemMessage', 'sendItem', 'mine', 'myItems'])
    view[id] = document.getElementById(id);
  view.itemName.value = localStorage.getItem(NAME_KEY) || '';
  if (pendingItem) // its answer was lost: the words wait to be sent again
    view.itemText.value = pendingItem.request.text;
  view.call.addEventListener('submit', sendItem);
  view.itemText.addEventListener('input', typeItem);
  view.itemText.addEventListener('keydown', enterSends);
}
