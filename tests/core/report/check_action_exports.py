"""Reads the actions' exports as their importers document them, with readers
that are not Unblock's: a strict RFC 5545 line and structure check and
python3-icalendar for the calendar (with RFC 5546's rules for PUBLISH), and
Python's csv for the CSV files of Jira's importer ("Import data from a CSV
file") and of Azure DevOps' ("Import or update work items in bulk by using
CSV files").

    check_action_exports.py EXPECTED.json CALENDAR.ics JIRA.csv AZURE.csv

EXPECTED.json holds what went in: the organizer's name and each action still
to do ({"text", "due"}: the text as stored, the due date as yyyy-MM-dd or "").
Prints every problem found and exits 1 if there is one."""
import csv
import datetime
import io
import json
import re
import sys
from html.parser import HTMLParser

import icalendar

problems = []


def problem(where, what):
    problems.append(f'{where}: {what}')


# --- shared -------------------------------------------------------------------

# Jira's Summary and Azure DevOps' Title: at most 255 characters, as Java and
# .NET count them (UTF-16 units: an emoji is two), one line.
TITLE_LIMIT = 255
FORMULA_STARTS = ('=', '+', '-', '@', '\t', '\r')


def utf16_length(text):
    return len(text.encode('utf-16-le')) // 2


def simplified(text):
    """Qt's QString::simplified: white space trimmed, each run one space."""
    return ' '.join(text.split())


def unquoted(cell):
    """A cell as typed: a spreadsheet formula's neutralising quote taken off."""
    if cell.startswith("'") and cell[1:2] in FORMULA_STARTS:
        return cell[1:]
    return cell


def title_of(shown, text):
    """Whether `shown` is a title for `text` as Unblock cuts one: the whole text
    on one line, its first sentence, or as much as fits marked with an ellipsis."""
    line = simplified(text)
    if shown == line:
        return True
    if shown.endswith('…') and len(shown) > 1:
        return line.startswith(shown[:-1].rstrip())
    return (shown[-1:] in ('.', '!', '?') and line.startswith(shown)
            and line[len(shown):len(shown) + 1].isspace())


def check_title(where, cell, text):
    """A tracker's title of `text`: whole, its first sentence, or cut and marked."""
    if not cell:
        problem(where, 'the title is empty')
        return None
    if utf16_length(cell) > TITLE_LIMIT or len(cell) > TITLE_LIMIT:
        problem(where, f'the title is {utf16_length(cell)} UTF-16 units long, '
                f'over {TITLE_LIMIT}: {cell[:40]!r}…')
    if '\n' in cell or '\r' in cell:
        problem(where, 'the title has a line break')
    if cell.startswith(FORMULA_STARTS):
        problem(where, f'the title starts like a formula: {cell[:20]!r}')
    shown = unquoted(cell)
    if not title_of(shown, text):
        problem(where, f'the title {shown[:60]!r}… is not the text {simplified(text)[:60]!r}… '
                'nor its first sentence, nor its start marked …')
    return shown


def take(actions, fits):
    """The first action not yet matched that `fits`, matched."""
    for i, action in enumerate(actions):
        if fits(action):
            return actions.pop(i)
    return None


def lines_of(text):
    return text.replace('\r\n', '\n').replace('\r', '\n').split('\n')


# --- iCalendar ----------------------------------------------------------------

NAME = r'[A-Za-z0-9-]+'
# RFC 5545 3.1: SAFE-CHAR, QSAFE-CHAR and VALUE-CHAR; CONTROL is every
# character below 0x20 but HTAB, and DEL.
CONTROL = r'\x00-\x08\x0a-\x1f\x7f'
PARAM_VALUE = rf'(?:"[^{CONTROL}"]*"|[^{CONTROL}";:,]*)'
PARAM = rf';{NAME}={PARAM_VALUE}(?:,{PARAM_VALUE})*'
CONTENT_LINE = re.compile(rf'({NAME})((?:{PARAM})*):([^{CONTROL}]*)')
PARAM_SPLIT = re.compile(rf';({NAME})=({PARAM_VALUE}(?:,{PARAM_VALUE})*)')
# RFC 5545 3.3.11: TEXT escapes backslash, semicolon, comma and line breaks.
TEXT = re.compile(r'(?:[^\\;,]|\\[\\;,nN])*')
TEXT_PROPERTIES = {'SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT'}
URI = re.compile(r'[A-Za-z][A-Za-z0-9+.-]*:\S+')


def rfc6868(value):
    """A parameter value as RFC 6868 means it: ^^ ^' ^n."""
    out, i = '', 0
    while i < len(value):
        if value[i] == '^' and i + 1 < len(value) and value[i + 1] in "^'n":
            out += {'^': '^', "'": '"', 'n': '\n'}[value[i + 1]]
            i += 2
        else:
            out += value[i]
            i += 1
    return out


def text_value(value):
    """A TEXT value as RFC 5545 3.3.11 means it (its escapes undone once)."""
    out, i = '', 0
    while i < len(value):
        if value[i] == '\\' and i + 1 < len(value):
            out += '\n' if value[i + 1] in 'nN' else value[i + 1]
            i += 2
        else:
            out += value[i]
            i += 1
    return out


def content_lines(where, data):
    """The file's content lines, unfolded, each checked as RFC 5545 3.1 writes them."""
    if not data.endswith(b'\r\n'):
        problem(where, 'the last line does not end in CRLF')
    if not data.count(b'\r') == data.count(b'\n') == data.count(b'\r\n'):
        problem(where, 'a line ends in a bare CR or LF, not CRLF')
    physical = data[:-2].split(b'\r\n') if data.endswith(b'\r\n') else data.split(b'\r\n')
    logical = []
    for number, line in enumerate(physical, 1):
        at = f'{where} line {number}'
        if len(line) > 75:
            problem(at, f'{len(line)} octets, over 75')
        try:
            line.decode('utf-8')
        except UnicodeDecodeError as e:
            problem(at, f'not whole UTF-8 (a character split by the folding?): {e}')
        if not line:
            problem(at, 'an empty line')
        elif line[:1] in (b' ', b'\t'):
            if not logical:
                problem(at, 'a continuation with nothing to continue')
            else:
                logical[-1] += line[1:]
        else:
            logical.append(line)
    out = []
    for line in logical:
        text = line.decode('utf-8', 'replace')
        match = CONTENT_LINE.fullmatch(text)
        if not match:
            problem(where, f'not a content line (name, parameters, ":", value): {text[:80]!r}')
            continue
        name, params, value = match.group(1).upper(), match.group(2), match.group(3)
        parameters = {k.upper(): v for k, v in PARAM_SPLIT.findall(params)}
        if name in TEXT_PROPERTIES and not TEXT.fullmatch(value):
            problem(where, f'{name} has an unescaped ; or , or a stray backslash: {value[:80]!r}')
        out.append((name, parameters, value))
    return out


def check_structure(where, lines, organizer):
    """Components nested right, and each with what RFC 5545 and 5546 require."""
    if not lines or (lines[0][0], lines[0][2]) != ('BEGIN', 'VCALENDAR'):
        problem(where, 'does not start with BEGIN:VCALENDAR')
    if not lines or (lines[-1][0], lines[-1][2]) != ('END', 'VCALENDAR'):
        problem(where, 'does not end with END:VCALENDAR')
    stack, components = [], []
    for name, parameters, value in lines:
        if name == 'BEGIN':
            stack.append((value.upper(), []))
        elif name == 'END':
            if not stack or stack[-1][0] != value.upper():
                problem(where, f'END:{value} does not close what was begun')
                continue
            components.append(stack.pop())
        elif not stack:
            problem(where, f'{name} is outside every component')
        else:
            stack[-1][1].append((name, parameters, value))
    if stack:
        problem(where, f'{[c for c, _ in stack]} never ended')
    calendars = [p for c, p in components if c == 'VCALENDAR']
    if len(calendars) != 1:
        problem(where, f'{len(calendars)} VCALENDARs, not one')
        return []
    calendar = calendars[0]

    def count(properties, name):
        return sum(1 for n, _, _ in properties if n == name)

    def values(properties, name):
        return [(p, v) for n, p, v in properties if n == name]

    for required in ('VERSION', 'PRODID'):
        if count(calendar, required) != 1:
            problem(where, f'VCALENDAR has {count(calendar, required)} {required}, not one')
    if values(calendar, 'VERSION')[:1] and values(calendar, 'VERSION')[0][1] != '2.0':
        problem(where, 'VERSION is not 2.0')
    methods = [v.upper() for _, v in values(calendar, 'METHOD')]
    if len(methods) > 1:
        problem(where, 'more than one METHOD')
    events = [p for c, p in components if c == 'VEVENT']
    uids = []
    for number, event in enumerate(events, 1):
        at = f'{where} event {number}'
        # RFC 5545 3.6.1: UID and DTSTAMP once; DTSTART once when there is no METHOD,
        # and RFC 5546's PUBLISH wants it and SUMMARY and ORGANIZER once too.
        for required in ('UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'):
            if count(event, required) != 1:
                problem(at, f'{count(event, required)} {required}, not one')
        if count(event, 'DTEND') > 1:
            problem(at, 'more than one DTEND')
        if methods:
            if count(event, 'ORGANIZER') != 1:
                problem(at, f'METHOD:{methods[0]} and {count(event, "ORGANIZER")} ORGANIZER '
                        '(RFC 5546 requires one)')
        if methods == ['PUBLISH'] and count(event, 'ATTENDEE'):
            problem(at, 'an ATTENDEE in a PUBLISH (RFC 5546 forbids them)')
        for parameters, value in values(event, 'DTSTAMP'):
            if not re.fullmatch(r'\d{8}T\d{6}Z', value):
                problem(at, f'DTSTAMP {value!r} is not a UTC date-time')
        starts, ends = values(event, 'DTSTART'), values(event, 'DTEND')
        if starts and ends:
            (start_params, start), (end_params, end) = starts[0], ends[0]
            if start_params.get('VALUE', '').upper() != end_params.get('VALUE', '').upper():
                problem(at, 'DTSTART and DTEND are not of one value type')
            if end <= start:
                problem(at, f'DTEND {end} is not after DTSTART {start}')
        for parameters, value in values(event, 'ORGANIZER'):
            # RFC 5545 3.8.4.3: a CAL-ADDRESS, a URI; a mailto one is an address.
            if not URI.fullmatch(value):
                problem(at, f'ORGANIZER {value!r} is not a URI')
            if value.lower().startswith('mailto:') and '@' not in value:
                problem(at, f'ORGANIZER {value!r} is a mailto URI without an address')
            cn = parameters.get('CN')
            if cn is None:
                problem(at, 'ORGANIZER has no CN to name the organizer')
            else:
                name = rfc6868(cn[1:-1] if cn.startswith('"') else cn)
                if name != organizer:
                    problem(at, f'ORGANIZER is named {name!r}, not {organizer!r}')
        uids += [v for _, v in values(event, 'UID')]
    if len(set(uids)) != len(uids):
        problem(where, 'two events share a UID')
    return events


def check_calendar(path, expected):
    data = open(path, 'rb').read()
    where = 'calendar'
    events = check_structure(where, content_lines(where, data), expected['organizer'])
    dated = [dict(a, text='\n'.join(lines_of(a['text']))) for a in expected['actions'] if a['due']]
    if len(events) != len(dated):
        problem(where, f'{len(events)} events for {len(dated)} actions with a due date')

    # Each event is an action due that day, its summary the text as typed.
    waiting = list(dated)
    read = {}
    for event in events:
        first = {}
        for name, _, value in event:
            first.setdefault(name, value)
        summary = text_value(first.get('SUMMARY', ''))
        start = first.get('DTSTART', '')
        due = f'{start[:4]}-{start[4:6]}-{start[6:8]}' if re.fullmatch(r'\d{8}', start) else start
        if not take(waiting, lambda a: a['text'] == summary and a['due'] == due):
            problem(where, f'an event that is no action due that day: {summary[:60]!r} on {due}')
        read[first.get('UID')] = (summary, due)
    for action in waiting:
        problem(where, f'no event for {action["text"][:60]!r} due {action["due"]}')

    # The parser that is not Unblock's reads the same events.
    calendar = icalendar.Calendar.from_ical(data)
    if str(calendar.get('VERSION')) != '2.0':
        problem(where, 'icalendar reads no VERSION 2.0')
    parsed = calendar.walk('VEVENT')
    if len(parsed) != len(events):
        problem(where, f'icalendar reads {len(parsed)} events, not {len(events)}')
    for event in parsed:
        uid = str(event.get('UID'))
        if uid not in read:
            problem(where, f'icalendar reads an event {uid!r} the line check did not')
            continue
        summary, due = read[uid]
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND')
        event.decoded('DTSTAMP')
        if isinstance(start, datetime.datetime) or start.isoformat() != due:
            problem(where, f'{summary[:40]!r}: icalendar reads DTSTART {start!r}, not {due}')
        elif end != start + datetime.timedelta(days=1):
            problem(where, f'{summary[:40]!r}: not one whole day ({start} to {end})')
        # python3-icalendar 4.0.3 (Debian's) undoes TEXT escapes twice, so a
        # backslash in the text reads wrong there: those are read above alone.
        if '\\' not in summary and str(event.get('SUMMARY')) != summary:
            problem(where, f'icalendar reads the summary {str(event.get("SUMMARY"))[:60]!r}, '
                    f'not {summary[:60]!r}')
        if event.get('ORGANIZER') is None:
            problem(where, f'{summary[:40]!r}: icalendar reads no ORGANIZER')


# --- CSV ----------------------------------------------------------------------

def read_csv(where, path, bom):
    data = open(path, 'rb').read()
    if data.startswith(b'\xef\xbb\xbf') != bom:
        problem(where, 'a byte-order mark' if not bom else 'no byte-order mark')
    try:
        text = data.decode('utf-8-sig' if bom else 'utf-8')
    except UnicodeDecodeError as e:
        problem(where, f'not UTF-8: {e}')
        return []
    rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
    for number, row in enumerate(rows, 1):
        for cell in row:
            if cell.startswith(FORMULA_STARTS):
                problem(f'{where} row {number}', f'a cell starts like a formula: {cell[:20]!r}')
    return rows


class DescriptionReader(HTMLParser):
    """Azure DevOps' Description as a browser reads it: text, and lines at <br>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = ['']
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == 'br':
            self.lines.append('')

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        self.tags.add('/' + tag)

    def handle_data(self, data):
        self.lines[-1] += data


def check_jira(path, expected):
    where = 'Jira'
    rows = read_csv(where, path, bom=False)
    # "Each CSV file must possess a heading row with a Summary column"; the
    # others named as Jira's fields are.
    heading = ['Summary', 'Issue Type', 'Description', 'Due Date', 'Labels']
    if not rows or rows[0] != heading:
        problem(where, f'the headings are {rows[:1]}, not {heading}')
        return
    waiting = list(expected['actions'])
    if len(rows) - 1 != len(waiting):
        problem(where, f'{len(rows) - 1} rows for {len(waiting)} actions')
    for number, row in enumerate(rows[1:], 2):
        at = f'{where} row {number}'
        if len(row) != len(heading):
            problem(at, f'{len(row)} cells, not {len(heading)}')
            continue
        summary, kind, description, due, labels = row
        if kind != 'Task' or labels != 'unblock':
            problem(at, f'issue type {kind!r}, labels {labels!r}')
        if due and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', due):
            problem(at, f'due date {due!r} is not yyyy-MM-dd, the format the importer is told')
        # Jira's text fields hold 32,767 characters.
        if utf16_length(description) > 32767:
            problem(at, f'the description is {utf16_length(description)} long, over 32,767')
        shown = unquoted(summary)
        action = take(waiting, lambda a: a['due'] == due and title_of(shown, a['text']))
        if not action:
            problem(at, f'no action still to do reads {summary[:60]!r} due {due!r}')
            continue
        check_title(at, summary, action['text'])
        if shown != action['text'] and action['text'] not in unquoted(description):
            problem(at, 'the title is not the whole text, and the description lacks it')


def check_azure(path, expected):
    where = 'Azure DevOps'
    # What Excel saves as "CSV UTF-8": with a byte-order mark.
    rows = read_csv(where, path, bom=True)
    # "The file must contain the Work Item Type and the Title fields."
    heading = ['Work Item Type', 'Title', 'Description', 'Tags']
    if not rows or rows[0] != heading:
        problem(where, f'the headings are {rows[:1]}, not {heading}')
        return
    waiting = list(expected['actions'])
    if len(rows) - 1 != len(waiting):
        problem(where, f'{len(rows) - 1} rows for {len(waiting)} actions')
    for number, row in enumerate(rows[1:], 2):
        at = f'{where} row {number}'
        if len(row) != len(heading):
            problem(at, f'{len(row)} cells, not {len(heading)}')
            continue
        kind, title, description, tags = row
        if kind != 'Task' or tags != 'unblock':
            problem(at, f'work item type {kind!r}, tags {tags!r}')
        shown = unquoted(title)
        action = take(waiting, lambda a: title_of(shown, a['text']))
        if not action:
            problem(at, f'no action still to do reads {title[:60]!r}')
            continue
        check_title(at, title, action['text'])
        # The Description is HTML: no raw line break (it shows as a space),
        # no markup but <br>, the text as typed line by line.
        html = unquoted(description)
        if '\n' in html or '\r' in html:
            problem(at, 'a raw line break in the HTML description')
        reader = DescriptionReader()
        reader.feed(html)
        reader.close()
        if reader.tags - {'br'}:
            problem(at, f'markup in the description: {sorted(reader.tags - {"br"})}')
        if shown != action['text']:
            text_lines = lines_of(action['text'])
            if reader.lines[:len(text_lines)] != text_lines:
                problem(at, f'the description does not start with the whole text, line by line: '
                        f'{reader.lines[:2]!r} for {text_lines[:2]!r}')


def main():
    expected = json.load(open(sys.argv[1], encoding='utf-8'))
    check_calendar(sys.argv[2], expected)
    check_jira(sys.argv[3], expected)
    check_azure(sys.argv[4], expected)
    # At most a dozen of each export's problems: the others are of the same kinds.
    for section in ('calendar', 'Jira', 'Azure DevOps'):
        found = [p for p in problems if p.startswith(section)]
        for p in found[:12]:
            print(p, file=sys.stderr)
        if len(found) > 12:
            print(f'{section}: … and {len(found) - 12} more', file=sys.stderr)
    print(json.dumps({'problems': len(problems), 'actions': len(expected['actions'])}))
    sys.exit(1 if problems else 0)


main()
