#!/usr/bin/env python3
"""Check maxmon's .ts files beyond "nothing unfinished".

    python3 translations/check_ts.py translations/maxmon_*.ts

For every message: a translation that is finished and not empty, the plural
forms the language needs, and against the source text the same placeholders
(%1..%99, %n, %L1), the same number of '&' (accelerators), the same HTML tags,
the same number of line breaks, the same leading and trailing whitespace and
the same trailing ':' or '...'. Exits 1 and lists each problem otherwise.
"""
import re
import sys
import xml.etree.ElementTree as ET

# plural forms Qt uses per language (QLocale's numerus rules)
FORMS = {'de': 2, 'en': 2, 'ru': 3}
PLACEHOLDER = re.compile(r'%L?(?:\d{1,2}|n)')
TAG = re.compile(r'</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>')
ENDINGS = (':', '...', '\u2026')


def edge_space(text):
    return re.match(r'\s*', text).group(0), re.search(r'\s*$', text).group(0)


def compare(source, translation):
    problems = []
    if not translation.strip():
        return ['empty translation']
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(translation))):
        problems.append('placeholders %s != %s' % (sorted(set(PLACEHOLDER.findall(source))),
                                                    sorted(set(PLACEHOLDER.findall(translation)))))
    if source.count('&') != translation.count('&'):
        problems.append("'&' count %d != %d" % (source.count('&'), translation.count('&')))
    if TAG.findall(source) != TAG.findall(translation):
        problems.append('HTML tags differ')
    if source.count('\n') != translation.count('\n'):
        problems.append('line breaks %d != %d' % (source.count('\n'), translation.count('\n')))
    if edge_space(source) != edge_space(translation):
        problems.append('leading/trailing whitespace differs')
    for ending in ENDINGS:
        if source.rstrip().endswith(ending) != translation.rstrip().endswith(ending):
            problems.append("trailing '%s' differs" % ending)
    return problems


def check(path):
    root = ET.parse(path).getroot()
    language = (root.get('language') or '').split('_')[0]
    if language not in FORMS:
        return ['%s: unknown language attribute %r' % (path, root.get('language'))], 0, 0
    errors = []
    messages = plurals = 0
    for context in root.iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            messages += 1
            source = message.findtext('source') or ''
            where = '%s: [%s] %r' % (path, name, source[:70])
            translation = message.find('translation')
            if translation is None:
                errors.append('%s: no translation' % where)
                continue
            if translation.get('type'):
                errors.append('%s: translation is %s' % (where, translation.get('type')))
            if message.get('numerus') == 'yes':
                plurals += 1
                forms = [f.text or '' for f in translation.findall('numerusform')]
                if len(forms) != FORMS[language]:
                    errors.append('%s: %d plural forms, %s needs %d'
                                  % (where, len(forms), language, FORMS[language]))
            else:
                forms = [translation.text or '']
            for form in forms:
                errors.extend('%s: %s' % (where, p) for p in compare(source, form))
    return errors, messages, plurals


def main(paths):
    failed = False
    for path in paths:
        errors, messages, plurals = check(path)
        for error in errors:
            print(error)
        print('%s: %d messages (%d with plural forms), %d problems'
              % (path, messages, plurals, len(errors)))
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
