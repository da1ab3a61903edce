"""Reads an iCalendar file with python3-icalendar, a parser that is not
Unblock's, and prints each event's fields as JSON for the test to check."""
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())
events = []
for event in calendar.walk('VEVENT'):
    events.append({
        'uid': str(event['UID']),
        'summary': str(event['SUMMARY']),
        'description': str(event['DESCRIPTION']),
        'start': event.decoded('DTSTART').isoformat(),
        'end': event.decoded('DTEND').isoformat(),
        'stamp': event.decoded('DTSTAMP').isoformat(),
    })
print(json.dumps({'version': str(calendar['VERSION']), 'prodid': str(calendar['PRODID']),
                  'events': events}, ensure_ascii=False))
