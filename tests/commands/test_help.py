"""The operator's commands: `manage.py help` lists them and only them; each answers
`--help`. The measurement tools live in `bench` and answer `python -m bench <tool>`."""

import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import ManagementUtility, get_commands

import bench

ROOT = Path(__file__).resolve().parents[2]
OPERATOR_COMMANDS = {
    "create_editor",
    "export_articles",
    "import_articles",
    "load_seed_articles",
    "parse_article",
    "rebuild_search_index",
}


def test_the_app_holds_the_operator_commands_only():
    assert {name for name, app in get_commands().items() if app == "articles"} == (
        OPERATOR_COMMANDS
    )


def test_manage_py_help_lists_no_measurement_tool(capsys):
    ManagementUtility(["manage.py", "help"]).execute()

    listing = capsys.readouterr().out
    assert "[articles]" in listing
    assert all(f"    {name}\n" in listing for name in OPERATOR_COMMANDS)
    assert not any(tool in listing for tool in bench.TOOLS)


@pytest.mark.parametrize("command", sorted(OPERATOR_COMMANDS))
def test_each_command_prints_its_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        ManagementUtility(["manage.py", command, "--help"]).execute()

    assert exit_.value.code == 0
    assert "usage: manage.py " + command in capsys.readouterr().out


def run_bench(*arguments):
    return subprocess.run(
        [sys.executable, "-m", "bench", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_python_m_bench_lists_its_tools():
    listing = run_bench()

    assert listing.returncode == 0
    assert all(name in listing.stdout for name in bench.TOOLS)


@pytest.mark.parametrize("tool", sorted(bench.TOOLS))
def test_each_bench_tool_prints_its_help(tool):
    answer = run_bench(tool, "--help")

    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.startswith(f"usage: python -m bench {tool} ")


def test_an_unknown_bench_tool_is_refused_with_the_list():
    answer = run_bench("benchmark_everything")

    assert answer.returncode == 2
    assert "no tool 'benchmark_everything'" in answer.stderr
