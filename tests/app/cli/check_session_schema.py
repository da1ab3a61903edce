"""Checks docs/session.schema.json against what `unblock-cli export` writes,
with python3-jsonschema: a validator that is not Unblock's.

    python3 check_session_schema.py CHECK --cli UNBLOCK_CLI --schema SCHEMA
        --demo DEMO.unblock --sample DEMO.json --hostile HOSTILE.json

CHECK is one of:
  schema     the schema is itself valid JSON Schema (draft 2020-12)
  demo       the demo session's export, and the JSON it is built from
  generated  sessions generated here (every list, every field, every
             enum value, the rules' edges) imported by unblock-cli, and
             sessions unblock-cli makes itself (new, --from, a spreadsheet),
             each exported and validated
  hostile    tests/data/hostile-strings.json in every text field that
             Unblock accepts it in: each export is valid, and the schema's
             text rules accept exactly what Unblock's importer accepts
  wrong      documents that break the format fail the schema (and the ones
             Unblock's importer refuses are refused by it too), so this
             test can fail

Each check prints how many documents it validated.
"""
import argparse
import base64
import copy
import datetime
import json
import os
import random
import re
import subprocess
import sys
import tempfile

import jsonschema


class Checker:
    def __init__(self, args, work):
        self.cli = args.cli
        self.work = work
        with open(args.schema, encoding='utf-8') as f:
            self.schema = json.load(f)
        self.validator = jsonschema.Draft202012Validator(
            self.schema, format_checker=jsonschema.FormatChecker())
        self.validated = 0
        self.files = 0
        # The CLI's messages in English, whatever the machine's language.
        self.env = dict(os.environ, LANGUAGE='en', LC_ALL='C.UTF-8')

    def run(self, *arguments):
        return subprocess.run([self.cli, *arguments], capture_output=True, text=True,
                              env=self.env, timeout=120)

    def path(self, name):
        self.files += 1
        return os.path.join(self.work, f'{self.files}-{name}')

    def errors(self, document):
        return sorted(self.validator.iter_errors(document), key=lambda e: list(e.path))

    def validate(self, document, what):
        """Fails the check with every schema error of `document`."""
        errors = self.errors(document)
        self.validated += 1
        if errors:
            lines = [f'{what}: {len(errors)} schema error(s):']
            for error in errors[:20]:
                lines.append(f'  at {error.json_path}: {error.message[:300]}')
            fail('\n'.join(lines))

    def export(self, session, what):
        """`unblock-cli export` of a session file, validated; returns the document."""
        out = self.path('export.json')
        result = self.run('export', session, '-o', out)
        if result.returncode != 0:
            fail(f'{what}: unblock-cli export failed: {result.stderr.strip()}')
        with open(out, encoding='utf-8') as f:
            document = json.load(f)
        self.validate(document, what)
        return document

    def try_import(self, document):
        """Imports a document into a new session file: (file, None) or (None, message)."""
        source = self.path('input.json')
        with open(source, 'w', encoding='utf-8') as f:
            json.dump(document, f)
        session = self.path('session.unblock')
        result = self.run('import', session, source)
        if result.returncode != 0:
            return None, result.stderr.strip()
        return session, None

    def round_trip(self, document, what):
        """Imports a document (which must be accepted), then exports and validates it:
        (session file, exported document)."""
        session, problem = self.try_import(document)
        if problem:
            fail(f'{what}: unblock-cli import refused it: {problem}')
        return session, self.export(session, what)


def fail(message):
    print(f'FAIL: {message}', file=sys.stderr)
    sys.exit(1)


# --- building documents ------------------------------------------------------

FORMAT = {'format': 'unblock-session', 'version': 1}


def empty_session():
    return {**FORMAT,
            'session': {'title': '', 'date': None, 'venue': '', 'facilitator': '',
                        'attendees': 0},
            'categories': [], 'groups': [], 'blockers': [], 'solutions': [], 'rounds': [],
            'channels': [], 'journeys': [], 'incoming': [], 'carried_actions': [],
            'phones': {'call': 'nothing', 'blockers': [], 'names': False, 'paused': False,
                       'seconds_between': 3, 'per_phone': 50}}


def blocker(id, title, created, **fields):
    return {'id': id, 'title': title, 'detail': '', 'category': None, 'group': None,
            'author': '', 'created': created, 'position': 0, 'merged_into': None, **fields}


def solution(id, blocker_id, text, **fields):
    return {'id': id, 'blocker': blocker_id, 'text': text, 'impact': None, 'effort': None,
            'owner': '', 'due': None, 'position': 0, 'status': 'open', 'status_changed': None,
            'from_workshop': '', 'from_date': None, **fields}


def round_(id, created, **fields):
    return {'id': id, 'title': '', 'subject': 'blockers', 'subject_blocker': None,
            'method': 'dots', 'budget': None, 'max_per_item': None, 'state': 'open',
            'paper_voters': 0, 'created': created, 'items': [], 'ballots': [], 'votes': [],
            'tallies': [], **fields}


def step(id, description, **fields):
    return {'id': id, 'description': description, 'channel': None, 'actor': '',
            'minutes': None, 'cost_pence': None, 'pain_point': False, 'pain_note': '',
            'emotion': 0, 'avoidable': False, 'blocker': None, **fields}


def journey(id, title, steps, **fields):
    return {'id': id, 'title': title, 'persona': '', 'preferred_channel': None,
            'second_channel': None, 'annual_volume': 0, 'variant': 'current', 'current': None,
            'photo': None, 'steps': steps, **fields}


def incoming(id, text, phone, received, **fields):
    return {'id': id, 'kind': 'blocker', 'text': text, 'name': '', 'phone': phone,
            'group': None, 'blocker': None, 'received': received, 'state': 'waiting',
            'reason': '', 'item': None, **fields}


def carried(id, text, from_solution, **fields):
    return {'id': id, 'text': text, 'blocker': '', 'owner': '', 'due': None, 'status': 'open',
            'status_changed': None, 'from_workshop': '', 'from_date': None,
            'from_solution': from_solution, **fields}


# --- generated sessions ------------------------------------------------------

WORDS = ('council residents form website phone team budget system housing repairs parking '
         'permit evidence letter library data manager contract supplier training digital '
         'service payment complaint appointment café Cymraeg naïve Ŵ ŷ').split()
UNUSUAL = [
    '  spaces either side  ', 'Ends with a tab\t', '\u00a0non-breaking edges\u00a0',
    'Emoji 😀 and 👩🏽‍💻 and flags 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'עברית and العربية mixed', 'Ω≈ç√∫ ≠ ≤ ≥',
    '"quoted" \'single\' `back`', '=SUM(A1:A9)', 'C:\\path\\to\\file', '{"json": true}',
]


class Generator:
    """Random sessions that keep every rule of the format (core/io/SessionValidation)."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.next_id = 0

    def id(self):
        # Small ids mostly; now and then one near the largest a JSON number holds exactly.
        self.next_id += self.random.choice((1, 1, 1, 7, 1000))
        if self.random.random() < 0.02:
            return 2 ** 53 - self.next_id
        return self.next_id

    def chance(self, p):
        return self.random.random() < p

    def words(self, low, high):
        return ' '.join(self.random.choice(WORDS) for _ in range(self.random.randint(low, high)))

    def line(self, required=True):
        roll = self.random.random()
        if not required and roll < 0.3:
            return self.random.choice(('', '   '))
        if roll < 0.08:
            return 'x' * 499 + 'y'  # the limit exactly
        if roll < 0.2:
            return self.random.choice(UNUSUAL)
        return self.words(1, 8).capitalize()

    def paragraph(self, required=True):
        roll = self.random.random()
        if not required and roll < 0.3:
            return ''
        if roll < 0.04:
            return ('Lorem ipsum dolor sit amet.\n' * 800)[:19999] + '!'  # the limit exactly
        if roll < 0.15:
            return self.words(3, 10) + '\r\n\tindented\n\n' + self.words(3, 10)
        if roll < 0.25:
            return self.random.choice(UNUSUAL)
        return self.words(2, 30).capitalize()

    def date(self, nullable=True):
        if nullable and self.chance(0.4):
            return None
        day = datetime.date(2020, 1, 1) + datetime.timedelta(days=self.random.randrange(4000))
        return day.isoformat()

    def time(self):
        moment = datetime.datetime(2024, 1, 1) + datetime.timedelta(
            seconds=self.random.randrange(10 ** 8), milliseconds=self.random.randrange(1000))
        text = moment.isoformat(timespec='milliseconds')
        # Unblock writes UTC to the millisecond, whatever it was given.
        return self.random.choice((text + 'Z', text[:-4] + 'Z', text + '+01:00', text + '-05:30'))

    def position(self):
        return self.random.choice((0, 1, 2, 3, 10, -1, 2147483647, -2147483647))

    def maybe(self, values):
        return self.random.choice(values) if values and self.chance(0.6) else None

    def session(self):
        s = empty_session()
        s['session'] = {'title': self.line(False), 'date': self.date(), 'venue': self.line(False),
                        'facilitator': self.line(False),
                        'attendees': self.random.choice((0, 1, 24, 300, 2147483647))}
        for i in range(self.random.randint(0, 5)):
            s['categories'].append({'id': self.id(), 'name': f'{i}. {self.words(1, 4)}',
                                    'position': self.position()})
        for i in range(self.random.randint(0, 4)):
            s['groups'].append({'id': self.id(), 'name': self.line(), 'position': self.position()})
        category_ids = [c['id'] for c in s['categories']]
        group_ids = [g['id'] for g in s['groups']]
        for _ in range(self.random.randint(1, 14)):
            earlier = [b['id'] for b in s['blockers']]
            s['blockers'].append(blocker(
                self.id(), self.line(), self.time(), detail=self.paragraph(False),
                category=self.maybe(category_ids), group=self.maybe(group_ids),
                author=self.line(False), position=self.position(),
                # Merged into an earlier one: chains, never loops.
                merged_into=self.random.choice(earlier) if earlier and self.chance(0.2) else None))
        blocker_ids = [b['id'] for b in s['blockers']]
        for _ in range(self.random.randint(0, 20)):
            s['solutions'].append(solution(
                self.id(), self.random.choice(blocker_ids), self.paragraph(),
                impact=self.maybe([1, 2, 3, 4, 5]), effort=self.maybe([1, 2, 3, 4, 5]),
                owner=self.line(False), due=self.date(), position=self.position(),
                status=self.random.choice(('open', 'in progress', 'done', 'dropped')),
                status_changed=self.date(), from_workshop=self.line(False),
                from_date=self.date()))
        for _ in range(self.random.randint(0, 4)):
            s['rounds'].append(self.round(s))
        self.journeys(s)
        self.incoming(s)
        for _ in range(self.random.randint(0, 4)):
            s['carried_actions'].append(carried(
                self.id(), self.paragraph(), self.random.randint(1, 2 ** 40),
                blocker=self.line(False), owner=self.line(False), due=self.date(),
                status=self.random.choice(('open', 'in progress', 'done', 'dropped')),
                status_changed=self.date(), from_workshop=self.line(False),
                from_date=self.date()))
        call = self.random.choice(('nothing', 'blockers', 'solutions to one',
                                   'solutions to the top'))
        s['phones'] = {
            'call': call,
            'blockers': (self.random.sample(blocker_ids, self.random.randint(1, min(3, len(
                blocker_ids)))) if call.startswith('solutions') else []),
            'names': self.chance(0.5), 'paused': self.chance(0.3),
            'seconds_between': self.random.choice((0, 3, 600)),
            'per_phone': self.random.choice((1, 50, 1000))}
        return s

    def round(self, s):
        on_solutions = bool(s['solutions']) and self.chance(0.4)
        if on_solutions:
            subject = self.random.choice(s['solutions'])['blocker']
            pool = [x['id'] for x in s['solutions'] if x['blocker'] == subject]
        else:
            subject = None
            pool = [b['id'] for b in s['blockers']]
        items = self.random.sample(pool, self.random.randint(0, len(pool)))
        method = self.random.choice(('dots', 'approval', 'borda', 'schulze'))
        budget = self.maybe([1, 2, 3, 5, 10])
        most = self.random.randint(1, budget) if method == 'dots' and budget and self.chance(
            0.5) else None
        r = round_(self.id(), self.time(), title=self.line(False),
                   subject='solutions' if on_solutions else 'blockers', subject_blocker=subject,
                   method=method, budget=budget, max_per_item=most,
                   state=self.random.choice(('open', 'closed', 'revealed')),
                   paper_voters=self.random.choice((0, 3, 24)), items=items)
        for v in range(self.random.randint(0, 6)):
            voter = self.random.choice((f'phone-{v}', f'kiosk-{v}', f'Voter {v} ✓'))
            r['ballots'].append(voter)
            if method == 'dots' and not budget:
                continue  # paper dots only: no individual votes
            chosen = self.random.sample(items, self.random.randint(0, min(len(items),
                                                                          budget or 99)))
            if method == 'dots':
                left = budget
                for item in chosen:
                    dots = min(left, self.random.randint(1, most or budget))
                    if dots < 1:
                        break
                    left -= dots
                    r['votes'].append({'voter': voter, 'item': item, 'value': dots})
            else:
                for rank, item in enumerate(chosen, 1):
                    r['votes'].append({'voter': voter, 'item': item,
                                       'value': 1 if method == 'approval' else rank})
        if method in ('dots', 'approval'):
            for item in self.random.sample(items, self.random.randint(0, len(items))):
                r['tallies'].append({'item': item, 'dots': self.random.choice((0, 1, 7, 240))})
        return r

    def journeys(self, s):
        if self.chance(0.3):
            return  # no channels: the import takes the default table
        for i in range(self.random.randint(1, 5)):
            s['channels'].append({
                'id': self.id(), 'name': f'Channel {i}',
                'cost_pence': self.maybe([0, 27, 376, 934, 100000000]),
                'source': self.paragraph(False), 'online': self.chance(0.3)})
        channel_ids = [c['id'] for c in s['channels']]
        blocker_ids = [b['id'] for b in s['blockers']]
        for _ in range(self.random.randint(0, 3)):
            steps = []
            for _ in range(self.random.randint(0, 6)):
                steps.append(step(
                    self.id(), self.paragraph(), channel=self.maybe(channel_ids),
                    actor=self.line(False), minutes=self.maybe([0, 5, 100000]),
                    cost_pence=self.maybe([0, 50, 100000000]), pain_point=self.chance(0.5),
                    pain_note=self.paragraph(False), emotion=self.random.randint(-2, 2),
                    avoidable=self.chance(0.5), blocker=self.maybe(blocker_ids)))
            photo = None
            if self.chance(0.3):
                jpeg = b'\xff\xd8\xff\xe0' + self.random.randbytes(self.random.randint(0, 3000))
                photo = base64.b64encode(jpeg).decode('ascii')
            current = journey(self.id(), self.line(), steps, persona=self.line(False),
                              preferred_channel=self.maybe(channel_ids),
                              second_channel=self.maybe(channel_ids),
                              annual_volume=self.random.choice((0, 120000, 1000000000)),
                              photo=photo)
            s['journeys'].append(current)
            if self.chance(0.5):
                s['journeys'].append(journey(self.id(), self.line(), [], variant='future',
                                             current=current['id']))

    def incoming(self, s):
        group_ids = [g['id'] for g in s['groups']]
        blocker_ids = [b['id'] for b in s['blockers']]
        for i in range(self.random.randint(0, 6)):
            kind = self.random.choice(('blocker', 'solution'))
            state = self.random.choice(('waiting', 'accepted', 'merged', 'rejected'))
            on_board = state in ('accepted', 'merged')
            s['incoming'].append(incoming(
                self.id(), self.line(), f'phone-{i % 3}', self.time(), kind=kind,
                name=self.line(False),
                group=self.maybe(group_ids) if kind == 'blocker' else None,
                blocker=self.maybe(blocker_ids) if kind == 'solution' else None,
                state=state, reason=self.line(False) if state == 'rejected' else '',
                item=self.random.randint(1, 10 ** 6) if on_board else None))


def check_generated(c):
    generator = Generator(31)
    count = 40
    seen = {'methods': set(), 'calls': set(), 'states': set()}
    previous = None
    for n in range(count):
        document = generator.session()
        session, exported = c.round_trip(document, f'generated session {n}')
        seen['methods'] |= {r['method'] for r in exported['rounds']}
        seen['states'] |= {i['state'] for i in exported['incoming']}
        seen['calls'].add(exported['phones']['call'])
        if any(s['owner'].strip() and s['status'] == 'open' for s in exported['solutions']):
            previous = session  # with open actions, for `new --from`
    # The generator reached every value, so every enum was validated.
    if len(seen['methods']) < 4 or len(seen['states']) < 4 or len(seen['calls']) < 4:
        fail(f'the generated sessions missed some values: {seen}')
    # Sessions unblock-cli makes itself, without an import.
    made = [('new', [], 'a new Really Useful Day'),
            ('new', ['--blank', '--title', ' Blank \u00a0'], 'a new blank session'),
            ('new', ['--from', previous], 'the next workshop, carrying open actions')]
    for command, options, what in made:
        session = c.path('made.unblock')
        result = c.run(command, session, *options)
        if result.returncode != 0:
            fail(f'{what}: unblock-cli {command} failed: {result.stderr.strip()}')
        document = c.export(session, what)
        if '--from' in options and not document['carried_actions']:
            fail(f'{what}: no action was carried, so carried actions went unchecked')
    sheet = c.path('board.csv')
    with open(sheet, 'w', encoding='utf-8') as f:
        f.write('group,blocker,category,solution,dots\n'
                'Table 1,Nobody owns the forms,Process,Name an owner,7\n'
                ',,,Review every quarter,\n'
                'Table 2,"Staff rekey cases, twice",Technology,,3\n')
    session = c.path('board.unblock')
    result = c.run('import', session, sheet)
    if result.returncode != 0:
        fail(f'a spreadsheet import failed: {result.stderr.strip()}')
    c.export(session, 'a spreadsheet of blockers with paper dots')
    print(f'{c.validated} exports valid: {count} generated sessions imported and exported, '
          f'and {c.validated - count} sessions unblock-cli made')


# --- hostile text --------------------------------------------------------------

TIME = '2026-11-22T09:30:00.000Z'
# What QString::trimmed sets aside (QChar::isSpace): for the UTF-16 length.
EDGE = re.compile('^[\t\n\x0b\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|'
                  '[\t\n\x0b\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$')


def utf16_length(text):
    return len(text.encode('utf-16-le', 'surrogatepass')) // 2


class Ids:
    """Ids unique across a whole document, far from any other number in a
    message, so the importer's message names which item it refused."""

    def __init__(self):
        self.next = 7_000_000

    def __call__(self):
        self.next += 1
        return self.next


def import_dropping(c, document, what, lists=None):
    """Imports, dropping each item the importer refuses (named by its id) until
    it takes the rest; an item refused from a list not in `lists` (when given)
    fails the check. Returns (session file, ids of the items dropped)."""
    dropped = []
    while True:
        session, problem = c.try_import(document)
        if session:
            return session, dropped
        item = None
        for number in re.findall(r'\d+', problem):
            item = find_item(document, int(number))
            if item:
                break
        if not item:
            fail(f'{what}: the import refused an item the message does not name: {problem}')
        listed, index = item
        if lists is not None and listed not in lists:
            fail(f'{what}: the import refused an item of {listed}: {problem}')
        dropped.append(document[listed][index]['id'])
        del document[listed][index]


def find_item(document, id):
    for listed, value in document.items():
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict) and item.get('id') == id:
                    return listed, index
    return None


KINDS = {  # the schema's name for each kind of text, and the field that judges it
    'line': ('blockers', 'author'),
    'requiredLine': ('blockers', 'title'),
    'paragraph': ('blockers', 'detail'),
    'requiredParagraph': ('solutions', 'text'),
}
LIMITS = {'line': 500, 'requiredLine': 500, 'paragraph': 20000, 'requiredParagraph': 20000}


def verdicts(c, kind, strings):
    """Which strings Unblock's importer accepts as this kind of text: each in one
    field of its own item, the refused ones dropped one by one."""
    ids = Ids()
    document = empty_session()
    holder = ids()
    document['blockers'].append(blocker(holder, 'Holder', TIME))
    by_id = {}
    listed, field = KINDS[kind]
    for text in strings:
        id = ids()
        by_id[id] = text
        if listed == 'blockers':
            document['blockers'].append({**blocker(id, 'Plain', TIME), field: text})
        else:
            document['solutions'].append(solution(id, holder, text))
    session, dropped = import_dropping(c, document, f'hostile text as {kind}')
    c.export(session, f'hostile text as {kind} ({len(strings) - len(dropped)} strings)')
    refused = [by_id[id] for id in dropped]
    return [t for t in strings if t not in refused], refused


def check_text_rules(c, kind, accepted, refused):
    """The schema's text definition for `kind` says what the importer said."""
    definition = jsonschema.Draft202012Validator(c.schema['$defs'][kind])
    limit = LIMITS[kind]
    wrong = []
    wider = 0
    for text in accepted:
        if not definition.is_valid(text):
            wrong.append(f'refuses what Unblock accepts: {text[:80]!r}')
    for text in refused:
        if definition.is_valid(text):
            # The limit counts UTF-16 code units; JSON Schema counts characters.
            if utf16_length(EDGE.sub('', text)) > limit >= len(EDGE.sub('', text)):
                wider += 1
            else:
                wrong.append(f'accepts what Unblock refuses: {text[:80]!r}')
    if wrong:
        fail(f'$defs/{kind} is not Unblock\'s rule:\n  ' + '\n  '.join(wrong))
    return wider


def everywhere(c, lines, required_lines, paragraphs, required_paragraphs, what):
    """A session with each string in every field of its kind, in every list."""
    ids = Ids()
    s = empty_session()
    holder, table = ids(), ids()
    s['groups'].append({'id': table, 'name': 'Table', 'position': 0})
    s['blockers'].append(blocker(holder, 'Holder', TIME))
    if lines:
        s['session'].update(title=max(lines, key=len), venue=lines[0], facilitator=lines[-1])
    channel = ids()
    s['channels'].append({'id': channel, 'name': 'Plain channel', 'cost_pence': None,
                          'source': '', 'online': False})
    # Names must differ, ignoring case (a channel's once tidied): a name like
    # one before is left out (the importer names no item when channels clash).
    categories, channels = set(), set()
    for i, text in enumerate(required_lines):
        if text.casefold() not in categories:
            categories.add(text.casefold())
            s['categories'].append({'id': ids(), 'name': text, 'position': i})
        if EDGE.sub('', text).casefold() not in channels:
            channels.add(EDGE.sub('', text).casefold())
            s['channels'].append({'id': ids(), 'name': text, 'cost_pence': 1, 'source': '',
                                  'online': False})
        s['groups'].append({'id': ids(), 'name': text, 'position': i})
        s['blockers'].append(blocker(ids(), text, TIME, group=table))
        s['rounds'].append(round_(ids(), TIME, budget=1, items=[holder], ballots=[text],
                                  votes=[{'voter': text, 'item': holder, 'value': 1}]))
        s['journeys'].append(journey(ids(), text, []))
        s['incoming'].append(incoming(ids(), text, text, TIME, group=table))
    for text in lines:
        s['blockers'].append(blocker(ids(), 'Plain', TIME, author=text))
        s['solutions'].append(solution(ids(), holder, 'Plain', owner=text, from_workshop=text,
                                       from_date='2025-01-31'))
        s['rounds'].append(round_(ids(), TIME, title=text))
        s['journeys'].append(journey(ids(), 'Plain', [step(ids(), 'Plain', actor=text)],
                                     persona=text))
        s['incoming'].append(incoming(ids(), 'Plain', 'phone', TIME, kind='solution',
                                      blocker=holder, name=text, reason=text,
                                      state='rejected'))
        s['carried_actions'].append(carried(ids(), 'Plain', 12, blocker=text, owner=text,
                                            from_workshop=text))
    for text in required_paragraphs:
        s['solutions'].append(solution(ids(), holder, text))
        s['journeys'].append(journey(ids(), 'Plain', [step(ids(), text)]))
        s['carried_actions'].append(carried(ids(), text, 12))
    for text in paragraphs:
        s['blockers'].append(blocker(ids(), 'Plain', TIME, detail=text))
        s['channels'].append({'id': ids(), 'name': f'Channel {ids()}', 'cost_pence': None,
                              'source': text, 'online': False})
        s['journeys'].append(journey(ids(), 'Plain', [step(ids(), 'Plain', pain_note=text,
                                                           pain_point=True)]))
    # A category name Qt's case folding finds the same as one before (Python's
    # may differ) is dropped; any other refusal fails.
    session, dropped = import_dropping(c, s, what, lists=('categories',))
    c.export(session, what)
    return len(dropped)


def check_hostile(c, hostile_path):
    with open(hostile_path, encoding='utf-8') as f:
        strings = list(dict.fromkeys(s['text'] for s in json.load(f)['strings']))
    accepted, refused = {}, {}
    # Optional text first; what it refuses, required text refuses too.
    for kind, optional in (('line', None), ('requiredLine', 'line'),
                           ('paragraph', None), ('requiredParagraph', 'paragraph')):
        candidates = accepted[optional] if optional else strings
        accepted[kind], refused[kind] = verdicts(c, kind, candidates)
        if optional:
            refused[kind] += refused[optional]
    wider = sum(check_text_rules(c, kind, accepted[kind], refused[kind]) for kind in accepted)
    dropped = everywhere(c, accepted['line'], accepted['requiredLine'], [], [],
                         'hostile text in every line of a session')
    dropped += everywhere(c, [], [], accepted['paragraph'], accepted['requiredParagraph'],
                          'hostile text in every paragraph of a session')
    print(f'{c.validated} exports valid, from {len(strings)} hostile strings: '
          + ', '.join(f'{kind} {len(accepted[kind])} accepted' for kind in accepted)
          + f'; the schema\'s text rules agree with the importer on each '
          f'({wider} refused only for their UTF-16 length, which JSON Schema cannot count); '
          f'{dropped} category names dropped as alike')


# --- wrong documents -------------------------------------------------------------

def check_wrong(c, sample_path):
    with open(sample_path, encoding='utf-8') as f:
        good = json.load(f)
    c.validate(good, 'the demo (the base of the wrong documents)')

    def changed(change):
        document = copy.deepcopy(good)
        change(document)
        return document

    def solution_field(field, value):
        return lambda d: d['solutions'][0].__setitem__(field, value)

    def drop(path, key):
        return lambda d: path(d).pop(key)

    # (what, document, whether Unblock's importer refuses it too)
    wrong = [
        ('an impact of 77', changed(solution_field('impact', 77)), True),
        ('an effort of 0', changed(solution_field('effort', 0)), True),
        ('an unknown action status', changed(solution_field('status', 'hacked')), True),
        ('a blocker without its title', changed(drop(lambda d: d['blockers'][0], 'title')),
         True),
        ('a blank blocker title', changed(lambda d: d['blockers'][0].update(title=' \t ')),
         True),
        ('a line break inside a title',
         changed(lambda d: d['blockers'][0].update(title='Two\nlines')), True),
        ('a title of 501 characters',
         changed(lambda d: d['blockers'][0].update(title='x' * 501)), True),
        ('a control character in a solution',
         changed(solution_field('text', 'bell \x07 here')), True),
        ('an unknown voting method',
         changed(lambda d: d['rounds'][0].update(method='plurality')), True),
        ('a round state "maybe"', changed(lambda d: d['rounds'][0].update(state='maybe')), True),
        ('a text id', changed(lambda d: d['blockers'][0].update(id='12')), True),
        ('id 0', changed(lambda d: d['blockers'][0].update(id=0)), True),
        ('a due date that is not a date', changed(solution_field('due', 'not a date')), True),
        ('a due day 31 February', changed(solution_field('due', '2026-02-31')), True),
        # Unblock reads a day alone as its midnight, and writes it back in full.
        ('a creation time without its time',
         changed(lambda d: d['blockers'][0].update(created='2026-11-22')), False),
        ('a negative paper tally',
         changed(lambda d: d['rounds'][0]['tallies'][0].update(dots=-1)), True),
        ('a round on solutions without its blocker',
         changed(lambda d: d['rounds'][0].update(subject='solutions')), True),
        ('a call for solutions naming no blocker',
         changed(lambda d: d['phones'].update(call='solutions to one')), True),
        ('an emotion of 3',
         changed(lambda d: d['journeys'][0]['steps'][0].update(emotion=3)), True),
        ('version 2', changed(lambda d: d.update(version=2)), True),
        ('no phones', changed(drop(lambda d: d, 'phones')), False),
        ('a field the format does not have',
         changed(lambda d: d['blockers'][0].update(votes=3)), False),
        ('impact as text', changed(solution_field('impact', '5')), True),
    ]
    for what, document, importer_refuses in wrong:
        if not c.errors(document):
            fail(f'the schema accepts {what}')
        c.validated += 1
        if importer_refuses:
            session, _ = c.try_import(document)
            if session:
                fail(f'unblock-cli import accepts {what}, which the schema refuses')
    print(f'{len(wrong)} wrong documents fail the schema; '
          f'{sum(1 for w in wrong if w[2])} of them fail unblock-cli import too')


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('check', choices=('schema', 'demo', 'generated', 'hostile', 'wrong'))
    parser.add_argument('--cli', required=True)
    parser.add_argument('--schema', required=True)
    parser.add_argument('--demo')
    parser.add_argument('--sample')
    parser.add_argument('--hostile')
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix='session-schema-') as work:
        c = Checker(args, work)
        if args.check == 'schema':
            jsonschema.Draft202012Validator.check_schema(c.schema)
            if c.schema['properties']['version'].get('const') != 1:
                fail('the schema does not pin the format version to 1')
            print(f'{args.schema} is valid draft 2020-12 JSON Schema')
        elif args.check == 'demo':
            if not os.path.exists(args.demo):
                fail(f'{args.demo} is missing: build the demo-session target first')
            c.export(args.demo, 'the demo session')
            with open(args.sample, encoding='utf-8') as f:
                c.validate(json.load(f), 'the demo session\'s JSON source')
            print(f'{c.validated} documents valid: the demo\'s export and its source')
        elif args.check == 'generated':
            check_generated(c)
        elif args.check == 'hostile':
            check_hostile(c, args.hostile)
        else:
            check_wrong(c, args.sample)


if __name__ == '__main__':
    main()
