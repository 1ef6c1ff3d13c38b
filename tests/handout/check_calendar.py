#!/usr/bin/python3
"""Reads `limber export ics` back with an independent parser (python3-icalendar) and checks the
events and alarms a phone would import: how many, on which days and at what time, their
summaries (escaping undone), unique and stable UIDs, the DTSTAMP of SOURCE_DATE_EPOCH; and, on
the raw bytes, CRLF line ends and lines of at most 75 octets.

usage: check_calendar.py LIMBER SOURCE_DIR
"""

import datetime
import os
import subprocess
import sys
import tempfile

import icalendar

FAILURES = []
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1764547200")  # 2025-12-01 00:00:00 UTC


def check(condition, message):
    if not condition:
        FAILURES.append(message)


def export(limber, *args):
    return subprocess.run([limber, "export", "ics", *args], capture_output=True, env=ENV,
                          check=True).stdout


def check_raw(name, raw):
    check(raw.endswith(b"\r\n"), name + ": the last line does not end in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    check(all(b"\n" not in line and b"\r" not in line for line in lines),
          name + ": a bare LF or CR")
    check(all(len(line) <= 75 for line in lines), name + ": a line longer than 75 octets")
    for line in lines:
        line.decode("utf-8")  # a fold inside a UTF-8 sequence would not decode


def parse(name, raw):
    check_raw(name, raw)
    calendar = icalendar.Calendar.from_ical(raw)
    return calendar, calendar.walk("VEVENT")


def main():
    limber, source_dir = sys.argv[1:3]
    examples = os.path.join(source_dir, "examples")

    # 3..5 per week: the lower bound, 3, spread from a Monday: Monday, Wednesday, Friday.
    raw = export(limber, os.path.join(examples, "spine-mobility.limber"), "--start", "2026-12-07")
    calendar, events = parse("spine-mobility", raw)
    check(str(calendar["VERSION"]) == "2.0", "spine-mobility: VERSION")
    check(len(events) == 12, "spine-mobility: %d events, not 12" % len(events))
    alarms = calendar.walk("VALARM")
    check(len(alarms) == 12, "spine-mobility: %d alarms, not 12" % len(alarms))
    starts = [event.decoded("DTSTART") for event in events]
    check(all(start.tzinfo is None for start in starts), "spine-mobility: DTSTART not floating")
    check(all(start.time() == datetime.time(9, 0) for start in starts), "default time not 09:00")
    check([start.strftime("%a") for start in starts[:3]] == ["Mon", "Wed", "Fri"],
          "spine-mobility: the first week is not Mon, Wed, Fri")
    check(starts[-1].date() == datetime.date(2027, 1, 1), "spine-mobility: the last day")
    check(all(event.decoded("DURATION") == datetime.timedelta(minutes=15, seconds=40)
              for event in events), "spine-mobility: DURATION is not the session's length")
    check(all(str(event["SUMMARY"]) == "Spine Mobility (15 minutes 40 seconds)"
              for event in events), "spine-mobility: SUMMARY")
    description = str(events[0]["DESCRIPTION"])
    check(description.startswith("Spine Mobility, 15 minutes 40 seconds: Marching in Place, "
                                 "Cat-Cow, Pelvic Tilt, Figure Four Stretch, Pigeon Pose,"),
          "spine-mobility: DESCRIPTION is %r" % description)
    check("\nStop if you feel sharp or new pain.\n" in description, "the advice on pain")
    check(all(alarm.decoded("TRIGGER") == datetime.timedelta(minutes=-10) for alarm in alarms),
          "spine-mobility: the alarm is not 10 minutes before")
    check(all(str(alarm["ACTION"]) == "DISPLAY" for alarm in alarms), "the alarm's ACTION")
    stamps = {event.decoded("DTSTAMP") for event in events}
    check(stamps == {datetime.datetime(2025, 12, 1, tzinfo=datetime.timezone.utc)},
          "spine-mobility: DTSTAMP is not SOURCE_DATE_EPOCH: %r" % stamps)
    uids = [str(event["UID"]) for event in events]
    check(len(set(uids)) == len(uids), "spine-mobility: UIDs repeat")
    # Another time of day and more weeks: the same sessions keep their UIDs.
    again = export(limber, os.path.join(examples, "spine-mobility.limber"), "--start",
                   "2026-12-07", "--time", "18:30", "--weeks", "6")
    _, later = parse("spine-mobility again", again)
    check(len(later) == 18, "spine-mobility --weeks 6: %d events" % len(later))
    check([str(event["UID"]) for event in later[:12]] == uids, "UIDs are not stable")
    check(later[0].decoded("DTSTART") == datetime.datetime(2026, 12, 7, 18, 30), "--time 18:30")

    # daily, on the days given: 2 a week for 2 weeks.
    _, events = parse("desk-neck", export(limber, os.path.join(examples, "desk-neck.limber"),
                                          "--start", "2026-12-10", "--days", "sat,sun",
                                          "--weeks", "2"))
    check([event.decoded("DTSTART").strftime("%a %d") for event in events] ==
          ["Sat 12", "Sun 13", "Sat 19", "Sun 20"], "desk-neck --days sat,sun")
    _, events = parse("desk-neck daily", export(limber, os.path.join(examples, "desk-neck.limber"),
                                                "--start", "2026-12-10", "--weeks", "1"))
    check(len(events) == 7, "desk-neck: daily is 7 a week, not %d" % len(events))

    # Text that needs escaping and folding comes back as it was written.
    with tempfile.TemporaryDirectory() as tmp:
        odd = os.path.join(tmp, "odd.limber")
        title = "Rücken, Nacken; Schultern \\\\ \u00e9t\u00e9 \u2014 a long title " + "\u00fc" * 40
        with open(odd, "w", encoding="utf-8") as f:
            f.write('routine "%s" {\n  frequency 1 per week\n  hold cat_cow 30s\n}\n' % title)
        _, events = parse("odd", export(limber, odd, "--start", "2026-12-07", "--weeks", "2"))
        check(len(events) == 2, "odd: %d events" % len(events))
        wanted = title.replace("\\\\", "\\") + " (35 seconds)"
        check(str(events[0]["SUMMARY"]) == wanted,
              "odd: SUMMARY %r, not %r" % (str(events[0]["SUMMARY"]), wanted))

    for failure in FAILURES:
        print(failure)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
