"""Every management command of the project answers `--help` (argparse formats each help)."""

from pathlib import Path

import pytest
from django.core.management import ManagementUtility

COMMANDS = sorted(
    path.stem
    for path in (Path(__file__).parent.parent / "articles" / "management" / "commands").glob("*.py")
    if not path.stem.startswith("_")
)


def test_the_project_has_commands():
    assert {"import_articles", "score_extraction", "benchmark_search"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_printed(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        ManagementUtility(["manage.py", command, "--help"]).execute()

    assert exit_.value.code == 0
    assert "usage: manage.py " + command in capsys.readouterr().out
