#!/usr/bin/env python3
"""Package test (issue 9): builds the Debian package and the .tar.gz with CPack from a configured and
built tree, checks the .deb's control fields and contents, extracts it into a fresh root and runs the
installed hostreview-cli from there (--version, new from a bundled sample, solve), with
HOSTREVIEW_DATA_DIR unset so the program must find its data beside itself (../share/hostreview).

Usage: check_package.py --build-dir DIR --source-dir DIR --cpack CPACK --version X.Y.Z
Python standard library only; needs dpkg-deb (and uses desktop-file-validate when installed).
"""
import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET

PROBLEMS = []


def check(condition, message):
    """Records a failed check (the test reports them all, not just the first)."""
    if not condition:
        PROBLEMS.append(message)
    return condition


def run(cmd, **kw):
    started = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    print(f"$ {' '.join(cmd)}  ({time.monotonic() - started:.1f} s, exit {p.returncode})")
    return p


def cpack(args, generator, staging):
    """Runs CPack for one generator into its own fresh folder and returns the files it wrote."""
    out = os.path.join(staging, generator.lower())
    p = run([args.cpack, "-G", generator, "-B", out, "--config", os.path.join(args.build_dir, "CPackConfig.cmake")],
            cwd=args.build_dir)
    if not check(p.returncode == 0, f"cpack -G {generator} failed:\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}"):
        return []
    return [os.path.join(out, f) for f in os.listdir(out) if os.path.isfile(os.path.join(out, f))]


def png_size(path):
    """Returns (width, height) from a PNG's IHDR chunk, or None when the file is not a PNG."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def control_fields(deb):
    p = run(["dpkg-deb", "-f", deb])
    check(p.returncode == 0, f"dpkg-deb -f {deb}: {p.stderr}")
    fields, key = {}, None
    for line in p.stdout.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        elif ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    return fields


def check_control(fields, version):
    print(f"Depends: {fields.get('Depends')}")
    check(fields.get("Package") == "hostreview", f"Package: expected hostreview, got {fields.get('Package')!r}")
    check(fields.get("Version") == version, f"Version: expected {version}, got {fields.get('Version')!r}")
    arch = run(["dpkg", "--print-architecture"]).stdout.strip()
    check(fields.get("Architecture") == arch, f"Architecture: expected {arch}, got {fields.get('Architecture')!r}")
    depends = {re.split(r"[\s(]", d.strip())[0] for d in fields.get("Depends", "").split(",") if d.strip()}
    # Libraries the binaries link (found by dpkg-shlibdeps) and what they load at run time.
    for package in ["libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6",
                    "libqt6sql6-sqlite", "libqt6svg6", "libqt6charts6", "qt6-qpa-plugins", "fonts-dejavu-core"]:
        check(package in depends, f"Depends: {package} missing (Depends: {fields.get('Depends')!r})")


def check_files(root, source_dir, build_dir):
    share = os.path.join(root, "usr/share")
    for exe in ["usr/bin/hostreview", "usr/bin/hostreview-cli"]:
        path = os.path.join(root, exe)
        check(os.path.isfile(path) and os.access(path, os.X_OK), f"{exe}: missing or not executable")

    desktop = os.path.join(share, "applications/hostreview.desktop")
    if check(os.path.isfile(desktop), "usr/share/applications/hostreview.desktop: missing"):
        text = open(desktop, encoding="utf-8").read()
        for line in ["Type=Application", "Exec=hostreview", "Icon=hostreview"]:
            check(re.search(rf"^{re.escape(line)}\b", text, re.M), f"hostreview.desktop: no line {line}")
        check(re.search(r"^MimeType=.*application/x-hostreview;", text, re.M),
              "hostreview.desktop: MimeType does not list application/x-hostreview")
        validator = shutil.which("desktop-file-validate")
        if validator:
            p = run([validator, desktop])
            check(p.returncode == 0 and "error" not in p.stdout.lower(),
                  f"desktop-file-validate: {p.stdout}{p.stderr}")
        else:
            print("note: desktop-file-validate is not installed; the desktop entry was checked by its keys only")

    mime = os.path.join(share, "mime/packages/hostreview.xml")
    if check(os.path.isfile(mime), "usr/share/mime/packages/hostreview.xml: missing"):
        ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
        types = ET.parse(mime).getroot().findall("m:mime-type", ns)
        ours = [t for t in types if t.get("type") == "application/x-hostreview"]
        if check(ours, "hostreview.xml: no mime-type application/x-hostreview"):
            globs = [g.get("pattern") for g in ours[0].findall("m:glob", ns)]
            check("*.hostreview" in globs, f"hostreview.xml: glob *.hostreview missing (globs {globs})")

    icons = os.path.join(share, "icons/hicolor")
    check(os.path.isfile(os.path.join(icons, "scalable/apps/hostreview.svg")), "scalable SVG icon missing")
    for size in [16, 32, 48, 64, 128, 256]:
        png = os.path.join(icons, f"{size}x{size}/apps/hostreview.png")
        if check(os.path.isfile(png), f"{size}x{size} PNG icon missing"):
            check(png_size(png) == (size, size), f"{png}: expected a {size}x{size} PNG, got {png_size(png)}")

    data = os.path.join(share, "hostreview/templates")
    templates = os.path.join(source_dir, "templates")
    count = 0
    for folder, _, files in os.walk(templates):
        for name in files:
            relative = os.path.relpath(os.path.join(folder, name), templates)
            count += check(os.path.isfile(os.path.join(data, relative)), f"templates/{relative}: not installed")
    print(f"{count} template file(s) installed")

    # Translations: required once the build tree makes .qm files from i18n/*.ts.
    ts = [f for f in os.listdir(os.path.join(source_dir, "i18n")) if f.endswith(".ts")] \
        if os.path.isdir(os.path.join(source_dir, "i18n")) else []
    built_qm = [f for _, _, files in os.walk(build_dir) for f in files if f.endswith(".qm")]
    installed_qm = [f for _, _, files in os.walk(root) for f in files if f.endswith(".qm")]
    if ts and built_qm:
        for name in ts:
            qm = name[:-3] + ".qm"
            check(qm in installed_qm, f"translation {qm}: built but not in the package")
    else:
        print(f"note: translations not checked: {len(ts)} .ts file(s) in i18n/, {len(built_qm)} .qm file(s) "
              "built (the check starts once the build makes .qm files)")


def check_installed_cli(cli, workdir, version, sample):
    """Runs the extracted hostreview-cli as an installed program would run."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HOSTREVIEW_")}
    p = run([cli, "--version"], env=env)
    print(p.stdout.strip())
    check(p.returncode == 0 and version in p.stdout, f"hostreview-cli --version: exit {p.returncode}, {p.stdout!r} {p.stderr!r}")

    # A sample that exists only in the extracted root: `new` finds it only through ../share/hostreview.
    samples = os.path.join(os.path.dirname(cli), "../share/hostreview/templates/samples")
    shutil.copy(sample, os.path.join(samples, "package-check.json"))
    project = os.path.join(workdir, "package-check.hostreview")
    p = run([cli, "new", "--template", "package-check", "-o", project], env=env)
    check(p.returncode == 0 and os.path.isfile(project),
          f"hostreview-cli new --template package-check: exit {p.returncode}: {p.stdout}{p.stderr}")

    p = run([cli, "solve", sample, "--format", "json"], env=env)
    if check(p.returncode == 0, f"hostreview-cli solve {sample}: exit {p.returncode}: {p.stderr}"):
        try:
            result = json.loads(p.stdout)
            check(bool(result), "hostreview-cli solve: empty JSON result")
        except json.JSONDecodeError as e:
            check(False, f"hostreview-cli solve --format json: not JSON ({e}): {p.stdout[:300]!r}")
    return p.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build-dir", required=True)
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--cpack", required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    started = time.monotonic()

    staging = os.path.join(args.build_dir, "tests/package/staging")
    shutil.rmtree(staging, ignore_errors=True)
    os.makedirs(staging)

    debs = [f for f in cpack(args, "DEB", staging) if f.endswith(".deb")]
    if check(len(debs) == 1, f"cpack -G DEB: expected one .deb, got {debs}"):
        deb = debs[0]
        check(os.path.basename(deb).startswith(f"hostreview_{args.version}_"), f"unexpected .deb name {deb}")
        check_control(control_fields(deb), args.version)
        root = os.path.join(staging, "root")
        p = run(["dpkg-deb", "-x", deb, root])
        if check(p.returncode == 0, f"dpkg-deb -x: {p.stderr}"):
            check_files(root, args.source_dir, args.build_dir)
            cli = os.path.join(root, "usr/bin/hostreview-cli")
            samples = os.path.join(root, "usr/share/hostreview/templates/samples")
            jsons = sorted(f for f in os.listdir(samples) if f.endswith(".json")) if os.path.isdir(samples) else []
            if check(jsons, "no installed sample to solve") and os.path.isfile(cli):
                check_installed_cli(cli, staging, args.version, os.path.join(samples, jsons[0]))

    tgzs = [f for f in cpack(args, "TGZ", staging) if f.endswith(".tar.gz")]
    if check(len(tgzs) == 1, f"cpack -G TGZ: expected one .tar.gz, got {tgzs}"):
        with tarfile.open(tgzs[0]) as tar:
            names = tar.getnames()
            for wanted in ["bin/hostreview", "bin/hostreview-cli", "share/hostreview/templates/samples",
                           "share/applications/hostreview.desktop"]:
                check(any(n.endswith(wanted) for n in names), f"{os.path.basename(tgzs[0])}: no {wanted}")
            tar.extractall(os.path.join(staging, "tgz-root"))
        clis = [os.path.join(d, "hostreview-cli") for d, _, files in os.walk(os.path.join(staging, "tgz-root"))
                if "hostreview-cli" in files]
        if check(len(clis) == 1, "the .tar.gz holds no single hostreview-cli"):
            p = run([clis[0], "--version"], env={k: v for k, v in os.environ.items() if not k.startswith("HOSTREVIEW_")})
            check(p.returncode == 0 and args.version in p.stdout, f"hostreview-cli --version from the .tar.gz: {p.stdout}{p.stderr}")

    print(f"package test took {time.monotonic() - started:.1f} s")
    if PROBLEMS:
        print(f"{len(PROBLEMS)} problem(s):")
        for p in PROBLEMS:
            print(" -", p)
        return 1
    print("package OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
