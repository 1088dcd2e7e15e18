"""Importing fixtures: a seed folder holding only the real seed file."""

import shutil

import pytest

from tests.importing.helpers import SEED_FILE


@pytest.fixture
def seed_dir(tmp_path, settings):
    """A fixtures folder holding only the real seed file, so added seeds change nothing here."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / SEED_FILE.name)
    settings.NEWSROOM_FIXTURES_DIR = folder
    return folder
