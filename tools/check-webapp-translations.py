#!/usr/bin/env python3
"""Check Refugio's Spanish translation of the Camunda webapps against Camunda's English one.

For each of tasklist, cockpit, admin and welcome it compares
  en.json  inside camunda-webapp-webjar-<version>.jar (read from the local Maven repository) with
  es.json  under app/src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/
and reports
  - keys missing from es.json (new in this Camunda version: translate them),
  - keys in es.json that en.json no longer has (removed upstream: delete them),
  - labels whose placeholders differ: {{ }} interpolations, HTML tags, &entities;, %s/%d,
  - dateLocales entries whose shape or moment.js format tokens differ,
  - labels still identical to English (information only: product names, "ID", "CSV", ... stay).

Exit status 1 if anything but the information is found. Python 3.8+, no dependencies, not part of the
Maven build. Run it from the repository root after a Camunda upgrade:

    python3 tools/check-webapp-translations.py            # version from pom.xml's camunda.version
    python3 tools/check-webapp-translations.py --version 7.25.0 --jar path/to/camunda-webapp-webjar.jar
    python3 tools/check-webapp-translations.py --show-identical
"""
import argparse
import json
import os
import re
import sys
import zipfile
from collections import Counter

APPS = ("tasklist", "cockpit", "admin", "welcome")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ES_DIR = os.path.join(ROOT, "app/src/main/resources/META-INF/resources/webjars/camunda/app")
JAR_PATH = "META-INF/resources/webjars/camunda/app/{app}/locales/en.json"

PLACEHOLDERS = re.compile(r"\{\{.*?\}\}|<[^<>]*>|&[A-Za-z]+;|%[sd]")
MOMENT_LITERAL = re.compile(r"\[[^\]]*\]")


def camunda_version():
    with open(os.path.join(ROOT, "pom.xml"), encoding="utf-8") as f:
        m = re.search(r"<camunda\.version>([^<]+)</camunda\.version>", f.read())
    if not m:
        sys.exit("camunda.version not found in pom.xml; pass --version")
    return m.group(1).strip()


def default_jar(version):
    m2 = os.environ.get("M2_REPO") or os.path.join(os.path.expanduser("~"), ".m2", "repository")
    return os.path.join(m2, "org/camunda/bpm/webapp/camunda-webapp-webjar", version,
                        f"camunda-webapp-webjar-{version}.jar")


def placeholders(text):
    return Counter(PLACEHOLDERS.findall(text))


def moment_tokens(fmt):
    return MOMENT_LITERAL.sub(" ", fmt).split()


def compare_date_locales(en, es, path, errors):
    if isinstance(en, dict):
        if not isinstance(es, dict):
            errors.append(f"{path}: expected an object")
            return
        for k in en.keys() - es.keys():
            errors.append(f"{path}.{k}: missing")
        for k in es.keys() - en.keys():
            errors.append(f"{path}.{k}: not in en.json")
        for k in en.keys() & es.keys():
            compare_date_locales(en[k], es[k], f"{path}.{k}", errors)
    elif isinstance(en, list):
        if not isinstance(es, list) or len(es) != len(en):
            errors.append(f"{path}: expected a list of {len(en)}")
    elif isinstance(en, str):
        if not isinstance(es, str):
            errors.append(f"{path}: expected a string")
        elif placeholders(en) != placeholders(es):
            errors.append(f"{path}: placeholders {sorted(placeholders(en))} != {sorted(placeholders(es))}")
        elif ("longDateFormat" in path or "calendar" in path) and moment_tokens(en) != moment_tokens(es):
            errors.append(f"{path}: format tokens {moment_tokens(en)} != {moment_tokens(es)}")
    elif type(en) is not type(es):
        errors.append(f"{path}: expected {type(en).__name__}")


def check_app(app, jar, show_identical):
    with zipfile.ZipFile(jar) as z:
        en = json.loads(z.read(JAR_PATH.format(app=app)).decode("utf-8-sig"))
    es_file = os.path.join(ES_DIR, app, "locales", "es.json")
    try:
        with open(es_file, encoding="utf-8-sig") as f:
            es = json.load(f)
    except FileNotFoundError:
        return [f"{es_file} does not exist"], 0, []
    except json.JSONDecodeError as e:
        return [f"{es_file} is not valid JSON: {e}"], 0, []

    errors = []
    for section in en.keys() - es.keys():
        errors.append(f"section '{section}' missing")
    for section in es.keys() - en.keys():
        errors.append(f"section '{section}' not in en.json")

    en_labels, es_labels = en.get("labels", {}), es.get("labels", {})
    for k in sorted(en_labels.keys() - es_labels.keys()):
        errors.append(f"missing key {k}: {en_labels[k]!r}")
    for k in sorted(es_labels.keys() - en_labels.keys()):
        errors.append(f"key {k} no longer in en.json")
    identical = []
    for k in sorted(en_labels.keys() & es_labels.keys()):
        e, s = en_labels[k], es_labels[k]
        if not isinstance(s, str):
            errors.append(f"{k}: not a string")
            continue
        if placeholders(e) != placeholders(s):
            errors.append(f"{k}: placeholders {sorted(placeholders(e))} != {sorted(placeholders(s))}")
        if e.strip() and not s.strip():
            errors.append(f"{k}: empty translation")
        if e == s and re.search(r"[A-Za-z]{3}", e):
            identical.append(k)

    if "dateLocales" in en and "dateLocales" in es:
        compare_date_locales(en["dateLocales"], es["dateLocales"], "dateLocales", errors)

    if show_identical:
        for k in identical:
            print(f"  {app}: same as English: {k} = {en_labels[k]!r}")
    return errors, len(en_labels), identical


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--version", help="Camunda version (default: camunda.version in pom.xml)")
    parser.add_argument("--jar", help="path to camunda-webapp-webjar-<version>.jar")
    parser.add_argument("--show-identical", action="store_true",
                        help="list labels whose Spanish equals the English")
    args = parser.parse_args()
    version = args.version or camunda_version()
    jar = args.jar or default_jar(version)
    if not os.path.isfile(jar):
        sys.exit(f"{jar} not found: run ./mvnw -pl app dependency:resolve first, or pass --jar")

    print(f"Camunda {version}: {jar}")
    failed = False
    for app in APPS:
        errors, count, identical = check_app(app, jar, args.show_identical)
        status = "FAIL" if errors else "ok"
        print(f"{app:9} {status:4} {count} labels, {len(errors)} problems, "
              f"{len(identical)} identical to English")
        for e in errors:
            print(f"  {app}: {e}")
        failed |= bool(errors)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
