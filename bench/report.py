#!/usr/bin/python3
"""Turns the JSON lines the benchmarks print into scripts/bench's one table.

    report.py MACHINE_JSON RESULTS.jsonl... [--markdown OUT.md]

Prints a plain-text table (figure | maxmon | baseline | ratio | target |
result) and, with --markdown, writes the same as a Markdown section ready to
paste into bench/README.md. Exits 1 when a target was missed.
"""
import json
import sys


def number(value, unit):
    if value is None:
        return "-"
    if unit in ("msg/s", "messages") or abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def rows(figures):
    out = []
    for f in figures:
        unit = f.get("unit", "")
        label = f"{f['figure']} [{f['server']}]" if f.get("server") else f["figure"]
        maxmon = number(f.get("maxmon"), unit)
        baseline = number(f.get("baseline"), unit)
        if f.get("maxmon") is not None:
            maxmon += f" {unit}"
        if f.get("baseline") is not None:
            baseline += f" {unit} ({f.get('baseline_name', 'baseline')})"
        ratio = "-" if f.get("ratio") is None else f"{f['ratio']:.2f}"
        result = {True: "pass", False: "FAIL", None: "-"}[f.get("pass")]
        out.append([label, maxmon, baseline, ratio, f.get("target") or "-", result,
                    f.get("note", "")])
    return out


def main():
    args = sys.argv[1:]
    markdown = None
    if "--markdown" in args:
        i = args.index("--markdown")
        markdown = args[i + 1]
        del args[i:i + 2]
    machine = json.load(open(args[0]))
    figures = []
    for path in args[1:]:
        for line in open(path):
            line = line.strip()
            if line.startswith("{"):
                figures.append(json.loads(line))

    header = ["figure", "maxmon", "baseline", "ratio", "target", "result"]
    table = rows(figures)
    widths = [max(len(header[c]), *(len(r[c]) for r in table)) if table else len(header[c])
              for c in range(len(header))]
    line = lambda cells: " | ".join(cell.ljust(w) for cell, w in zip(cells, widths))
    print(line(header))
    print("-+-".join("-" * w for w in widths))
    for r in table:
        print(line(r[:6]))
    failed = sum(1 for f in figures if f.get("pass") is False)
    passed = sum(1 for f in figures if f.get("pass") is True)
    print(f"\n{passed} targets passed, {failed} missed, {len(figures) - passed - failed} "
          f"figures reported without a target")

    if markdown:
        with open(markdown, "w") as out:
            out.write(f"Measured {machine['date']} on {machine['cpu']} ({machine['nproc']} "
                      f"cores), kernel {machine['kernel']}, Qt {machine['qt']}, "
                      f"Node.js {machine['node']}; load average {machine['load_before']} "
                      f"before, {machine['load_after']} after. Command: "
                      f"`{machine['command']}` ({machine['build']}).\n\n")
            out.write("| figure | maxmon | baseline | ratio | target | result | notes |\n")
            out.write("| --- | --- | --- | --- | --- | --- | --- |\n")
            for r in table:
                cells = [c.replace("|", "\\|") for c in r]
                out.write("| " + " | ".join(cells) + " |\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
