"""An installed wheel works from any directory: packs, taxonomy, schemas and demo data ship inside it.

Builds the wheel offline (no build isolation), installs it without dependencies
into a fresh virtual environment that borrows this interpreter's site-packages
for the dependencies, and runs `privaudit` from a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    build = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-build-isolation",
            "--no-deps",
            "-q",
            "-w",
            str(dist),
            str(REPO),
        ],
        cwd=base,
    )
    if build.returncode != 0:
        pytest.fail(f"wheel build failed: {build.stderr[-2000:]}")
    wheel = next(dist.glob("privaudit-*.whl"))
    env_dir = base / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # This interpreter's pip installs into the venv (pip --python); no index: nothing is downloaded.
    install = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        cwd=base,
    )
    if install.returncode != 0:
        pytest.fail(f"wheel install failed: {install.stderr[-2000:]}")
    return env_dir


def test_installed_package_is_the_wheel_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    out = _run(
        [str(installed / "bin" / "python"), "-c", "import engine, policies; print(engine.__file__)"],
        cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr
    assert str(installed) in out.stdout, out.stdout


def test_privaudit_runs_from_any_directory(installed: Path, tmp_path: Path) -> None:
    exe = str(installed / "bin" / "privaudit")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    version = _run([exe, "--version"], cwd=tmp_path, env=env)
    assert version.returncode == 0 and version.stdout.startswith("privaudit "), version.stderr
    rules = _run([exe, "rules", "list", "--format", "json"], cwd=tmp_path, env=env)
    assert rules.returncode == 0, rules.stderr
    laws = {r["law"] for r in json.loads(rules.stdout)}
    assert laws == {"pipl", "gdpr", "ccpa"}
    tested = _run([exe, "rules", "test"], cwd=tmp_path, env=env)
    assert tested.returncode == 0 and ", 0 failed" in tested.stdout, tested.stdout + tested.stderr
    demo = _run([exe, "demo", "--format", "json"], cwd=tmp_path, env=env)
    assert demo.returncode == 0, demo.stderr
    report = json.loads(demo.stdout)
    assert report["summary"]["findings"] > 0 and report["summary"]["personal_columns"] > 0
